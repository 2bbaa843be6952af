import type { DomainEvent } from '@spoor/contracts';
import { foldProjection } from '../projection.js';
import { type EnvelopeOptions, eventLog, processStarted } from '../representativeness/testing/event-log.builder.js';
import { attendance, registered } from '../representativeness/testing/representativeness.fixtures.js';
import { foldResumedFromJson } from '../representativeness/testing/replay.check.js';
import { progressProjection } from './progress.projection.js';
import { progress } from './progress.query.js';

const P = 'leiden';
const A = 'WK054600';

const ambassador = (ambassadorId: string): DomainEvent => ({ type: 'AmbassadorRegistered', data: { ambassadorId, processId: P, districtCode: A } });
const planned = (conversationId: string): DomainEvent => ({
  type: 'ConversationPlanned',
  data: { conversationId, processId: P, ambassadorId: 'amb-1', districtCode: A, plannedOn: '2017-10-12' },
});
const idea = (ideaId: string, receiptCode: string): DomainEvent => ({
  type: 'IdeaRecorded',
  data: { ideaId, conversationId: 'hk-1', text: 'Meer bankjes in het park', kind: 'wish', receiptCode },
});
const theme = (themeId: string): DomainEvent => ({ type: 'ThemeCreated', data: { processId: P, themeId, title: `Thema ${themeId}`, description: 'Over de wijk' } });
const proposal = (proposalId: string): DomainEvent => ({
  type: 'ProposalDrafted',
  data: { proposalId, workingGroupId: 'wg-1', processId: P, title: 'Buurtbudget', text: 'Een budget per wijk', themeIds: ['t-1'], ideaIds: [], version: 1 },
});
const clause = (clauseId: string, position: number): DomainEvent => ({
  type: 'ManifestoClauseAdded',
  data: { manifestoId: 'm-1', clauseId, position, text: 'Elke wijk een budget', proposalIds: ['pr-1'], editorial: false },
});
const update = (updateId: string, publishedOn: string, title: string): DomainEvent => ({
  type: 'UpdatePublished',
  data: { updateId, processId: P, title, body: `${title}: het verhaal`, publishedOn },
});
const corrected = (updateId: string, title: string, reason: string, correctedOn: string): DomainEvent => ({
  type: 'UpdateCorrected',
  data: { updateId, title, body: `${title}: het verhaal`, reason, correctedOn },
});

const story: [DomainEvent, EnvelopeOptions?][] = [
  [processStarted(P, [A], true)],
  [{ type: 'PhaseStarted', data: { processId: P, phase: 'werving', startedOn: '2017-09-01' } }],
  [{ type: 'PhaseStarted', data: { processId: P, phase: 'gesprekken', startedOn: '2017-10-02' } }],
  [ambassador('amb-1')],
  [ambassador('amb-2')],
  [registered('p-1', A)],
  [registered('p-2', A)],
  [registered('p-3', A)],
  [planned('hk-1')],
  [planned('hk-2')],
  [{ type: 'ConversationHeld', data: { conversationId: 'hk-1', heldOn: '2017-10-12', participantIds: ['p-1', 'p-2'] } }],
  [idea('i-1', 'K7M4-QX2P')],
  [idea('i-2', 'K7M4-QX2Q')],
  [idea('i-3', 'K7M4-QX2R')],
  [{ type: 'IdeaWithdrawn', data: { ideaId: 'i-2', reason: 'participant-request' } }],
  [theme('t-1')],
  [theme('t-2')],
  [theme('t-3')],
  [{ type: 'ThemesMerged', data: { processId: P, targetThemeId: 't-1', sourceThemeIds: ['t-2'], rationale: 'hetzelfde onderwerp', movedIdeaIds: [] } }],
  [
    {
      type: 'ThemeSplit',
      data: {
        processId: P,
        sourceThemeId: 't-3',
        rationale: 'te breed',
        parts: [
          { themeId: 't-4', title: 'Groen', description: 'Bomen', ideaIds: [] },
          { themeId: 't-5', title: 'Water', description: 'Grachten', ideaIds: [] },
        ],
      },
    },
  ],
  [attendance([['p-1', 'participant', 'attended'], ['p-2', 'participant', 'attended'], ['w-1', 'wildcard', 'attended']])],
  [attendance([['p-2', 'participant', 'absent']])],
  [{ type: 'VotingOpened', data: { processId: P, method: { kind: 'approval', maxChoices: 2, seats: 1 }, voters: 'residents', themeIds: ['t-1', 't-4'], eligibleVoters: 2 } }],
  [{ type: 'BallotCast', data: { processId: P, codeHash: 'a'.repeat(64), sealedBallot: { v: 1, iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'AAAA', tag: 'AAAAAAAAAAAAAAAAAAAAAA==' } } }],
  [{ type: 'BallotCast', data: { processId: P, codeHash: 'b'.repeat(64), sealedBallot: { v: 1, iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'AAAA', tag: 'AAAAAAAAAAAAAAAAAAAAAA==' } } }],
  [{ type: 'WorkingGroupFormed', data: { workingGroupId: 'wg-1', processId: P, title: 'Werkgroep Groen', kind: 'werkgroep', themeIds: ['t-1'] } }],
  [{ type: 'WorkingGroupFormed', data: { workingGroupId: 'wg-2', processId: P, title: 'Rondetafel Water', kind: 'rondetafel', themeIds: ['t-4'] } }],
  [proposal('pr-1')],
  [proposal('pr-2')],
  [proposal('pr-3')],
  [{ type: 'ProposalSubmitted', data: { proposalId: 'pr-1', submittedOn: '2018-03-01', version: 1 } }],
  [{ type: 'ProposalAdopted', data: { proposalId: 'pr-1', adoptedOn: '2018-03-10', version: 1 } }],
  [{ type: 'ProposalSubmitted', data: { proposalId: 'pr-2', submittedOn: '2018-03-01', version: 1 } }],
  [{ type: 'ProposalRejected', data: { proposalId: 'pr-2', rejectedOn: '2018-03-10', reason: 'te duur', version: 1 } }],
  [{ type: 'ManifestoDrafted', data: { manifestoId: 'm-1', processId: P, title: 'Manifest', preamble: 'Wij, de inwoners' } }],
  [clause('c-1', 1)],
  [clause('c-2', 2)],
  [{ type: 'ManifestoClauseWithdrawn', data: { manifestoId: 'm-1', clauseId: 'c-2', reason: 'dubbel' } }],
  [{ type: 'ManifestoEndorsed', data: { manifestoId: 'm-1', endorsementId: 'e-1', kind: 'institution', organisation: 'Bibliotheek', endorsedOn: '2018-06-14' } }],
  [{ type: 'ManifestoEndorsed', data: { manifestoId: 'm-1', endorsementId: 'e-2', kind: 'citizen', endorsedOn: '2018-06-14' } }],
  [update('u-1', '2017-09-01', 'Werving begonnen')],
  [update('u-2', '2017-10-05', 'Gesprekken begonnen')],
  [update('u-3', '2017-10-05', 'Eerste ideeën')],
  [corrected('u-2', 'Gesprekken van start', 'datum stond verkeerd', '2017-10-06')],
  [processStarted('elders', [A])],
  [registered('e-1', A, '18-26', 'x', 'elders')],
  [corrected('u-2', 'Gesprekken van start in alle wijken', 'wijken ontbraken', '2017-10-07'), { occurredAt: '2017-10-07T09:00:00+02:00' }],
];

const events = () => {
  const log = eventLog();
  return story.map(([event, options]) => log(event, options));
};
const leiden = () => progress(foldProjection(progressProjection, events())).find((p) => p.processId === P);

describe('progress', () => {
  it('lists every started process in the order started, with title, city and the demo flag', () => {
    const all = progress(foldProjection(progressProjection, events()));
    expect(all.map((p) => [p.processId, p.title, p.city, p.demo])).toEqual([
      [P, 'Agenda voor leiden', 'Leiden', true],
      ['elders', 'Agenda voor elders', 'Leiden', false],
    ]);
    expect(all[1]?.counts.participants).toBe(1);
  });

  it('shows the current phase and each phase with its planned and actual start', () => {
    const p = leiden();
    expect(p?.currentPhase).toBe('gesprekken');
    expect(p?.phases).toEqual([
      { phase: 'werving', startsOn: '2017-09-01', endsOn: '2017-10-01', startedOn: '2017-09-01' },
      { phase: 'gesprekken', startsOn: '2017-10-01', endsOn: null, startedOn: '2017-10-02' },
      { phase: 'burgertop', startsOn: null, endsOn: null, startedOn: null },
    ]);
  });

  it('counts what the trail holds now: withdrawn ideas, retired themes, absentees, rejected proposals and withdrawn clauses excluded', () => {
    expect(leiden()?.counts).toEqual({
      participants: 3,
      ambassadors: 2,
      conversationsHeld: 1,
      ideas: 2,
      themes: 3,
      summitAttendees: 2,
      ballots: 2,
      workingGroups: 2,
      proposalsAdopted: 1,
      clauses: 1,
      endorsements: 2,
    });
  });

  it('lists updates newest first, a corrected one with its current text and every correction', () => {
    const updates = leiden()?.updates;
    expect(updates?.map((u) => [u.updateId, u.title, u.corrected])).toEqual([
      ['u-3', 'Eerste ideeën', false],
      ['u-2', 'Gesprekken van start in alle wijken', true],
      ['u-1', 'Werving begonnen', false],
    ]);
    expect(updates?.[1]).toMatchObject({
      body: 'Gesprekken van start in alle wijken: het verhaal',
      publishedOn: '2017-10-05',
      corrections: [
        { reason: 'datum stond verkeerd', correctedOn: '2017-10-06' },
        { reason: 'wijken ontbraken', correctedOn: '2017-10-07' },
      ],
    });
    expect(updates?.[0]?.corrections).toEqual([]);
  });

  it('says when each process last changed: the occurredAt of its last event', () => {
    expect(leiden()?.updatedAt).toBe('2017-10-07T09:00:00+02:00');
  });

  it('starts the ballot count again when voting is opened again', () => {
    const log = eventLog();
    const again = [...story.map(([e, o]) => log(e, o)), log({ type: 'VotingOpened', data: { processId: P, method: { kind: 'approval', maxChoices: 1, seats: 1 }, voters: 'residents', themeIds: ['t-1'], eligibleVoters: 2 } })];
    expect(progress(foldProjection(progressProjection, again))[0]?.counts.ballots).toBe(0);
  });

  it('gives the same model on every replay, and survives a JSON checkpoint mid-way', () => {
    const all = events();
    const once = foldProjection(progressProjection, all);
    expect(JSON.stringify(foldProjection(progressProjection, all))).toBe(JSON.stringify(once));
    expect(JSON.parse(JSON.stringify(once))).toStrictEqual(once);
    for (const splitAt of [1, 15, 30, all.length - 1]) {
      expect(JSON.stringify(foldResumedFromJson(progressProjection, all, splitAt))).toBe(JSON.stringify(once));
    }
  });

  it('is empty for an empty log', () => {
    expect(progress(foldProjection(progressProjection, []))).toEqual([]);
  });
});
