import { ofType, positionOf } from './demo-spec.fixtures.js';

const [drafted] = ofType('DraftManifesto');
const clauses = ofType('AddManifestoClause');
const revisions = ofType('ReviseManifestoClause');
const withdrawals = ofType('WithdrawManifestoClause');
const [adopted] = ofType('AdoptManifesto');
const [presented] = ofType('PresentManifesto');
const endorsements = ofType('EndorseManifesto');

describe('the manifesto in the Leiden demo', () => {
  it('is drafted in June 2018 with a title and preamble marked as demo', () => {
    expect(drafted?.input.title).toBe('Manifest Agenda voor Leiden (demo)');
    expect(drafted?.input.preamble).toMatch(/demonstratiedata/);
    expect(drafted?.occurredAt.slice(0, 7)).toBe('2018-06');
    expect(positionOf(drafted?.commandId ?? '')).toBeGreaterThan(positionOf('demo-start-phase-manifest'));
  });

  it('has 10 to 16 articles citing 1 to 3 adopted proposals, and one editorial article that says why it cites none', () => {
    const editorial = clauses.filter((c) => c.input.editorial);
    expect(editorial).toHaveLength(1);
    expect(editorial[0]?.input.editorialNote).toBeTruthy();
    expect(editorial[0]?.input.proposalIds ?? []).toEqual([]);
    const citing = clauses.filter((c) => !c.input.editorial);
    expect(citing.length).toBeGreaterThanOrEqual(10);
    expect(citing.length).toBeLessThanOrEqual(16);
    for (const c of [...citing, ...revisions]) {
      const cited = c.input.proposalIds ?? [];
      expect(cited.length).toBeGreaterThanOrEqual(1);
      expect(cited.length).toBeLessThanOrEqual(3);
      for (const id of cited) {
        const adoption = ofType('AdoptProposal').find((a) => a.input.proposalId === id);
        expect(positionOf(adoption?.commandId ?? '')).toBeGreaterThan(-1);
        expect(positionOf(adoption?.commandId ?? '')).toBeLessThan(positionOf(c.commandId));
      }
    }
    const cited = new Set(citing.flatMap((c) => c.input.proposalIds ?? []));
    expect(cited).toEqual(new Set(ofType('AdoptProposal').map((a) => a.input.proposalId)));
    const positions = clauses.map((c) => c.input.position);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('revises one article and withdraws another with a reason, before adoption', () => {
    expect(revisions).toHaveLength(1);
    expect(withdrawals).toHaveLength(1);
    expect(revisions[0]?.input.clauseId).not.toBe(withdrawals[0]?.input.clauseId);
    for (const c of [...revisions, ...withdrawals]) {
      expect(c.input.reason.length).toBeGreaterThan(20);
      expect(positionOf(c.commandId)).toBeLessThan(positionOf(adopted?.commandId ?? ''));
    }
    const original = clauses.find((c) => c.input.clauseId === revisions[0]?.input.clauseId);
    expect(revisions[0]?.input.text).not.toBe(original?.input.text);
  });

  it('is adopted, then presented in mid-June in the Pieterskerk', () => {
    expect(adopted?.input.adoptedOn).toBe('2018-06-11');
    expect(presented?.input.presentedOn).toBe('2018-06-14');
    expect(presented?.input.occasion).toMatch(/Pieterskerk/);
  });

  it('is endorsed 20 to 40 times by citizens without a name and by invented organisations marked as demo', () => {
    expect(endorsements.length).toBeGreaterThanOrEqual(20);
    expect(endorsements.length).toBeLessThanOrEqual(40);
    expect(new Set(endorsements.map((e) => e.input.kind))).toEqual(new Set(['citizen', 'institution', 'business', 'politics']));
    for (const { input } of endorsements) {
      if (input.kind === 'citizen') expect(input.organisation).toBeUndefined();
      else expect(input.organisation).toMatch(/ \(demo\)$/);
      expect(input.endorsedOn >= (presented?.input.presentedOn ?? '~')).toBe(true);
      expect(input.endorsedOn < '2018-06-17').toBe(true);
    }
    const organisations = endorsements.flatMap((e) => (e.input.organisation ? [e.input.organisation] : []));
    expect(new Set(organisations).size).toBe(organisations.length);
  });
});
