import { ErrorCode } from '@spoor/contracts';
import { PROCESS, processStarted } from '../../shared/testing/fixtures.js';
import { specify } from '../../shared/testing/use-case-specification.js';
import { recordReferencePopulation } from './record-reference-population.use-case.js';

const figure = { dimension: 'age', band: '18-26', inhabitants: 24539, invented: false };
const command = { processId: PROCESS, source: 'Gemeente Leiden, Jaarverslag 2017', referenceDate: '2017-01-01', figures: [figure] };

describe('RecordReferencePopulation', () => {
  it('records the figures with their source', () =>
    specify(recordReferencePopulation)
      .given({ 'process-leiden': [processStarted] })
      .when(command)
      .then([{ type: 'ReferencePopulationRecorded', data: command }]));

  it('refuses a district of another municipality, naming the figure', () =>
    specify(recordReferencePopulation)
      .given({ 'process-leiden': [processStarted] })
      .when({ ...command, figures: [{ ...figure, districtCode: 'WK036300' }] })
      .thenThrows(ErrorCode.BadUserInput, /figures\.0\.districtCode: WK036300 is not a district of municipality GM0546/));

  it('refuses the same figure twice', () =>
    specify(recordReferencePopulation)
      .given({ 'process-leiden': [processStarted] })
      .when({ ...command, figures: [figure, figure] })
      .thenThrows(ErrorCode.BadUserInput, /figures\.1/));

  it('needs a started process', () => specify(recordReferencePopulation).given().when(command).thenThrows(ErrorCode.NotFound));
});
