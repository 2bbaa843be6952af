import { defineUseCase } from '../../shared/use-case.js';
import { mustBeAdopted } from '../manifesto-rules.js';
import { manifestoAggregate } from '../manifesto.js';

export const presentManifesto = defineUseCase({
  command: 'PresentManifesto',
  aggregate: manifestoAggregate,
  idField: 'manifestoId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    mustBeAdopted(state, command.manifestoId, command.presentedOn, 'presentedOn');
    return [{ type: 'ManifestoPresented', data: { ...command } }];
  },
});
