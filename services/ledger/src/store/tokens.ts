/** Injection token of the EventStore port. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** Injection token of the clock; tests pin it, the ledger uses the system clock. */
export const CLOCK = Symbol('CLOCK');
/** Injection token of the personal-data Vault (privacy/vault). */
export const VAULT = Symbol('VAULT');
/** Injection token of the LedgerConfig. */
export const CONFIG = Symbol('CONFIG');

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
