import { ErrorCode, SpoorError } from '@spoor/contracts';
import type { ContextReader } from '../shared/use-case.js';
import { mustBeDistrictOf } from '../shared/rules.js';
import { type Process, processAggregate } from './process.js';

export type StartedProcess = Extract<Process, { status: 'started' }>;

/** Loads the process a command belongs to. */
export const loadProcess = async (reader: ContextReader, processId: string): Promise<{ process: Process }> => ({
  process: (await reader.load(processAggregate, processId)).state,
});

/** A registration needs a started process, and a district of its municipality. */
export const mustBeInProcess = (process: Process, processId: string, districtCode?: string): StartedProcess => {
  if (process.status !== 'started') {
    throw new SpoorError(ErrorCode.PreconditionFailed, `processId: process ${processId} has not been started`, 'processId');
  }
  if (districtCode) mustBeDistrictOf(districtCode, process.municipalityCode);
  return process;
};
