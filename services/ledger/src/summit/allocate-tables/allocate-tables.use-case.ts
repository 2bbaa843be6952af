import { ErrorCode, SpoorError } from '@spoor/contracts';
import { type Participant, participantAggregate } from '../../recruitment/participant.js';
import { defineUseCase } from '../../shared/use-case.js';
import { allocateRoundRobin, ROUND_ROBIN, type Seatable } from '../allocation/round-robin.allocator.js';
import { summitAggregate } from '../summit.js';
import { attendeesWith, loadSummit, loadVoting, mustBeScheduled, mustNotHaveOpenedVoting, organisers, SEATED } from '../summit-rules.js';

export const allocateTables = defineUseCase({
  command: 'AllocateTables',
  aggregate: summitAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: async (command, reader) => {
    // The summit is read here only to know whose bands to load; the decision uses the state the executor appends against.
    const { summit } = await loadSummit(reader, command.processId);
    const residentIds = summit.status === 'scheduled' ? attendeesWith(summit, SEATED, 'participant') : [];
    const residents = await Promise.all(residentIds.map(async (id) => [id, (await reader.load(participantAggregate, id)).state] as const));
    return { residents: new Map<string, Participant>(residents), ...(await loadVoting(reader, command.processId)) };
  },
  decide: (command, state, { residents, voting }) => {
    const summit = mustBeScheduled(state, command.processId);
    mustNotHaveOpenedVoting(voting, command.processId, 'the tables can no longer be re-allocated');
    const attendees = attendeesWith(summit, SEATED).map((id): Seatable => {
      if (summit.attendance[id]?.kind === 'wildcard') return { id, kind: 'wildcard' };
      const resident = residents.get(id);
      if (resident?.status !== 'registered') {
        throw new SpoorError(ErrorCode.Conflict, `processId: the attendance of the summit changed while the tables were being allocated; try again`, 'processId');
      }
      return { id, kind: 'participant', districtCode: resident.districtCode, ageBand: resident.ageBand, gender: resident.gender };
    });
    const tables = allocateRoundRobin({ attendees, seed: command.seed, tableSize: command.tableSize, manualPlacements: command.manualPlacements });
    return [
      {
        type: 'TablesAllocated',
        data: { processId: command.processId, algorithm: ROUND_ROBIN.algorithm, algorithmVersion: ROUND_ROBIN.version, seed: command.seed, tableSize: command.tableSize, tables },
      },
    ];
  },
});
