import { recordReferencePopulation } from './record-reference-population/record-reference-population.use-case.js';
import { startPhase } from './start-phase/start-phase.use-case.js';
import { startProcess } from './start-process/start-process.use-case.js';

export const processUseCases = {
  StartProcess: startProcess,
  StartPhase: startPhase,
  RecordReferencePopulation: recordReferencePopulation,
};
