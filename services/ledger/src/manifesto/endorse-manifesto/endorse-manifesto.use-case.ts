import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { mustBeAdopted } from '../manifesto-rules.js';
import { manifestoAggregate } from '../manifesto.js';

export const endorseManifesto = defineUseCase({
  command: 'EndorseManifesto',
  aggregate: manifestoAggregate,
  idField: 'manifestoId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    // A citizen is a private person: their endorsement is counted, never named.
    if (command.kind === 'citizen' && command.organisation !== undefined) {
      throw new SpoorError(ErrorCode.BadUserInput, "organisation: a citizen's endorsement carries no name; that would be personal data", 'organisation');
    }
    if (command.kind !== 'citizen' && command.organisation === undefined) {
      throw new SpoorError(ErrorCode.BadUserInput, `organisation: name the ${command.kind === 'politics' ? 'party or group' : command.kind} that endorses`, 'organisation');
    }
    const manifesto = mustBeAdopted(state, command.manifestoId, command.endorsedOn, 'endorsedOn');
    if (manifesto.endorsementIds.includes(command.endorsementId)) {
      throw new SpoorError(ErrorCode.AlreadyExists, `endorsementId: endorsement ${command.endorsementId} was already recorded`, 'endorsementId');
    }
    return [{ type: 'ManifestoEndorsed', data: { ...command } }];
  },
});
