import type { IdeaKind } from '@spoor/contracts';
import { IDEA_BANK, TOPICS, topicWeight } from './idea-bank/idea-bank.data.js';
import type { IdeaSeed, TopicId } from './idea-bank/idea-seed.model.js';
import { CLOSERS, OPENERS, type VoiceLine } from './idea-bank/idea-voice.data.js';
import type { DistrictCode } from './leiden-districts.data.js';
import { PLACES, type PlaceKind } from './leiden-places.data.js';
import type { SeededRandom } from './seeded-random.util.js';

export interface VoicedIdea {
  readonly text: string;
  readonly kind: IdeaKind;
  readonly topic: TopicId;
}

/** At most this many ideas of one theme in one living room. */
const MAX_PER_TOPIC = 3;
/** No hand-written idea is voiced in more living rooms than this. */
const MAX_USES_PER_SEED = 7;
/** Below this many fresh ideas a theme is mentioned less, so the bank's thin themes are not worn out. */
const THEME_DEPTH = 8;
/** How often an idea gets a sentence of context before or after it. */
const DECORATION_RATE = 0.06;

const PARTS = /\{(wijk|straat|groen|plein|water)\}|\[([^\]]+)\]/;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Every way an idea can be told in a district: each `[a|b]` wording choice and each `{kind}` place
 * of the district, combined. Empty when the district has no place of a kind the idea needs.
 */
export const tellings = (template: string, district: DistrictCode): string[] => {
  const match = PARTS.exec(template);
  if (!match) return [capitalise(template.replace(/ {2,}/g, ' ').replace(/ ([,.;?])/g, '$1'))];
  const options = match[1] ? PLACES[district][match[1] as PlaceKind] : (match[2] ?? '').split('|');
  const before = template.slice(0, match.index);
  const after = template.slice(match.index + match[0].length);
  return options.flatMap((option) => tellings(`${before}${option}${after}`, district));
};

const fitsDistrict = (seed: IdeaSeed, district: DistrictCode): boolean => !seed.districts || seed.districts.includes(district);

interface Choice {
  readonly seed: IdeaSeed;
  readonly topic: TopicId;
  readonly text: string;
}

const voiceFor = (lines: readonly VoiceLine[], kind: IdeaKind): VoiceLine[] => lines.filter((l) => !l.kind || l.kind === kind);

/**
 * Turns the hand-written idea bank into the ideas of each living room: themes weighted by what the
 * district talks about, the least-used fitting ideas first, places from the district, and every
 * text in the whole demo distinct. When the same idea comes up in another living room it is told
 * with other places or other wording; now and then with a sentence of context around it.
 */
export class IdeaTextGenerator {
  private readonly texts = new Set<string>();
  private readonly uses = new Map<IdeaSeed, number>();
  private readonly tellingCache = new Map<string, Map<IdeaSeed, string[]>>();

  constructor(private readonly random: SeededRandom) {}

  forConversation(district: DistrictCode, count: number): VoicedIdea[] {
    const perTopic = new Map<TopicId, number>();
    const usedHere = new Set<IdeaSeed>();
    const ideas: VoicedIdea[] = [];
    while (ideas.length < count) {
      const { seed, topic, text } = this.freshIdea(district, perTopic, usedHere) ?? this.retoldIdea(district, usedHere);
      this.texts.add(text);
      this.uses.set(seed, (this.uses.get(seed) ?? 0) + 1);
      usedHere.add(seed);
      perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
      ideas.push({ text, kind: seed.kind, topic });
    }
    return ideas;
  }

  /** An idea told in words nobody used before, from a theme that suits the district. */
  private freshIdea(district: DistrictCode, perTopic: ReadonlyMap<TopicId, number>, usedHere: ReadonlySet<IdeaSeed>): Choice | undefined {
    const fresh = (topic: TopicId) => IDEA_BANK[topic].filter((s) => !usedHere.has(s) && this.freshTellings(s, district).length > 0);
    const topics = TOPICS.filter((t) => (perTopic.get(t) ?? 0) < MAX_PER_TOPIC && fresh(t).length > 0);
    if (topics.length === 0) return undefined;
    const weights = topics.map((t) => (topicWeight(district, t) * Math.min(1, fresh(t).length / THEME_DEPTH)) / (1 + (perTopic.get(t) ?? 0)));
    const topic = this.random.weighted(topics, weights);
    const seeds = fresh(topic);
    const seed = this.random.weighted(seeds, seeds.map((s) => (s.districts ? 2 : 1) / (1 + (this.uses.get(s) ?? 0)) ** 2));
    const plain = this.random.pick(this.freshTellings(seed, district));
    return { seed, topic, text: this.random.chance(DECORATION_RATE) ? (this.decorate(plain, seed.kind) ?? plain) : plain };
  }

  /** When the bank has nothing new left for the district: an idea said before, now with some context. */
  private retoldIdea(district: DistrictCode, usedHere: ReadonlySet<IdeaSeed>): Choice {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const topic = this.random.pick(TOPICS);
      const seeds = IDEA_BANK[topic].filter((s) => !usedHere.has(s) && fitsDistrict(s, district) && tellings(s.text, district).length > 0);
      if (seeds.length === 0) continue;
      const seed = this.random.pick(seeds);
      const text = this.decorate(this.random.pick(tellings(seed.text, district)), seed.kind);
      if (text) return { seed, topic, text };
    }
    throw new Error(`the idea bank has run out of distinct ideas for ${district}`);
  }

  /** The tellings of a seed in a district that nobody has used yet. */
  private freshTellings(seed: IdeaSeed, district: DistrictCode): string[] {
    if (!fitsDistrict(seed, district) || (this.uses.get(seed) ?? 0) >= MAX_USES_PER_SEED) return [];
    let byDistrict = this.tellingCache.get(district);
    if (!byDistrict) this.tellingCache.set(district, (byDistrict = new Map()));
    let all = byDistrict.get(seed);
    if (!all) byDistrict.set(seed, (all = tellings(seed.text, district)));
    return all.filter((t) => !this.texts.has(t));
  }

  private decorate(text: string, kind: IdeaKind): string | undefined {
    const opener = this.random.chance(0.5);
    const line = this.random.pick(voiceFor(opener ? OPENERS : CLOSERS, kind));
    const decorated = opener ? `${line.text} ${text}` : `${text} ${line.text}`;
    return this.texts.has(decorated) ? undefined : decorated;
  }
}
