import type { IdeaKind } from '@spoor/contracts';
import { addDays, addMinutes, type LocalTime, localTime, startOfDay } from './amsterdam-time.util.js';
import type { PlannedConversation } from './conversations.generator.js';
import { pad } from './demo-command.model.js';
import type { TopicId } from './idea-bank/idea-seed.model.js';
import { IdeaTextGenerator } from './idea-texts.generator.js';
import type { SeededRandom } from './seeded-random.util.js';

export interface PlannedIdea {
  readonly ideaId: string;
  readonly conversationId: string;
  readonly topic: TopicId;
  readonly kind: IdeaKind;
  /** The text as first recorded: with a typo when the idea is revised later. */
  readonly recordedText: string;
  readonly recordedAt: LocalTime;
  readonly revision?: { readonly text: string; readonly reason: string; readonly at: LocalTime };
  readonly withdrawnAt?: LocalTime;
}

export interface ConversationIntake {
  readonly conversationId: string;
  readonly reportAt: LocalTime;
}

export const IDEAS_PER_CONVERSATION = { min: 10, max: 20 } as const;
/** The demo keeps the total within these bounds, around 15 ideas per living room. */
export const TOTAL_IDEAS = { min: 1450, max: 1550 } as const;

const REVISION_REASONS = ['Typfout hersteld', 'Tikfout in het verslag verbeterd', 'Spelfout hersteld op verzoek van de deelnemer'];

/** 10 to 20 ideas per conversation, nudged so the total stays within TOTAL_IDEAS. */
const ideaCounts = (random: SeededRandom, conversations: number): number[] => {
  const counts = Array.from({ length: conversations }, () => random.int(IDEAS_PER_CONVERSATION.min, IDEAS_PER_CONVERSATION.max));
  let total = counts.reduce((a, b) => a + b, 0);
  while (total < TOTAL_IDEAS.min || total > TOTAL_IDEAS.max) {
    const i = random.int(0, counts.length - 1);
    const step = total < TOTAL_IDEAS.min ? 1 : -1;
    const next = (counts[i] ?? 0) + step;
    if (next < IDEAS_PER_CONVERSATION.min || next > IDEAS_PER_CONVERSATION.max) continue;
    counts[i] = next;
    total += step;
  }
  return counts;
};

/**
 * A plausible typo in a longer word: two neighbouring letters swapped, or one letter dropped.
 * Undefined when the text has no suitable word.
 */
export const withTypo = (text: string, random: SeededRandom): string | undefined => {
  const words = [...text.matchAll(/(?<!\p{L})[a-z]{7,}(?!\p{L})/gu)];
  if (words.length === 0) return undefined;
  const match = random.pick(words);
  const word = match[0];
  const at = random.int(2, word.length - 3);
  const typo =
    random.chance(0.6) && word[at] !== word[at + 1]
      ? word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2)
      : word.slice(0, at) + word.slice(at + 1);
  return text.slice(0, match.index) + typo + text.slice((match.index ?? 0) + word.length);
};

const dayTime = (random: SeededRandom, day: LocalTime, fromHour: number, toHour: number): LocalTime =>
  addMinutes(startOfDay(day), fromHour * 60 + 5 * random.int(0, ((toHour - fromHour) * 60) / 5 - 1));

/**
 * The ideas of every conversation, recorded during the evening, numbered idea-0001 ... in the
 * order they were recorded; the report follows one to four days later. A few ideas were first
 * typed with a typo and revised before the report; a few are withdrawn at the participant's
 * request in the weeks after.
 */
export const planIdeas = (
  random: SeededRandom,
  conversations: readonly PlannedConversation[],
): { ideas: PlannedIdea[]; intakes: ConversationIntake[] } => {
  const texts = new IdeaTextGenerator(random.fork('texts'));
  const counts = ideaCounts(random, conversations.length);
  const intakes = conversations.map((c) => ({ conversationId: c.conversationId, reportAt: dayTime(random, addDays(c.heldAt, random.int(1, 4)), 9, 22) }));
  const drafts = conversations.flatMap((conversation, ci) => {
    let at = addMinutes(conversation.heldAt, 5 * random.int(3, 7));
    return texts.forConversation(conversation.districtCode, counts[ci] ?? 0).map((voiced, k) => {
      if (k > 0) at = addMinutes(at, random.int(3, 9));
      return { ...voiced, conversation, ci, k, at };
    });
  });
  drafts.sort((a, b) => a.at - b.at || a.ci - b.ci || a.k - b.k);

  const order = random.shuffle(drafts.map((_, i) => i));
  const revised = new Map<number, string>();
  const revisions = random.int(7, 10);
  for (const i of order) {
    if (revised.size >= revisions) break;
    const typo = withTypo(drafts[i]?.text ?? '', random);
    if (typo && !drafts.some((d) => d.text === typo)) revised.set(i, typo);
  }
  const early = order.filter((i) => !revised.has(i) && (drafts[i]?.conversation.heldAt ?? Infinity) < localTime('2017-11-15'));
  const withdrawn = new Set(early.slice(0, random.int(4, 7)));

  const ideas = drafts.map((d, i): PlannedIdea => {
    const reportAt = intakes[d.ci]?.reportAt ?? d.at;
    const typo = revised.get(i);
    return {
      ideaId: `idea-${pad(i + 1, 4)}`,
      conversationId: d.conversation.conversationId,
      topic: d.topic,
      kind: d.kind,
      recordedText: typo ?? d.text,
      recordedAt: d.at,
      ...(typo ? { revision: { text: d.text, reason: random.pick(REVISION_REASONS), at: addMinutes(reportAt, -5 * random.int(2, 10)) } } : {}),
      ...(withdrawn.has(i) ? { withdrawnAt: dayTime(random, addDays(reportAt, random.int(2, 14)), 9, 21) } : {}),
    };
  });
  return { ideas, intakes };
};
