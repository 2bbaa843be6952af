import type { z } from 'zod';
import type { EventDefinition } from './define.js';

/**
 * What happens to one field of an event when it leaves the ledger (public log, open data, portal,
 * public API, and the projections that feed them):
 * - `public`: published as it is;
 * - `commitment`: replaced by `sha256:<hex>` of its canonical JSON, so the log commits to it
 *   without showing it (used only for values that are already unguessable, such as ciphertext);
 * - `drop`: left out entirely;
 * - a transform: published in a reduced form (e.g. a table's composition without its members).
 */
export type FieldVisibility = 'public' | 'commitment' | 'drop' | PublicTransform<never, unknown>;

/** A field published in a reduced form; `describe` says in words what is kept, for the data card. */
export interface PublicTransform<In, Out> {
  readonly kind: 'transform';
  readonly describe: string;
  readonly apply: (value: In) => Out;
}

export const publishAs = <In, Out>(describe: string, apply: (value: In) => Out): PublicTransform<In, Out> => ({ kind: 'transform', describe, apply });

/** Every field of the event's data, with its visibility: a missing field does not compile. */
export type PublicViewSpec<TData> = { readonly [K in keyof Required<TData>]: FieldVisibility };

/** An event type's declared public view. */
export interface PublicViewDefinition<TDef extends EventDefinition = EventDefinition> {
  readonly event: TDef;
  readonly fields: PublicViewSpec<z.infer<TDef['schema']>>;
}

export const definePublicView = <TDef extends EventDefinition>(
  event: TDef,
  fields: PublicViewSpec<z.infer<TDef['schema']>>,
): PublicViewDefinition<TDef> => ({ event, fields });

/** The data of an event as its public view shows it, at the type level. */
export type PublicData<TData, TSpec> = {
  [K in keyof TData as K extends keyof TSpec ? (TSpec[K] extends 'drop' ? never : K) : never]: K extends keyof TSpec
    ? TSpec[K] extends 'commitment'
      ? string
      : TSpec[K] extends PublicTransform<never, infer Out>
        ? Out
        : TData[K]
    : never;
};

/** Computes a commitment: the ledger passes SHA-256 over canonical JSON (contracts stay free of crypto). */
export type CommitFunction = (value: unknown) => string;

/** Applies a public view to event data. Fields the spec does not name are dropped: unknown means private. */
export const applyPublicView = (
  fields: Readonly<Record<string, FieldVisibility>>,
  data: Readonly<Record<string, unknown>>,
  commit: CommitFunction,
): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, visibility] of Object.entries(fields)) {
    if (!Object.hasOwn(data, key) || data[key] === undefined) continue;
    const value = data[key];
    if (visibility === 'public') out[key] = value;
    else if (visibility === 'commitment') out[key] = commit(value);
    else if (visibility !== 'drop') out[key] = (visibility.apply as (v: unknown) => unknown)(value);
  }
  return out;
};
