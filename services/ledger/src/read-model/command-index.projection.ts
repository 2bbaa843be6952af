import type { Projection } from '@spoor/projections';

/** commandId -> stream it wrote to: lets the ledger refuse a commandId reused on another stream. Internal, never published. */
export type CommandIndex = Record<string, string>;

export const commandIndexProjection: Projection<CommandIndex> = {
  name: 'command-index',
  version: 1,
  eventTypes: [],
  initialState: () => ({}),
  evolve: (index, event) => {
    index[event.metadata.commandId] = event.streamId;
    return index;
  },
};
