import { ErrorCode } from '@spoor/contracts';
import { processStarted } from '../../shared/testing/fixtures.js';
import { specify } from '../../shared/testing/use-case-specification.js';
import { startProcess } from './start-process.use-case.js';

const command = { ...(processStarted.data as object) };

describe('StartProcess', () => {
  it('starts a new process', () => specify(startProcess).given().when(command).then([processStarted]));

  it('refuses to start the same process twice', () =>
    specify(startProcess).given({ 'process-leiden': [processStarted] }).when(command).thenThrows(ErrorCode.AlreadyExists, /already exists/));

  it('refuses a phase planned twice', () =>
    specify(startProcess)
      .given()
      .when({ ...command, plannedPhases: [{ phase: 'werving' }, { phase: 'werving' }] })
      .thenThrows(ErrorCode.BadUserInput, /plannedPhases/));

  it('refuses a district of another municipality, naming it', () =>
    specify(startProcess)
      .given()
      .when({ ...command, districts: [{ code: 'WK036300', name: 'Centrum' }] })
      .thenThrows(ErrorCode.BadUserInput, /districts\.0\.code: WK036300 is not a district of municipality GM0546/));

  it('refuses a phase that ends before it starts', () =>
    specify(startProcess)
      .given()
      .when({ ...command, plannedPhases: [{ phase: 'werving', startsOn: '2017-09-10', endsOn: '2017-09-01' }] })
      .thenThrows(ErrorCode.BadUserInput, /plannedPhases\.0\.endsOn/));
});
