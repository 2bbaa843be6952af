import type { EventMetadata } from '@spoor/contracts';
import type { InternalProjection } from './projection-set.js';

/** commandId -> stream it wrote to: lets the ledger refuse a commandId reused on another stream. Internal, never published. */
export type CommandIndex = Record<string, string>;

export const commandIndexProjection: InternalProjection<CommandIndex> = {
  internal: true,
  name: 'command-index',
  version: 1,
  eventTypes: [],
  initialState: () => ({}),
  evolve: (index, event) => {
    index[(event.metadata as EventMetadata).commandId] = event.streamId;
    return index;
  },
};
