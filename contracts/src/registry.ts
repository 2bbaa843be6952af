import type { z } from 'zod';
import type { TypedUnion } from './define.js';
import { processCommands } from './process/commands.js';
import { processEvents } from './process/events.js';
import { recruitmentCommands } from './recruitment/commands.js';
import { recruitmentEvents } from './recruitment/events.js';
import { bundlingCommands } from './bundling/commands.js';
import { bundlingEvents } from './bundling/events.js';
import { summitCommands } from './summit/commands.js';
import { summitEvents } from './summit/events.js';
import { followUpCommands } from './follow-up/commands.js';
import { followUpEvents } from './follow-up/events.js';
import { manifestoCommands } from './manifesto/commands.js';
import { manifestoEvents } from './manifesto/events.js';
import { updatesCommands } from './updates/commands.js';
import { updatesEvents } from './updates/events.js';

/** Every event type the ledger knows, by name. */
export const eventDefinitions = {
  ...processEvents,
  ...recruitmentEvents,
  ...bundlingEvents,
  ...summitEvents,
  ...followUpEvents,
  ...manifestoEvents,
  ...updatesEvents,
} as const;
/** Every command the ledger accepts, by name. */
export const commandDefinitions = {
  ...processCommands,
  ...recruitmentCommands,
  ...bundlingCommands,
  ...summitCommands,
  ...followUpCommands,
  ...manifestoCommands,
  ...updatesCommands,
} as const;

export type EventType = keyof typeof eventDefinitions;
export type CommandType = keyof typeof commandDefinitions;

/** A domain event: its type and data, as the deciders produce them. */
export type DomainEvent = TypedUnion<typeof eventDefinitions>;
/** A validated command payload, with its type. */
export type DomainCommand = TypedUnion<typeof commandDefinitions>;

export type EventData<T extends EventType> = z.infer<(typeof eventDefinitions)[T]['schema']>;
export type CommandData<T extends CommandType> = z.infer<(typeof commandDefinitions)[T]['schema']>;
/** What a client sends for a command, before defaults are applied. */
export type CommandInput<T extends CommandType> = z.input<(typeof commandDefinitions)[T]['schema']>;

export const isEventType = (type: string): type is EventType => Object.hasOwn(eventDefinitions, type);
export const isCommandType = (type: string): type is CommandType => Object.hasOwn(commandDefinitions, type);
