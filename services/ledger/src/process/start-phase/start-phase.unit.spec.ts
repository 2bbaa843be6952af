import { ErrorCode, type Phase } from '@spoor/contracts';
import { PROCESS, processStarted } from '../../shared/testing/fixtures.js';
import { specify } from '../../shared/testing/use-case-specification.js';
import { startPhase } from './start-phase.use-case.js';

const phaseStarted = (phase: Phase, startedOn = '2017-09-01') => ({ type: 'PhaseStarted', data: { processId: PROCESS, phase, startedOn } }) as const;

describe('StartPhase', () => {
  it('starts a planned phase', () =>
    specify(startPhase)
      .given({ 'process-leiden': [processStarted] })
      .when({ processId: PROCESS, phase: 'werving', startedOn: '2017-09-01' })
      .then([phaseStarted('werving')]));

  it('needs a started process', () =>
    specify(startPhase).given().when({ processId: PROCESS, phase: 'werving', startedOn: '2017-09-01' }).thenThrows(ErrorCode.NotFound));

  it('refuses a phase that was not planned', () =>
    specify(startPhase)
      .given({ 'process-leiden': [processStarted] })
      .when({ processId: PROCESS, phase: 'burgertop', startedOn: '2018-01-14' })
      .thenThrows(ErrorCode.PreconditionFailed, /not among the phases planned/));

  it('refuses to start a phase twice', () =>
    specify(startPhase)
      .given({ 'process-leiden': [processStarted, phaseStarted('werving')] })
      .when({ processId: PROCESS, phase: 'werving', startedOn: '2017-09-02' })
      .thenThrows(ErrorCode.InvalidState, /already started/));

  it('refuses to go back to an earlier phase', () =>
    specify(startPhase)
      .given({ 'process-leiden': [processStarted, phaseStarted('gesprekken')] })
      .when({ processId: PROCESS, phase: 'werving', startedOn: '2017-10-02' })
      .thenThrows(ErrorCode.InvalidState, /comes before gesprekken/));
});
