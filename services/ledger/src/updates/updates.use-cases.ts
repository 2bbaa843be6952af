import { correctUpdate } from './correct-update/correct-update.use-case.js';
import { publishUpdate } from './publish-update/publish-update.use-case.js';

export const updatesUseCases = {
  PublishUpdate: publishUpdate,
  CorrectUpdate: correctUpdate,
};
