import type { CommandInput } from '@spoor/contracts';
import { localTime } from './amsterdam-time.util.js';

/**
 * The demo's calendar, after the real "Agenda voor Leiden": recruitment over the summer of 2017,
 * living-room conversations from September to the end of November, bundling in December and the
 * citizens' summit on Sunday 14 January 2018.
 */
export const CALENDAR = {
  processStartedAt: localTime('2017-06-12', '10:00'),
  referenceRecordedAt: localTime('2017-06-12', '10:20'),
  werving: { startedOn: '2017-06-19', at: localTime('2017-06-19', '09:00') },
  ambassadorRegistration: { from: '2017-06-19', to: '2017-07-21' },
  participantRegistration: { from: '2017-07-10', to: '2017-09-08' },
  wildcardRegistration: { from: '2017-08-21', to: '2017-09-08' },
  gesprekken: { startedOn: '2017-09-11', at: localTime('2017-09-11', '09:00') },
  conversations: { from: '2017-09-12', to: '2017-11-29' },
} as const;

/**
 * From the summit to the end, after the real process: the summit on Sunday 14 January 2018,
 * working groups from February to May, the manifesto presented in the Pieterskerk in mid-June.
 */
export const LATER_CALENDAR = {
  summit: {
    scheduledAt: localTime('2017-12-11', '11:00'),
    invitationsAt: localTime('2017-12-18', '10:00'),
    replyDays: ['2017-12-28', '2018-01-04', '2018-01-09', '2018-01-12'],
    agendaAt: localTime('2018-01-08', '10:00'),
    date: '2018-01-14',
    venue: 'Stadsgehoorzaal Leiden',
    capacity: 900,
    wildcardLimit: 100,
  },
  burgertop: { startedOn: '2018-01-14', at: localTime('2018-01-14', '08:00') },
  werkgroepen: { startedOn: '2018-01-15', at: localTime('2018-01-15', '09:00') },
  groupsFormedAt: localTime('2018-01-29', '10:00'),
  firstMeetings: { from: '2018-02-05', to: '2018-02-15' },
  lastMeetingBy: '2018-05-11',
  decisionsAt: localTime('2018-05-22', '14:00'),
  manifest: { startedOn: '2018-06-01', at: localTime('2018-06-01', '09:00') },
  manifestoAdoptedAt: localTime('2018-06-11', '20:00'),
  presentation: { at: localTime('2018-06-14', '19:30'), occasion: 'Presentatie van het manifest in de Pieterskerk, Leiden' },
  endorsementsUntil: '2018-06-16',
  afgerond: { startedOn: '2018-06-17', at: localTime('2018-06-17', '10:00') },
} as const;

/** Training evenings for the ambassadors, with what was trained. */
export const AMBASSADOR_TRAININGS = [
  { on: '2017-07-04', time: '19:30', training: 'Ambassadeurstraining: een huiskamergesprek leiden en ideeën noteren' },
  { on: '2017-07-13', time: '19:30', training: 'Ambassadeurstraining: een huiskamergesprek leiden en ideeën noteren' },
  { on: '2017-08-23', time: '19:30', training: 'Ambassadeurstraining: een huiskamergesprek leiden en ideeën noteren' },
  { on: '2017-09-05', time: '19:00', training: 'Ambassadeurstraining (inhaalavond): een huiskamergesprek leiden en ideeën noteren' },
] as const;

export const PLANNED_PHASES: CommandInput<'StartProcess'>['plannedPhases'] = [
  { phase: 'werving', startsOn: '2017-06-19', endsOn: '2017-09-10' },
  { phase: 'gesprekken', startsOn: '2017-09-11', endsOn: '2017-11-30' },
  { phase: 'bundeling', startsOn: '2017-12-04', endsOn: '2018-01-12' },
  { phase: 'burgertop', startsOn: '2018-01-14', endsOn: '2018-01-14' },
  { phase: 'werkgroepen', startsOn: '2018-01-15', endsOn: '2018-05-31' },
  { phase: 'manifest', startsOn: '2018-06-01', endsOn: '2018-06-16' },
  { phase: 'afgerond', startsOn: '2018-06-17' },
];

export const PROCESS_TITLE = 'Agenda voor Leiden (demo)';

export const PROCESS_DESCRIPTION = [
  'Let op: dit is demonstratiedata. Alle ambassadeurs, deelnemers, wildcards, gesprekken en ideeën in dit proces zijn verzonnen. Geen enkele tekst is door een echte Leidenaar uitgesproken.',
  'Het proces is gemodelleerd naar de echte Agenda voor Leiden: in het najaar van 2017 hielden honderd ambassadeurs elk een huiskamergesprek met zeven of acht buurtgenoten, samen zo\'n 750 Leidenaren uit alle tien wijken. Hun wensen en behoeften worden gebundeld tot thema\'s, die op de burgertop van 14 januari 2018 aan tafel worden besproken, samen met hooguit honderd wildcards uit politiek, ambtenarij, bedrijfsleven en vrije denkers. Werkgroepen werken de gekozen thema\'s daarna uit tot een manifest, dat half juni aan de stad wordt gepresenteerd.',
  'De bevolkingscijfers van de hele stad (naar leeftijd en in totaal) en het inwonertal van Binnenstad-Zuid zijn echt, met hun bron. De inwonertallen van de andere negen wijken en alle cijfers naar geslacht per wijk zijn verzonnen en staan overal als verzonnen aangemerkt.',
].join('\n\n');
