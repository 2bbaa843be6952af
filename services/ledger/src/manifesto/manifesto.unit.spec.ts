import { ErrorCode, type DomainEvent } from '@spoor/contracts';
import { adoptedProposal, proposalDrafted, proposalSubmitted } from '../follow-up/follow-up.fixtures.js';
import { PROCESS, processStarted } from '../shared/testing/fixtures.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { addManifestoClause } from './add-manifesto-clause/add-manifesto-clause.use-case.js';
import { adoptManifesto } from './adopt-manifesto/adopt-manifesto.use-case.js';
import { draftManifesto } from './draft-manifesto/draft-manifesto.use-case.js';
import { endorseManifesto } from './endorse-manifesto/endorse-manifesto.use-case.js';
import { presentManifesto } from './present-manifesto/present-manifesto.use-case.js';
import { reviseManifestoClause } from './revise-manifesto-clause/revise-manifesto-clause.use-case.js';
import { withdrawManifestoClause } from './withdraw-manifesto-clause/withdraw-manifesto-clause.use-case.js';

const draft = { manifestoId: 'man-1', processId: PROCESS, title: 'Manifest Agenda voor Leiden', preamble: 'Wat 750 Leidenaren samen willen.' };
const clause = { manifestoId: 'man-1', clauseId: 'art-1', position: 1, text: 'Elke wijk krijgt een groenbudget.', proposalIds: ['prop-1'], editorial: false };
const editorialClause = { manifestoId: 'man-1', clauseId: 'art-0', position: 2, text: 'Wij danken alle deelnemers.', proposalIds: [], editorial: true, editorialNote: 'Slotwoord van de redactie' };
const adopted: DomainEvent = { type: 'ManifestoAdopted', data: { manifestoId: 'man-1', adoptedOn: '2017-06-01' } };

const proposals = {
  'proposal-prop-1': adoptedProposal('prop-1'),
  'proposal-prop-2': adoptedProposal('prop-2'),
  'proposal-prop-draft': [proposalDrafted('prop-draft')],
  'proposal-prop-sub': [proposalDrafted('prop-sub'), proposalSubmitted('prop-sub')],
  'proposal-prop-elders': adoptedProposal('prop-elders', 'utrecht'),
};
const manifesto = (...events: DomainEvent[]) => ({
  'process-leiden': [processStarted],
  ...proposals,
  'manifesto-man-1': [{ type: 'ManifestoDrafted', data: draft } as DomainEvent, ...events],
});
const withClause = manifesto({ type: 'ManifestoClauseAdded', data: clause });
const adoptedManifesto = manifesto({ type: 'ManifestoClauseAdded', data: clause }, adopted);

describe('DraftManifesto', () => {
  it('drafts a manifesto for a process', () => specify(draftManifesto).given({ 'process-leiden': [processStarted] }).when(draft).then([{ type: 'ManifestoDrafted', data: draft }]));
  it('needs a started process', () => specify(draftManifesto).given().when(draft).thenThrows(ErrorCode.PreconditionFailed, /^processId/));
  it('refuses to draft the same manifesto twice', () => specify(draftManifesto).given(manifesto()).when(draft).thenThrows(ErrorCode.AlreadyExists));
});

describe('AddManifestoClause', () => {
  it('adds a clause citing adopted proposals', () =>
    specify(addManifestoClause).given(manifesto()).when({ ...clause, proposalIds: ['prop-1', 'prop-2'] }).then([{ type: 'ManifestoClauseAdded', data: { ...clause, proposalIds: ['prop-1', 'prop-2'] } }]));
  it('adds an editorial clause that says why it cites none', () =>
    specify(addManifestoClause).given(manifesto()).when(editorialClause).then([{ type: 'ManifestoClauseAdded', data: editorialClause }]));
  it('refuses a proposal that is not adopted, naming it', () =>
    specify(addManifestoClause)
      .given(manifesto())
      .when({ ...clause, proposalIds: ['prop-1', 'prop-sub'] })
      .thenThrows(ErrorCode.PreconditionFailed, /^proposalIds\.1: proposal prop-sub is submitted, not adopted/));
  it('refuses a draft proposal', () =>
    specify(addManifestoClause).given(manifesto()).when({ ...clause, proposalIds: ['prop-draft'] }).thenThrows(ErrorCode.PreconditionFailed, /^proposalIds\.0: proposal prop-draft is drafted/));
  it('refuses a proposal of another process', () =>
    specify(addManifestoClause).given(manifesto()).when({ ...clause, proposalIds: ['prop-elders'] }).thenThrows(ErrorCode.PreconditionFailed, /^proposalIds\.0: proposal prop-elders belongs to process utrecht/));
  it('refuses a proposal that does not exist', () =>
    specify(addManifestoClause).given(manifesto()).when({ ...clause, proposalIds: ['prop-9'] }).thenThrows(ErrorCode.PreconditionFailed, /^proposalIds\.0: proposal prop-9 does not exist/));
  it('refuses a clause that neither cites a proposal nor is editorial', () =>
    specify(addManifestoClause).given(manifesto()).when({ ...clause, proposalIds: [] }).thenThrows(ErrorCode.BadUserInput, /^proposalIds: a clause cites at least one adopted proposal, or is editorial/));
  it('refuses an editorial clause without a note', () =>
    specify(addManifestoClause).given(manifesto()).when({ ...editorialClause, editorialNote: undefined }).thenThrows(ErrorCode.BadUserInput, /^editorialNote/));
  it('refuses an editorial clause that cites proposals', () =>
    specify(addManifestoClause).given(manifesto()).when({ ...editorialClause, proposalIds: ['prop-1'] }).thenThrows(ErrorCode.BadUserInput, /^proposalIds: an editorial clause cites no proposals/));
  it('refuses an editorial note on a clause that is not editorial', () =>
    specify(addManifestoClause).given(manifesto()).when({ ...clause, editorialNote: 'Toelichting' }).thenThrows(ErrorCode.BadUserInput, /^editorialNote: only an editorial clause/));
  it('refuses a clause id used before, even by a withdrawn clause', () =>
    specify(addManifestoClause)
      .given(manifesto({ type: 'ManifestoClauseAdded', data: clause }, { type: 'ManifestoClauseWithdrawn', data: { manifestoId: 'man-1', clauseId: 'art-1', reason: 'Dubbel' } }))
      .when({ ...clause, position: 2 })
      .thenThrows(ErrorCode.AlreadyExists, /^clauseId/));
  it('refuses a number a standing clause already has', () =>
    specify(addManifestoClause).given(withClause).when({ ...clause, clauseId: 'art-2' }).thenThrows(ErrorCode.AlreadyExists, /^position: clause art-1 already has number 1/));
  it('refuses a new clause once the manifesto is adopted', () =>
    specify(addManifestoClause).given(adoptedManifesto).when({ ...clause, clauseId: 'art-2', position: 2 }).thenThrows(ErrorCode.InvalidState, /adopted on 2017-06-01; its text is frozen/));
  it('needs an existing manifesto', () => specify(addManifestoClause).given(proposals).when(clause).thenThrows(ErrorCode.NotFound, /^manifestoId/));
});

describe('ReviseManifestoClause and WithdrawManifestoClause', () => {
  const revise = { manifestoId: 'man-1', clauseId: 'art-1', text: 'Elke wijk krijgt een eigen groenbudget.', proposalIds: ['prop-1', 'prop-2'], editorial: false, reason: 'Ook het voorstel over pleinen' };
  const withdraw = { manifestoId: 'man-1', clauseId: 'art-1', reason: 'Opgenomen in artikel 2' };
  const withdrawn = manifesto({ type: 'ManifestoClauseAdded', data: clause }, { type: 'ManifestoClauseWithdrawn', data: withdraw });
  it('revises a clause, its text and citations', () => specify(reviseManifestoClause).given(withClause).when(revise).then([{ type: 'ManifestoClauseRevised', data: revise }]));
  it('refuses a revision citing a proposal that is not adopted', () =>
    specify(reviseManifestoClause).given(withClause).when({ ...revise, proposalIds: ['prop-draft'] }).thenThrows(ErrorCode.PreconditionFailed, /^proposalIds\.0/));
  it('refuses a revision that leaves the clause citing nothing without being editorial', () =>
    specify(reviseManifestoClause).given(withClause).when({ ...revise, proposalIds: [] }).thenThrows(ErrorCode.BadUserInput, /^proposalIds/));
  it('refuses a revision that changes nothing', () =>
    specify(reviseManifestoClause).given(withClause).when({ ...revise, text: clause.text, proposalIds: clause.proposalIds }).thenThrows(ErrorCode.BadUserInput, /leaves clause art-1 as it is/));
  it('refuses to revise an unknown clause', () => specify(reviseManifestoClause).given(manifesto()).when(revise).thenThrows(ErrorCode.NotFound, /^clauseId/));
  it('refuses to revise a withdrawn clause', () => specify(reviseManifestoClause).given(withdrawn).when(revise).thenThrows(ErrorCode.InvalidState, /^clauseId: clause art-1 was withdrawn/));
  it('refuses a revision after adoption', () => specify(reviseManifestoClause).given(adoptedManifesto).when(revise).thenThrows(ErrorCode.InvalidState, /frozen/));
  it('withdraws a clause with a reason', () => specify(withdrawManifestoClause).given(withClause).when(withdraw).then([{ type: 'ManifestoClauseWithdrawn', data: withdraw }]));
  it('frees the number of a withdrawn clause', () =>
    specify(addManifestoClause).given(withdrawn).when({ ...clause, clauseId: 'art-1b' }).then([{ type: 'ManifestoClauseAdded', data: { ...clause, clauseId: 'art-1b' } }]));
  it('refuses to withdraw a clause twice', () => specify(withdrawManifestoClause).given(withdrawn).when(withdraw).thenThrows(ErrorCode.InvalidState));
  it('refuses a withdrawal after adoption', () => specify(withdrawManifestoClause).given(adoptedManifesto).when(withdraw).thenThrows(ErrorCode.InvalidState, /frozen/));
});

describe('AdoptManifesto, PresentManifesto and EndorseManifesto', () => {
  const adopt = { manifestoId: 'man-1', adoptedOn: '2017-06-01' };
  const present = { manifestoId: 'man-1', presentedOn: '2017-06-17', occasion: 'Slotbijeenkomst in de Stadsgehoorzaal' };
  const endorsement = { manifestoId: 'man-1', endorsementId: 'end-1', kind: 'institution' as const, organisation: 'Hogeschool Leiden', endorsedOn: '2017-06-17' };
  it('adopts a manifesto with clauses', () => specify(adoptManifesto).given(withClause).when(adopt).then([adopted]));
  it('refuses to adopt a manifesto without standing clauses', () =>
    specify(adoptManifesto).given(manifesto()).when(adopt).thenThrows(ErrorCode.PreconditionFailed, /has no clauses/));
  it('refuses to adopt twice', () => specify(adoptManifesto).given(adoptedManifesto).when(adopt).thenThrows(ErrorCode.InvalidState));
  it('presents an adopted manifesto', () => specify(presentManifesto).given(adoptedManifesto).when(present).then([{ type: 'ManifestoPresented', data: present }]));
  it('refuses to present before adoption', () => specify(presentManifesto).given(withClause).when(present).thenThrows(ErrorCode.InvalidState, /has not been adopted yet/));
  it('refuses a presentation dated before adoption', () =>
    specify(presentManifesto).given(adoptedManifesto).when({ ...present, presentedOn: '2017-05-01' }).thenThrows(ErrorCode.BadUserInput, /^presentedOn/));
  it("records an organisation's endorsement", () => specify(endorseManifesto).given(adoptedManifesto).when(endorsement).then([{ type: 'ManifestoEndorsed', data: endorsement }]));
  it("records a citizen's endorsement without a name", () => {
    const citizen = { manifestoId: 'man-1', endorsementId: 'end-2', kind: 'citizen' as const, endorsedOn: '2017-06-17' };
    return specify(endorseManifesto).given(adoptedManifesto).when(citizen).then([{ type: 'ManifestoEndorsed', data: citizen }]);
  });
  it("refuses a name on a citizen's endorsement", () =>
    specify(endorseManifesto).given(adoptedManifesto).when({ ...endorsement, kind: 'citizen' }).thenThrows(ErrorCode.BadUserInput, /^organisation: a citizen's endorsement carries no name/));
  it('needs the organisation for an institution, business or party', () =>
    specify(endorseManifesto).given(adoptedManifesto).when({ ...endorsement, kind: 'politics', organisation: undefined }).thenThrows(ErrorCode.BadUserInput, /^organisation: name the party or group/));
  it('refuses an endorsement before adoption', () => specify(endorseManifesto).given(withClause).when(endorsement).thenThrows(ErrorCode.InvalidState));
  it('refuses the same endorsement twice', () =>
    specify(endorseManifesto)
      .given(manifesto({ type: 'ManifestoClauseAdded', data: clause }, adopted, { type: 'ManifestoEndorsed', data: endorsement }))
      .when(endorsement)
      .thenThrows(ErrorCode.AlreadyExists, /^endorsementId/));
});
