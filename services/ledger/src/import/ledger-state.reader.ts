import type { DomainEvent, EventData } from '@spoor/contracts';
import type { EventStore, RecordedEvent } from '@spoor/event-store';
import { type Conversation, conversationAggregate } from '../conversations/conversation.js';
import { type Process, processAggregate } from '../process/process.js';
import { type Ambassador, ambassadorAggregate } from '../recruitment/ambassador.js';
import { type Participant, participantAggregate } from '../recruitment/participant.js';
import { type Aggregate, foldEvents } from '../shared/decider.js';

const toDomainEvent = (e: RecordedEvent): DomainEvent => ({ type: e.type, data: e.data }) as DomainEvent;

/**
 * What the import checks its rows against: the current state of the streams it refers to, read
 * the way the command executor reads them, each stream once.
 */
export class LedgerStateReader {
  private readonly streams = new Map<string, Promise<RecordedEvent[]>>();

  constructor(private readonly store: EventStore) {}

  private read(streamId: string): Promise<RecordedEvent[]> {
    let events = this.streams.get(streamId);
    if (!events) {
      events = this.store.readStream(streamId);
      this.streams.set(streamId, events);
    }
    return events;
  }

  private async load<S, E extends DomainEvent>(aggregate: Aggregate<S, E>, id: string): Promise<S> {
    return foldEvents(aggregate, (await this.read(`${aggregate.streamPrefix}-${id}`)).map(toDomainEvent));
  }

  process(id: string): Promise<Process> {
    return this.load(processAggregate, id);
  }

  ambassador(id: string): Promise<Ambassador> {
    return this.load(ambassadorAggregate, id);
  }

  participant(id: string): Promise<Participant> {
    return this.load(participantAggregate, id);
  }

  /** The participant's registration, to compare a re-imported row with. */
  async participantRegistration(id: string): Promise<EventData<'ParticipantRegistered'> | undefined> {
    const event = (await this.read(`participant-${id}`)).find((e) => e.type === 'ParticipantRegistered');
    return event?.data as EventData<'ParticipantRegistered'> | undefined;
  }

  conversation(id: string): Promise<Conversation> {
    return this.load(conversationAggregate, id);
  }

  async ideaExists(ideaId: string): Promise<boolean> {
    return (await this.read(`idea-${ideaId}`)).length > 0;
  }
}
