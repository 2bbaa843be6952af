import type { AgeBand, Gender } from '@spoor/contracts';
import { addDays, addMinutes, type LocalTime, localTime, startOfDay } from './amsterdam-time.util.js';
import type { PlannedConversation } from './conversations.generator.js';
import { CALENDAR } from './demo-calendar.data.js';
import { pad } from './demo-command.model.js';
import { DISTRICT_PROFILES, type DistrictCode, type DistrictProfile, NEIGHBOURING_DISTRICTS } from './leiden-districts.data.js';
import { randomMoment } from './random-moment.util.js';
import type { SeededRandom } from './seeded-random.util.js';

export interface PlannedParticipant {
  readonly participantId: string;
  readonly conversationId: string;
  readonly districtCode: DistrictCode;
  readonly ageBand: AgeBand;
  readonly gender: Gender;
  readonly registeredAt: LocalTime;
  /** Also consented to be contacted for the follow-up. */
  readonly followUpContact: boolean;
  /** When that follow-up consent was withdrawn again, if it was. */
  readonly followUpWithdrawnAt?: LocalTime;
}

/** Share of participants living in the conversation's own district. */
export const OWN_DISTRICT_SHARE = 0.87;

const ADULT_BANDS: readonly AgeBand[] = ['18-26', '27-39', '40-54', '55-64', '65-74', '75+'];

/**
 * How much each adult band is over- or under-represented against the city, per kind of district:
 * students over-represented around the centre, the over-75s under-represented everywhere.
 */
const AGE_SKEW: Readonly<Record<DistrictProfile, readonly number[]>> = {
  student: [1.9, 1.2, 0.8, 0.9, 0.9, 0.5],
  mixed: [1.0, 1.0, 1.05, 1.15, 1.2, 0.6],
  family: [0.6, 1.0, 1.2, 1.2, 1.35, 0.7],
};

/** A handful of 16- and 17-year-olds (band 0-17) take part. */
const MINOR_SHARE = 0.007;

const GENDERS: readonly Gender[] = ['vrouw', 'man', 'x'];
const GENDER_WEIGHTS = [0.53, 0.455, 0.015];

const drawAgeBand = (random: SeededRandom, district: DistrictCode, cityAge: Readonly<Record<AgeBand, number>>): AgeBand => {
  if (random.chance(MINOR_SHARE)) return '0-17';
  const skew = AGE_SKEW[DISTRICT_PROFILES[district]];
  return random.weighted(ADULT_BANDS, ADULT_BANDS.map((band, i) => cityAge[band] * (skew[i] ?? 1)));
};

const drawDistrict = (random: SeededRandom, home: DistrictCode): DistrictCode =>
  random.chance(OWN_DISTRICT_SHARE) ? home : random.pick(NEIGHBOURING_DISTRICTS[home]);

/**
 * The 750 participants: 7 or 8 per conversation, living mostly in its district, registered over
 * the summer, numbered p-0001 ... in the order they registered. About two in three also agree to
 * be contacted for the follow-up; a few withdraw that again after their conversation.
 */
export const planParticipants = (
  random: SeededRandom,
  conversations: readonly PlannedConversation[],
  cityAge: Readonly<Record<AgeBand, number>>,
): PlannedParticipant[] => {
  const { from, to } = CALENDAR.participantRegistration;
  const drafts = conversations.flatMap((conversation) =>
    Array.from({ length: conversation.size }, () => ({
      conversation,
      districtCode: drawDistrict(random, conversation.districtCode),
      ageBand: drawAgeBand(random, conversation.districtCode, cityAge),
      gender: random.weighted(GENDERS, GENDER_WEIGHTS),
      registeredAt: randomMoment(random, from, to, { hours: [8, 22] }),
      followUpContact: random.chance(0.68),
    })),
  );
  drafts.sort((a, b) => a.registeredAt - b.registeredAt || a.conversation.conversationId.localeCompare(b.conversation.conversationId));
  const withdrawCandidates = drafts.flatMap((d, i) => (d.followUpContact && d.conversation.heldAt < localTime('2017-11-01') ? [i] : []));
  const withdrawing = new Set(random.shuffle(withdrawCandidates).slice(0, random.int(4, 8)));
  return drafts.map(({ conversation, ...draft }, i) => ({
    participantId: `p-${pad(i + 1, 4)}`,
    conversationId: conversation.conversationId,
    ...draft,
    ...(withdrawing.has(i)
      ? { followUpWithdrawnAt: addMinutes(startOfDay(addDays(conversation.heldAt, random.int(2, 20))), 9 * 60 + 5 * random.int(0, 140)) }
      : {}),
  }));
};
