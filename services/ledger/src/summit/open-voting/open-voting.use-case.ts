import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { attendeesWith, loadSummit, mustBeScheduled, organisers } from '../summit-rules.js';
import { votingAggregate } from '../voting.js';

export const openVoting = defineUseCase({
  command: 'OpenVoting',
  aggregate: votingAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: (command, reader) => loadSummit(reader, command.processId),
  decide: (command, state, { summit }) => {
    if (state.status !== 'none') {
      throw new SpoorError(ErrorCode.InvalidState, `processId: voting was already opened for process ${command.processId}; the method is frozen once voting opens`, 'processId');
    }
    const scheduled = mustBeScheduled(summit, command.processId);
    const themeIds = [...scheduled.agenda];
    if (themeIds.length === 0) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `processId: the agenda of the summit is empty; put themes on it before voting opens`, 'processId');
    }
    if (command.method.seats > themeIds.length) {
      throw new SpoorError(ErrorCode.BadUserInput, `method.seats: ${command.method.seats} themes to choose, but only ${themeIds.length} are on the agenda`, 'method.seats');
    }
    const eligibleVoters = attendeesWith(scheduled, ['attended'], command.voters === 'residents' ? 'participant' : undefined).length;
    if (eligibleVoters === 0) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `voters: nobody of this voter group (${command.voters}) has been recorded as attended; record attendance before voting opens`, 'voters');
    }
    return [{ type: 'VotingOpened', data: { ...command, themeIds, eligibleVoters } }];
  },
});
