import { createHash } from 'node:crypto';

const sha256 = (...parts: readonly string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex');

/** An idea text as compared between imports: the same words, whatever the line endings or spacing. */
export const normaliseIdeaText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The idempotency key of one step for one reference, e.g. `import-plan-hk-101`. It depends on the
 * content, not on the line, so a re-import (even re-sorted) lands on the same commandIds.
 */
export const importCommandId = (step: 'plan' | 'held' | 'report' | 'participant' | 'consent', ref: string): string => {
  const id = `import-${step}-${ref}`;
  return id.length <= 64 ? id : `import-${step}-${sha256(ref).slice(0, 40)}`;
};

/**
 * An imported idea's commandId and ideaId, from what the idea is: process, conversation, text,
 * kind, and which occurrence of that same text in that conversation it is (two participants may
 * voice the same wish).
 */
export const importedIdeaIds = (processId: string, conversationId: string, text: string, kind: string, occurrence: number): { commandId: string; ideaId: string } => {
  const hash = sha256('spoor-import-idea', processId, conversationId, normaliseIdeaText(text), kind, String(occurrence));
  return { commandId: `import-idea-${hash.slice(0, 40)}`, ideaId: `imp-${hash.slice(0, 20)}` };
};

/** Groups the events of one import file (by its content), so the audit trail shows which file they came from. */
export const importCorrelationId = (kind: 'participants' | 'conversations', file: Uint8Array | string): string =>
  `import-${kind}-${createHash('sha256').update(file).digest('hex').slice(0, 24)}`;
