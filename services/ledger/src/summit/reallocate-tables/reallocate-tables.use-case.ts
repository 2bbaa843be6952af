import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { reallocate } from '../allocation/reallocate.allocator.js';
import { attendeesOf, loadResidents, recordedQuality } from '../allocation/summit-attendees.util.js';
import { type Summit, summitAggregate } from '../summit.js';
import { attendeesWith, loadSummit, loadVoting, mustBeScheduled, mustNotHaveOpenedVoting, organisers, SEATED } from '../summit-rules.js';

const seatedIn = (summit: Summit): string[] => (summit.status === 'scheduled' ? (summit.tables ?? []).flatMap((t) => t.memberIds) : []);

/**
 * Late changes on the day, from the attendance as recorded: whoever is seated but no longer
 * confirmed or attended (a no-show) gives up the seat; whoever is confirmed or attended without a
 * seat (a late arrival) gets one; as few seated people move as the table sizes allow. The
 * placements by hand of the allocation still hold.
 */
export const reallocateTables = defineUseCase({
  command: 'ReallocateTables',
  aggregate: summitAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: async (command, reader) => {
    const { summit } = await loadSummit(reader, command.processId);
    const ids = summit.status === 'scheduled' ? [...new Set([...seatedIn(summit), ...attendeesWith(summit, SEATED)])] : [];
    const residentIds = summit.status === 'scheduled' ? ids.filter((id) => summit.attendance[id]?.kind !== 'wildcard') : [];
    return { residents: await loadResidents(reader, residentIds), ...(await loadVoting(reader, command.processId)) };
  },
  decide: (command, state, { residents, voting }) => {
    const summit = mustBeScheduled(state, command.processId);
    mustNotHaveOpenedVoting(voting, command.processId, 'the tables can no longer be changed');
    if (!summit.tables || !summit.seating) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `processId: the tables of the summit of process ${command.processId} have not been allocated yet; allocate them first`, 'processId');
    }
    const seated = seatedIn(summit);
    const present = attendeesWith(summit, SEATED);
    const stillHere = new Set(present);
    const hasSeat = new Set(seated);
    const noShows = seated.filter((id) => !stillHere.has(id)).sort();
    const lateIds = present.filter((id) => !hasSeat.has(id));
    if (noShows.length === 0 && lateIds.length === 0) {
      throw new SpoorError(
        ErrorCode.PreconditionFailed,
        'processId: nobody seated has been recorded absent and nobody without a seat has been recorded as confirmed or attended since the tables were allocated; there is nothing to change',
        'processId',
      );
    }
    const { seed, tableSize, placements } = summit.seating;
    const result = reallocate(
      { tables: summit.tables, attendees: attendeesOf(summit, seated, residents), seed, tableSize, manualPlacements: placements },
      { noShows, lateArrivals: attendeesOf(summit, lateIds, residents) },
    );
    const after = attendeesOf(summit, present, residents);
    return [
      {
        type: 'TablesReallocated',
        data: {
          processId: command.processId,
          algorithm: result.algorithm,
          algorithmVersion: result.algorithmVersion,
          seed,
          tableSize,
          tables: result.tables,
          quality: recordedQuality(result.quality, after),
          moves: [...result.moves],
          seated: [...result.seated],
          removed: [...result.removed],
          changes: { moved: result.moves.length, seated: result.seated.length, removed: result.removed.length },
        },
      },
    ];
  },
});
