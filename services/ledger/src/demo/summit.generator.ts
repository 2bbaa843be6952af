import type { ApprovalTally } from '@spoor/projections';
import { addMinutes, type LocalTime, localTime } from './amsterdam-time.util.js';
import { LATER_CALENDAR } from './demo-calendar.data.js';
import { DEMO_PROCESS_ID, FACILITATOR, pad, type TimedCommand, timed } from './demo-command.model.js';
import type { DemoThemeMap } from './demo-theme-map.model.js';
import { fillTheme } from './link-rationales.data.js';
import type { PlannedParticipant } from './participants.generator.js';
import type { PlannedWildcard } from './recruitment.generator.js';
import type { SeededRandom } from './seeded-random.util.js';
import { planAttendance, TABLE_SIZE } from './summit-attendance.generator.js';
import { type AgendaTheme, planVoting } from './summit-voting.generator.js';
import { GENERAL_KEY_POINTS, KEY_POINTS } from './table-key-points.data.js';
import type { ThemeDefinition } from './themes.data.js';

const processId = DEMO_PROCESS_ID;

/** The agenda holds this many themes, chosen by a rule on ideas and districts. */
export const AGENDA_SIZE = { min: 12, max: 16 } as const;
const MIN_DISTRICTS = 6;
/** A theme the moderators add to the agenda for the centre, if the rule leaves it out and there is room. */
const ADDED_FOR_THE_CENTRE = 'th-toerisme';

/** When each table round ends and its notes are entered. */
const ROUND_ENDS = ['11:45', '13:40', '14:55'];

export interface SummitPlan {
  readonly commands: TimedCommand[];
  readonly agenda: readonly AgendaTheme[];
  readonly tables: number;
  readonly residents: readonly PlannedParticipant[];
  readonly wildcardIds: readonly string[];
  readonly ballotCount: number;
  readonly result: ApprovalTally;
}

/**
 * The agenda: every active theme with more than a round number of ideas from at least six
 * districts, the number chosen so that 12 to 16 themes qualify; and the inner city's tourism
 * theme by the moderators' choice if it falls short and there is room.
 */
export const chooseAgenda = (map: DemoThemeMap, districtOfIdea: ReadonlyMap<string, string>): { theme: AgendaTheme; rule: string }[] => {
  const stats = map.activeThemes().map((theme) => {
    const ideaIds = map.ideasOf(theme.themeId);
    return { theme, ideas: ideaIds.length, districts: new Set(ideaIds.map((id) => districtOfIdea.get(id))).size };
  });
  const qualifying = (threshold: number) => stats.filter((s) => s.ideas > threshold && s.districts >= MIN_DISTRICTS).sort((a, b) => b.ideas - a.ideas);
  let threshold = 100;
  while (threshold > 0 && qualifying(threshold).length < AGENDA_SIZE.min) threshold -= 5;
  if (qualifying(threshold).length > AGENDA_SIZE.max) {
    // A step of five let too many in: take the highest threshold in between that still lets enough in.
    for (let t = threshold + 4; t > threshold; t -= 1) {
      if (qualifying(t).length >= AGENDA_SIZE.min) {
        threshold = t;
        break;
      }
    }
  }
  const agenda = qualifying(threshold).map((theme) => ({ theme, rule: `Meer dan ${threshold} ideeën uit ten minste ${MIN_DISTRICTS} wijken (${theme.ideas} ideeën uit ${theme.districts} wijken)` }));
  const centre = stats.find((s) => s.theme.themeId === ADDED_FOR_THE_CENTRE);
  if (centre && agenda.length < AGENDA_SIZE.max && !agenda.some((a) => a.theme.theme.themeId === ADDED_FOR_THE_CENTRE)) {
    const rule = `Valt buiten de regel (${centre.ideas} ideeën uit ${centre.districts} wijken), maar is in de binnenstad een van de meest genoemde onderwerpen; op voorstel van de moderatoren toegevoegd.`;
    agenda.push({ theme: centre, rule });
  }
  return agenda;
};

/** Two to four key points for a theme, the least used first, so the tables' notes vary. */
const keyPoints = (random: SeededRandom, theme: ThemeDefinition, used: Map<string, number>): string[] => {
  const options = [...(KEY_POINTS[theme.themeId] ?? []), ...GENERAL_KEY_POINTS.map((p) => fillTheme(p, theme))];
  const count = random.weighted([2, 3, 4], [0.35, 0.45, 0.2]);
  const picked = random
    .shuffle(options)
    .sort((a, b) => (used.get(a) ?? 0) - (used.get(b) ?? 0))
    .slice(0, count);
  for (const p of picked) used.set(p, (used.get(p) ?? 0) + 1);
  return random.chance(0.5) ? picked : picked.reverse();
};

/** Each table talks about two or three themes of the agenda, the themes spread evenly over the tables. */
const tableDiscussions = (random: SeededRandom, agenda: readonly AgendaTheme[], tables: number): TimedCommand[] => {
  const date = LATER_CALENDAR.summit.date;
  const talkedAbout = new Map<string, number>();
  const used = new Map<string, number>();
  const commands: { command: TimedCommand; table: number }[] = [];
  for (let table = 1; table <= tables; table += 1) {
    const rounds = random.weighted([2, 3], [0.4, 0.6]);
    const left = [...agenda];
    for (let round = 0; round < rounds; round += 1) {
      const least = Math.min(...left.map((a) => talkedAbout.get(a.theme.themeId) ?? 0));
      const pick = random.pick(left.filter((a) => (talkedAbout.get(a.theme.themeId) ?? 0) <= least + 1));
      left.splice(left.indexOf(pick), 1);
      const { themeId } = pick.theme;
      talkedAbout.set(themeId, (talkedAbout.get(themeId) ?? 0) + 1);
      const at = addMinutes(localTime(date, ROUND_ENDS[round] ?? '15:00'), random.int(0, 25));
      const input = { processId, table, themeId, keyPoints: keyPoints(random, pick.theme, used) };
      commands.push({ command: timed('RecordTableDiscussion', `demo-record-table-discussion-${pad(table, 3)}-${round + 1}`, input, at, FACILITATOR), table });
    }
  }
  return commands.map((c) => c.command);
};

/**
 * The citizens' summit of Sunday 14 January 2018 in the Stadsgehoorzaal: scheduled in December,
 * invitations and replies, the agenda in January, and on the day the check-in, tables of about
 * eight with at most one wildcard each, two or three rounds of table talks, and the vote.
 */
export const planSummit = (
  random: SeededRandom,
  input: {
    readonly map: DemoThemeMap;
    readonly bundlingDoneAt: LocalTime;
    readonly districtOfIdea: ReadonlyMap<string, string>;
    readonly participants: readonly PlannedParticipant[];
    readonly wildcards: readonly PlannedWildcard[];
  },
): SummitPlan => {
  const { summit } = LATER_CALENDAR;
  if (input.bundlingDoneAt >= summit.agendaAt) throw new Error('bundling must be done before the agenda is set');
  const schedule = { processId, date: summit.date, venue: summit.venue, capacity: summit.capacity, wildcardLimit: summit.wildcardLimit };
  const commands: TimedCommand[] = [timed('ScheduleSummit', 'demo-schedule-summit', schedule, summit.scheduledAt)];

  const agenda = chooseAgenda(input.map, input.districtOfIdea);
  agenda.forEach(({ theme, rule }, i) => {
    commands.push(timed('PutThemeOnAgenda', `demo-put-theme-on-agenda-${theme.theme.themeId.replace(/^th-/, '')}`, { processId, themeId: theme.theme.themeId, rule }, addMinutes(summit.agendaAt, 5 * i)));
  });

  const attendance = planAttendance(random.fork('attendance'), input.participants, input.wildcards);
  commands.push(...attendance.commands);
  commands.push(timed('StartPhase', 'demo-start-phase-burgertop', { processId, phase: 'burgertop', startedOn: LATER_CALENDAR.burgertop.startedOn }, LATER_CALENDAR.burgertop.at));
  const seed = random.int(1, 999_999);
  commands.push(timed('AllocateTables', 'demo-allocate-tables', { processId, seed, tableSize: TABLE_SIZE }, localTime(summit.date, '10:30')));
  if (attendance.late.arrivals + attendance.late.noShows > 0) {
    commands.push(timed('ReallocateTables', 'demo-reallocate-tables', { processId }, localTime(summit.date, '11:00')));
  }
  commands.push(...tableDiscussions(random.fork('tables'), agenda.map((a) => a.theme), attendance.tables));

  const vote = planVoting(random.fork('voting'), agenda.map((a) => a.theme), attendance.residents, localTime(summit.date, '15:30'));
  commands.push(...vote.commands);
  return {
    commands,
    agenda: agenda.map((a) => a.theme),
    tables: attendance.tables,
    residents: attendance.residents,
    wildcardIds: attendance.wildcardIds,
    ballotCount: vote.ballotCount,
    result: vote.result,
  };
};
