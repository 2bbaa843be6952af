import { ErrorCode } from '@spoor/contracts';
import { PROCESS, processStarted } from '../shared/testing/fixtures.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { correctUpdate } from './correct-update/correct-update.use-case.js';
import { publishUpdate } from './publish-update/publish-update.use-case.js';

const publish = { updateId: 'upd-1', processId: PROCESS, title: 'Werkgroepen van start', body: 'Zes werkgroepen gaan aan de slag met de gekozen thema’s.', publishedOn: '2017-02-01' };
const published = { 'process-leiden': [processStarted], 'update-upd-1': [{ type: 'UpdatePublished' as const, data: publish }] };
const correct = { updateId: 'upd-1', title: 'Werkgroepen van start', body: 'Vijf werkgroepen gaan aan de slag met de gekozen thema’s.', reason: 'Het waren er vijf, niet zes', correctedOn: '2017-02-02' };

describe('PublishUpdate', () => {
  it('publishes an update', () => specify(publishUpdate).given({ 'process-leiden': [processStarted] }).when(publish).then([{ type: 'UpdatePublished', data: publish }]));
  it('needs a started process', () => specify(publishUpdate).given().when(publish).thenThrows(ErrorCode.PreconditionFailed, /^processId/));
  it('refuses to publish the same update twice', () => specify(publishUpdate).given(published).when(publish).thenThrows(ErrorCode.AlreadyExists));
});

describe('CorrectUpdate', () => {
  it('corrects an update with a reason; the original stays in the stream', () =>
    specify(correctUpdate).given(published).when(correct).then([{ type: 'UpdateCorrected', data: correct }]));
  it('corrects a correction again', () =>
    specify(correctUpdate)
      .given({ ...published, 'update-upd-1': [...published['update-upd-1'], { type: 'UpdateCorrected', data: correct }] })
      .when({ ...correct, title: 'Vijf werkgroepen van start', reason: 'Titel in lijn met de tekst' })
      .then([{ type: 'UpdateCorrected', data: { ...correct, title: 'Vijf werkgroepen van start', reason: 'Titel in lijn met de tekst' } }]));
  it('needs an existing update', () => specify(correctUpdate).given({ 'process-leiden': [processStarted] }).when(correct).thenThrows(ErrorCode.NotFound));
  it('refuses a correction that changes nothing', () =>
    specify(correctUpdate).given(published).when({ ...correct, body: publish.body }).thenThrows(ErrorCode.BadUserInput, /^body: the title and body are the same/));
  it('refuses a correction dated before the publication', () =>
    specify(correctUpdate).given(published).when({ ...correct, correctedOn: '2017-01-31' }).thenThrows(ErrorCode.BadUserInput, /^correctedOn: 2017-01-31 is before/));
});
