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
import { processPublicViews } from './process/public-views.js';
import { recruitmentPublicViews } from './recruitment/public-views.js';
import { bundlingPublicViews } from './bundling/public-views.js';
import { summitPublicViews } from './summit/public-views.js';
import { followUpPublicViews } from './follow-up/public-views.js';
import { manifestoPublicViews } from './manifesto/public-views.js';
import { updatesPublicViews } from './updates/public-views.js';
import { applyPublicView, type CommitFunction, type FieldVisibility, type PublicData } from './public-view.js';

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

/** The declared public view of every event type; `satisfies` makes a missing type a compile error. */
export const publicViews = {
  ...processPublicViews,
  ...recruitmentPublicViews,
  ...bundlingPublicViews,
  ...summitPublicViews,
  ...followUpPublicViews,
  ...manifestoPublicViews,
  ...updatesPublicViews,
} as const satisfies { readonly [K in EventType]: { readonly event: (typeof eventDefinitions)[K] } };

/** An event's data as its public view shows it. */
export type PublicEventData<T extends EventType> = PublicData<EventData<T>, (typeof publicViews)[T]['fields']>;
/** `{ type, data }` of every event type, with public data. */
export type PublicDomainEvent = { [K in EventType]: { type: K; data: PublicEventData<K> } }[EventType];

/** The public view of one event's data: private fields dropped or replaced by a commitment. */
export const publicViewOf = <T extends EventType>(type: T, data: EventData<T>, commit: CommitFunction): PublicEventData<T> =>
  applyPublicView(publicViews[type].fields as Readonly<Record<string, FieldVisibility>>, data as Record<string, unknown>, commit) as PublicEventData<T>;
