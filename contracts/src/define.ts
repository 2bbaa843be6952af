import type { z } from 'zod';

/** An event type: its past-tense name, the version of its data schema, and the schema. */
export interface EventDefinition<TType extends string = string, TSchema extends z.ZodObject = z.ZodObject> {
  readonly type: TType;
  readonly version: number;
  readonly schema: TSchema;
}

/** A command type: its imperative name and the schema of its payload. */
export interface CommandDefinition<TType extends string = string, TSchema extends z.ZodObject = z.ZodObject> {
  readonly type: TType;
  readonly schema: TSchema;
}

export const defineEvent = <TType extends string, TSchema extends z.ZodObject>(
  type: TType,
  version: number,
  schema: TSchema,
): EventDefinition<TType, TSchema> => ({ type, version, schema });

export const defineCommand = <TType extends string, TSchema extends z.ZodObject>(
  type: TType,
  schema: TSchema,
): CommandDefinition<TType, TSchema> => ({ type, schema });

/** `{ type, data }` for every definition in a record, as a discriminated union. */
export type TypedUnion<TDefs extends Record<string, { type: string; schema: z.ZodObject }>> = {
  [K in keyof TDefs]: { type: TDefs[K]['type']; data: z.infer<TDefs[K]['schema']> };
}[keyof TDefs];
