import type { IdeaKind, Phase } from '@spoor/contracts';

/** A process as the public sees it. */
export interface ProcessView {
  processId: string;
  title: string;
  city: string;
  municipalityCode: string;
  description: string;
  demo: boolean;
  districts: { code: string; name: string }[];
  currentPhase: Phase | null;
  phases: { phase: Phase; startsOn: string | null; endsOn: string | null; startedOn: string | null }[];
}

/** A living-room conversation as the public sees it: no host, no participants, only their number. */
export interface ConversationView {
  conversationId: string;
  processId: string;
  districtCode: string;
  plannedOn: string;
  heldOn: string | null;
  status: 'planned' | 'held' | 'reported';
  groupSize: number | null;
  reportSubmittedOn: string | null;
  ideaIds: string[];
  demo: boolean;
}

/** One earlier text of an idea, kept in the history. */
export interface IdeaRevisionView {
  /** The earlier text; null once the idea is withdrawn. */
  text: string | null;
  reason: string;
  revisedAt: string;
}

/** An idea as the public sees it; a withdrawn idea keeps its place but loses its text. */
export interface IdeaView {
  ideaId: string;
  conversationId: string;
  processId: string;
  districtCode: string;
  kind: IdeaKind;
  text: string | null;
  status: 'recorded' | 'withdrawn';
  withdrawalReason: string | null;
  receiptCode: string;
  recordedAt: string;
  revisions: IdeaRevisionView[];
  demo: boolean;
}

export interface ConversationsReadModel {
  processes: Record<string, ProcessView>;
  conversations: Record<string, ConversationView>;
  ideas: Record<string, IdeaView>;
  ideaIdByReceiptCode: Record<string, string>;
}
