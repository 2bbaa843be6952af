import { tallyFor } from '@spoor/projections';
import { DEMO_PROCESS_ID } from './demo-command.model.js';
import { ofType, positionOf, themeMembers } from './demo-spec.fixtures.js';

const groups = ofType('FormWorkingGroup');
const joins = ofType('JoinWorkingGroup');
const leaves = ofType('LeaveWorkingGroup');
const meetings = ofType('RecordWorkingGroupMeeting');
const drafts = ofType('DraftProposal');
const revisions = ofType('ReviseProposal');
const submissions = ofType('SubmitProposal');
const adoptions = ofType('AdoptProposal');
const rejections = ofType('RejectProposal');

const chosen = tallyFor(
  { kind: 'approval', maxChoices: 3, seats: 6, tieBreakSeed: DEMO_PROCESS_ID },
  ofType('CastBallot').map((b) => b.input.choices),
  ofType('PutThemeOnAgenda').map((a) => a.input.themeId),
).chosenThemeIds;
const attended = new Set(ofType('RecordSummitAttendance').flatMap((a) => a.input.entries.filter((e) => e.status === 'attended').map((e) => e.attendeeId)));

describe('working groups and proposals in the Leiden demo', () => {
  it('forms one working group per chosen theme, one or two of them a round table, from February', () => {
    expect(groups.map((g) => g.input.themeIds)).toEqual(chosen.map((id) => [id]));
    const roundTables = groups.filter((g) => g.input.kind === 'rondetafel').length;
    expect(roundTables).toBeGreaterThanOrEqual(1);
    expect(roundTables).toBeLessThanOrEqual(2);
    for (const g of groups) {
      expect(g.input.workingGroupId).toMatch(/^wg-/);
      expect(g.input.title).toMatch(/^(Werkgroep|Rondetafel) /);
      expect(positionOf(g.commandId)).toBeGreaterThan(positionOf('demo-declare-summit-result'));
    }
  });

  it('gives each group 8 to 15 residents and up to 2 wildcards who came to the summit, exactly one secretary, nobody twice', () => {
    for (const { input: { workingGroupId } } of groups) {
      const own = joins.filter((j) => j.input.workingGroupId === workingGroupId);
      const residents = own.filter((j) => j.input.member.kind === 'participant').length;
      expect(residents).toBeGreaterThanOrEqual(8);
      expect(residents).toBeLessThanOrEqual(15);
      expect(own.filter((j) => j.input.member.kind === 'wildcard').length).toBeLessThanOrEqual(2);
      expect(own.filter((j) => j.input.role === 'secretary')).toHaveLength(1);
      for (const j of own) expect(j.actor).toEqual({ role: 'secretary', workingGroupId });
    }
    const members = joins.map((j) => j.input.member.id);
    expect(new Set(members).size).toBe(members.length);
    for (const id of members) expect(attended.has(id)).toBe(true);
  });

  it('lets one or two members leave halfway, never the secretary', () => {
    expect(leaves.length).toBeGreaterThanOrEqual(1);
    expect(leaves.length).toBeLessThanOrEqual(2);
    for (const l of leaves) {
      const join = joins.find((j) => j.input.member.id === l.input.member.id);
      expect(join?.input.role).not.toBe('secretary');
      expect(positionOf(join?.commandId ?? '')).toBeLessThan(positionOf(l.commandId));
    }
  });

  it('holds 3 to 6 meetings per group from February to May, with a summary about the topic', () => {
    for (const { input: { workingGroupId } } of groups) {
      const own = meetings.filter((m) => m.input.workingGroupId === workingGroupId);
      expect(own.length).toBeGreaterThanOrEqual(3);
      expect(own.length).toBeLessThanOrEqual(6);
      const members = joins.filter((j) => j.input.workingGroupId === workingGroupId).length;
      for (const m of own) {
        expect(m.input.heldOn >= '2018-02-01' && m.input.heldOn <= '2018-05-31').toBe(true);
        expect(m.input.attendeeCount).toBeLessThanOrEqual(members);
        expect(m.input.summary).toMatch(/^[A-Z].{60,}\.$/);
      }
    }
  });

  it('drafts 1 to 3 proposals per group, citing its theme and 3 to 10 ideas in that theme', () => {
    const members = themeMembers();
    for (const { input: { workingGroupId, themeIds } } of groups) {
      const own = drafts.filter((d) => d.input.workingGroupId === workingGroupId);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
      for (const { input, actor } of own) {
        expect(actor).toEqual({ role: 'secretary', workingGroupId });
        expect(input.themeIds).toEqual(themeIds);
        expect(input.ideaIds?.length).toBeGreaterThanOrEqual(3);
        expect(input.ideaIds?.length).toBeLessThanOrEqual(10);
        for (const id of input.ideaIds ?? []) expect(members.get(themeIds[0] ?? '')?.has(id)).toBe(true);
        expect(input.text.split('. ').length).toBeGreaterThanOrEqual(1);
      }
    }
    expect(new Set(drafts.map((d) => d.input.title)).size).toBe(drafts.length);
  });

  it('revises most proposals once or twice with a change note, each version different', () => {
    const revised = new Set(revisions.map((r) => r.input.proposalId));
    expect(revised.size).toBeGreaterThan(drafts.length / 2);
    for (const d of drafts) {
      const own = revisions.filter((r) => r.input.proposalId === d.input.proposalId);
      expect(own.length).toBeLessThanOrEqual(3);
      const texts = [d.input.text, ...own.map((r) => r.input.text)];
      expect(new Set(texts).size).toBe(texts.length);
      for (const r of own) expect(r.input.changeNote.length).toBeGreaterThan(10);
    }
  });

  it('submits every proposal and decides on it in May: most adopted, one or two rejected with a reason', () => {
    const decided = new Set([...adoptions, ...rejections].map((d) => d.input.proposalId));
    expect(decided).toEqual(new Set(drafts.map((d) => d.input.proposalId)));
    expect(rejections.length).toBeGreaterThanOrEqual(1);
    expect(rejections.length).toBeLessThanOrEqual(2);
    expect(adoptions.length).toBeGreaterThan(drafts.length / 2);
    for (const r of rejections) expect(r.input.reason).toMatch(/^[A-Z].{30,}\.$/);
    for (const decision of [...adoptions, ...rejections]) {
      const submitted = submissions.filter((s) => s.input.proposalId === decision.input.proposalId && positionOf(s.commandId) < positionOf(decision.commandId)).at(-1);
      expect(submitted).toBeDefined();
      expect(decision.actor).toEqual({ role: 'organiser' });
    }
  });
});
