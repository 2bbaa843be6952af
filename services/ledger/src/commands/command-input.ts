import { CommandMetadataSchema, commandDefinitions, ErrorCode, SpoorError, type CommandMetadata, type CommandType } from '@spoor/contracts';
import type { z } from 'zod';

const metadataKeys = new Set(Object.keys(CommandMetadataSchema.shape));

/** The field an issue is about; for unknown keys, the first unknown key. */
const fieldOf = (issue: z.core.$ZodIssue): string =>
  [...issue.path.map(String), ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])].join('.');

const toBadInput = (error: z.ZodError): SpoorError => {
  const [first] = error.issues;
  const field = first ? fieldOf(first) : '';
  const problems = error.issues.map((i) => ({ field: fieldOf(i), problem: i.message }));
  const message = problems.map((p) => (p.problem.startsWith(`${p.field}:`) ? p.problem : `${p.field || 'input'}: ${p.problem}`)).join('; ');
  return new SpoorError(ErrorCode.BadUserInput, message, field || undefined, { problems });
};

export interface ParsedCommand {
  readonly type: CommandType;
  readonly metadata: CommandMetadata;
  readonly payload: Record<string, unknown>;
}

/**
 * Splits a flat input (as GraphQL, the CLI and imports send it) into the command's metadata and
 * payload, and checks both against their schemas. A problem becomes BAD_USER_INPUT naming the field.
 */
export const parseCommandInput = (type: CommandType, input: unknown): ParsedCommand => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SpoorError(ErrorCode.BadUserInput, 'input: must be an object', 'input');
  }
  const meta: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null) continue; // GraphQL sends null for omitted optional fields
    (metadataKeys.has(key) ? meta : rest)[key] = value;
  }
  const metadata = CommandMetadataSchema.safeParse(meta);
  if (!metadata.success) throw toBadInput(metadata.error);
  const payload = commandDefinitions[type].schema.safeParse(rest);
  if (!payload.success) throw toBadInput(payload.error);
  return { type, metadata: metadata.data, payload: payload.data as Record<string, unknown> };
};
