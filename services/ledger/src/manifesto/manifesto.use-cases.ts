import { addManifestoClause } from './add-manifesto-clause/add-manifesto-clause.use-case.js';
import { adoptManifesto } from './adopt-manifesto/adopt-manifesto.use-case.js';
import { draftManifesto } from './draft-manifesto/draft-manifesto.use-case.js';
import { endorseManifesto } from './endorse-manifesto/endorse-manifesto.use-case.js';
import { presentManifesto } from './present-manifesto/present-manifesto.use-case.js';
import { reviseManifestoClause } from './revise-manifesto-clause/revise-manifesto-clause.use-case.js';
import { withdrawManifestoClause } from './withdraw-manifesto-clause/withdraw-manifesto-clause.use-case.js';

export const manifestoUseCases = {
  DraftManifesto: draftManifesto,
  AddManifestoClause: addManifestoClause,
  ReviseManifestoClause: reviseManifestoClause,
  WithdrawManifestoClause: withdrawManifestoClause,
  AdoptManifesto: adoptManifesto,
  PresentManifesto: presentManifesto,
  EndorseManifesto: endorseManifesto,
};
