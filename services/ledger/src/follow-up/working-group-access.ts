import { ErrorCode, SpoorError } from '@spoor/contracts';
import { forbidden } from '../shared/rules.js';
import type { ContextReader, Principal } from '../shared/use-case.js';
import { type WorkingGroup, workingGroupAggregate } from './working-group.js';

export type FormedWorkingGroup = Extract<WorkingGroup, { status: 'formed' }>;

/** Organisers record everything; a secretary records for their own working group. */
export const followUpRecorders = ['organiser', 'secretary'] as const;

export const loadWorkingGroup = async (reader: ContextReader, workingGroupId: string): Promise<WorkingGroup> =>
  (await reader.load(workingGroupAggregate, workingGroupId)).state;

/** A secretary's token is scoped to one working group (Principal.workingGroupId); other roles pass. */
export const mustServeWorkingGroup = (principal: Principal, workingGroupId: string | undefined): void => {
  if (principal.actor.role !== 'secretary') return;
  if (workingGroupId === undefined || principal.workingGroupId !== workingGroupId) {
    throw forbidden('A secretary may record only for their own working group and its proposals');
  }
};

export const mustBeFormed = (group: WorkingGroup, workingGroupId: string, field = 'workingGroupId'): FormedWorkingGroup => {
  if (group.status === 'none') throw new SpoorError(ErrorCode.NotFound, `${field}: working group ${workingGroupId} does not exist`, field);
  return group;
};
