import { defineUseCase } from '../../shared/use-case.js';
import { allocateTables as allocate } from '../allocation/balanced.allocator.js';
import { attendeesOf, loadResidents, recordedQuality } from '../allocation/summit-attendees.util.js';
import { summitAggregate } from '../summit.js';
import { attendeesWith, loadSummit, loadVoting, mustBeScheduled, mustNotHaveOpenedVoting, organisers, SEATED } from '../summit-rules.js';

/**
 * Seats everyone confirmed or attended at tables that each mirror the room (docs/allocation.md):
 * hard constraints first, then the mix of districts, ages and genders and the spread of living
 * rooms, deterministic from the seed. Members stay private; the event's public view keeps each
 * table's composition and the quality figures.
 */
export const allocateTables = defineUseCase({
  command: 'AllocateTables',
  aggregate: summitAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: async (command, reader) => {
    // The summit is read here only to know whose bands to load; the decision uses the state the executor appends against.
    const { summit } = await loadSummit(reader, command.processId);
    const residentIds = summit.status === 'scheduled' ? attendeesWith(summit, SEATED, 'participant') : [];
    return { residents: await loadResidents(reader, residentIds), ...(await loadVoting(reader, command.processId)) };
  },
  decide: (command, state, { residents, voting }) => {
    const summit = mustBeScheduled(state, command.processId);
    mustNotHaveOpenedVoting(voting, command.processId, 'the tables can no longer be re-allocated');
    const attendees = attendeesOf(summit, attendeesWith(summit, SEATED), residents);
    const result = allocate({ attendees, seed: command.seed, tableSize: command.tableSize, manualPlacements: command.manualPlacements });
    return [
      {
        type: 'TablesAllocated',
        data: {
          processId: command.processId,
          algorithm: result.algorithm,
          algorithmVersion: result.algorithmVersion,
          seed: command.seed,
          tableSize: result.tableSize,
          tables: result.tables,
          quality: recordedQuality(result.quality, attendees),
          manualPlacements: command.manualPlacements,
        },
      },
    ];
  },
});
