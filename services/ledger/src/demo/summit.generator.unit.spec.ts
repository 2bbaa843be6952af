import { hashVotingCode } from '../summit/ballot-box/voting-code.js';
import { approvalMethod } from '@spoor/projections';
import { tableCountFor } from '../summit/allocation/seating-plan.util.js';
import { DEMO_PROCESS_ID } from './demo-command.model.js';
import { ofType, positionOf, retiredThemes, themeMembers } from './demo-spec.fixtures.js';

const [schedule] = ofType('ScheduleSummit');
const agenda = ofType('PutThemeOnAgenda');
const attendance = ofType('RecordSummitAttendance');
const discussions = ofType('RecordTableDiscussion');
const ballots = ofType('CastBallot');
const [opened] = ofType('OpenVoting');

/** The latest status of every attendee, as the ledger keeps it. */
const latest = new Map<string, { kind: string; status: string }>();
for (const a of attendance) for (const e of a.input.entries) latest.set(e.attendeeId, { kind: e.kind, status: e.status });
const came = (kind: string) => [...latest.values()].filter((a) => a.kind === kind && a.status === 'attended').length;
const tables = tableCountFor(came('participant') + came('wildcard'), 8);
const [allocation] = ofType('AllocateTables');
const [reallocation] = ofType('ReallocateTables');
/** Latest status per attendee as it stood when a command ran. */
const statusesBefore = (commandId: string): Map<string, string> => {
  const at = positionOf(commandId);
  const statuses = new Map<string, string>();
  for (const a of attendance) if (positionOf(a.commandId) < at) for (const e of a.input.entries) statuses.set(e.attendeeId, e.status);
  return statuses;
};
const seatedAt = (commandId: string): Set<string> =>
  new Set([...statusesBefore(commandId)].filter(([, status]) => status === 'confirmed' || status === 'attended').map(([id]) => id));

describe('the summit in the Leiden demo', () => {
  it('is scheduled for Sunday 14 January 2018 in the Stadsgehoorzaal, for about 900 people and at most 100 wildcards', () => {
    expect(schedule?.input).toEqual({ processId: DEMO_PROCESS_ID, date: '2018-01-14', venue: 'Stadsgehoorzaal Leiden', capacity: 900, wildcardLimit: 100 });
    expect(ofType('StartPhase').find((p) => p.input.phase === 'burgertop')?.input.startedOn).toBe('2018-01-14');
  });

  it('puts 12 to 16 active themes on the agenda, each with the rule that put it there', () => {
    expect(agenda.length).toBeGreaterThanOrEqual(12);
    expect(agenda.length).toBeLessThanOrEqual(16);
    const members = themeMembers();
    for (const { input } of agenda) {
      expect(retiredThemes().has(input.themeId)).toBe(false);
      expect(input.rule).toMatch(/ideeën/);
      const rule = /^Meer dan (\d+) ideeën uit ten minste 6 wijken \((\d+) ideeën/.exec(input.rule);
      if (rule) expect(Number(rule[2])).toBe(members.get(input.themeId)?.size);
      if (rule) expect(Number(rule[2])).toBeGreaterThan(Number(rule[1]));
    }
  });

  it('invites everyone, and sees about nine in ten residents and at most 100 wildcards come', () => {
    const invited = new Set(attendance.flatMap((a) => a.input.entries.filter((e) => e.status === 'invited').map((e) => e.attendeeId)));
    expect(invited.size).toBe(ofType('RegisterParticipant').length + ofType('RegisterWildcard').length);
    expect(came('participant') / ofType('RegisterParticipant').length).toBeGreaterThan(0.85);
    expect(came('participant') / ofType('RegisterParticipant').length).toBeLessThan(0.95);
    expect(came('wildcard')).toBeLessThanOrEqual(100);
    expect(came('wildcard')).toBeLessThanOrEqual(tables);
    expect([...latest.values()].every((a) => a.status === 'attended' || a.status === 'absent')).toBe(true);
  });

  it('allocates the tables after the check-in, then re-allocates for a few walk-ins and empty chairs before the first table round', () => {
    expect(allocation?.input).toMatchObject({ processId: DEMO_PROCESS_ID, tableSize: 8 });
    expect(reallocation?.input).toEqual({ processId: DEMO_PROCESS_ID });
    const before = seatedAt(allocation?.commandId ?? '');
    const after = seatedAt(reallocation?.commandId ?? '');
    const walkIns = [...after].filter((id) => !before.has(id));
    const emptyChairs = [...before].filter((id) => !after.has(id));
    expect(walkIns.length).toBeGreaterThanOrEqual(1);
    expect(walkIns.length).toBeLessThanOrEqual(4);
    expect(emptyChairs.length).toBeGreaterThanOrEqual(1);
    expect(emptyChairs.length).toBeLessThanOrEqual(3);
    expect(tableCountFor(before.size, 8)).toBeGreaterThanOrEqual(90);
    expect(positionOf(reallocation?.commandId ?? '')).toBeGreaterThan(Math.max(...attendance.map((a) => positionOf(a.commandId))));
    expect(positionOf(reallocation?.commandId ?? '')).toBeLessThan(Math.min(...discussions.map((d) => positionOf(d.commandId))));
    expect(after.size).toBe(came('participant') + came('wildcard'));
  });

  it('seats everyone at 90 to 100 tables of about eight, and each table notes two or three themes', () => {
    expect(tables).toBeGreaterThanOrEqual(90);
    expect(tables).toBeLessThanOrEqual(100);
    const onAgenda = new Set(agenda.map((a) => a.input.themeId));
    for (let table = 1; table <= tables; table += 1) {
      const own = discussions.filter((d) => d.input.table === table);
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(own.length).toBeLessThanOrEqual(3);
      expect(new Set(own.map((d) => d.input.themeId)).size).toBe(own.length);
    }
    for (const { input, actor } of discussions) {
      expect(actor).toEqual({ role: 'facilitator' });
      expect(onAgenda.has(input.themeId)).toBe(true);
      expect(input.keyPoints.length).toBeGreaterThanOrEqual(2);
      expect(input.keyPoints.length).toBeLessThanOrEqual(4);
      expect(new Set(input.keyPoints).size).toBe(input.keyPoints.length);
    }
    expect(new Set(discussions.map((d) => d.input.themeId))).toEqual(onAgenda);
    expect(new Set(discussions.map((d) => d.input.keyPoints.join('|'))).size).toBeGreaterThan(discussions.length * 0.9);
  });

  it('lets nearly every resident who came cast one anonymous ballot of one to three themes', () => {
    expect(opened?.input).toEqual({ processId: DEMO_PROCESS_ID, method: { kind: 'approval', maxChoices: 3, seats: 6 }, voters: 'residents' });
    expect(ballots.length).toBeLessThanOrEqual(came('participant'));
    expect(ballots.length).toBeGreaterThan(came('participant') * 0.97);
    expect(new Set(ballots.map((b) => b.input.votingCode)).size).toBe(ballots.length);
    const issued = new Set(ofType('IssueVotingCodes').flatMap((c) => c.input.codeHashes));
    expect(ballots.every((b) => issued.has(hashVotingCode(b.input.votingCode)))).toBe(true);
    const onAgenda = new Set(agenda.map((a) => a.input.themeId));
    for (const { input, actor } of ballots) {
      expect(['facilitator', 'voter']).toContain(actor.role);
      expect(input.votingCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(input.choices.length).toBeGreaterThanOrEqual(1);
      expect(input.choices.length).toBeLessThanOrEqual(3);
      expect(new Set(input.choices).size).toBe(input.choices.length);
      for (const id of input.choices) expect(onAgenda.has(id)).toBe(true);
    }
    const close = positionOf('demo-close-voting');
    for (const b of ballots) expect(positionOf(b.commandId)).toBeLessThan(close);
    expect(positionOf('demo-declare-summit-result')).toBeGreaterThan(close);
  });

  it('has a plausible result: themes with many ideas do well, with a real spread of votes', () => {
    const { lines: tally, chosenThemeIds } = approvalMethod.tally(
      ballots.map((b) => b.input.choices),
      { maxChoices: 3, seats: 6, tieBreakSeed: DEMO_PROCESS_ID },
      agenda.map((a) => a.input.themeId),
    );
    expect(chosenThemeIds).toHaveLength(6);
    const votes = tally.map((l) => l.votes);
    expect(Math.max(...votes)).toBeLessThan(ballots.length / 2);
    expect(Math.min(...votes)).toBeGreaterThan(20);
    expect(Math.max(...votes) / Math.min(...votes)).toBeGreaterThan(2);
    const members = themeMembers();
    const size = (id: string) => members.get(id)?.size ?? 0;
    const mean = (ids: readonly string[]) => ids.reduce((n, id) => n + size(id), 0) / ids.length;
    expect(mean(chosenThemeIds)).toBeGreaterThan(mean(tally.filter((l) => !l.chosen).map((l) => l.themeId)));
  });
});
