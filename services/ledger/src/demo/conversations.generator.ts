import { addDays, addMinutes, daysBetween, type LocalTime, localDate, localTime, startOfDay, weekday } from './amsterdam-time.util.js';
import { CALENDAR } from './demo-calendar.data.js';
import { pad } from './demo-command.model.js';
import type { DistrictCode } from './leiden-districts.data.js';
import type { PlannedAmbassador } from './recruitment.generator.js';
import type { SeededRandom } from './seeded-random.util.js';

export interface PlannedConversation {
  readonly conversationId: string;
  readonly ambassadorId: string;
  readonly districtCode: DistrictCode;
  readonly plannedAt: LocalTime;
  readonly heldAt: LocalTime;
  /** 7 or 8 participants. */
  readonly size: 7 | 8;
}

/** Monday to Friday; Fridays a little less popular for a living-room evening. */
const WEEKDAY_WEIGHTS = [0, 1, 1.1, 1.1, 1, 0.45, 0];
const START_TIMES = ['19:00', '19:30', '19:30', '19:45', '20:00', '20:00'];

const eveningIn = (random: SeededRandom, from: string, to: string): LocalTime => {
  const first = localTime(from);
  const days = Array.from({ length: daysBetween(first, localTime(to)) + 1 }, (_, i) => addDays(first, i));
  const day = random.weighted(days, days.map((d) => WEEKDAY_WEIGHTS[weekday(d)] ?? 0));
  const [hh, mm] = random.pick(START_TIMES).split(':').map(Number);
  return addMinutes(day, (hh ?? 19) * 60 + (mm ?? 0));
};

/** When the ambassador put the date in: from the start of the conversation phase, one to three weeks ahead. */
const plannedMoment = (random: SeededRandom, heldAt: LocalTime): LocalTime => {
  const earliest = addMinutes(CALENDAR.gesprekken.at, 30 + 5 * random.int(0, 60));
  const ahead = addMinutes(startOfDay(addDays(heldAt, -random.int(7, 21))), 9 * 60 + 5 * random.int(0, 144));
  const at = Math.max(earliest, ahead);
  return at < heldAt ? at : addMinutes(heldAt, -180);
};

/**
 * One conversation per ambassador, in the ambassador's district, on a weekday evening between
 * mid-September and the end of November; half of them with 7 participants, half with 8. Numbered
 * hk-001, hk-002, ... in the order they were held.
 */
export const planConversations = (random: SeededRandom, ambassadors: readonly PlannedAmbassador[]): PlannedConversation[] => {
  const { from, to } = CALENDAR.conversations;
  const sizes = random.shuffle(ambassadors.map((_, i): 7 | 8 => (i % 2 === 0 ? 7 : 8)));
  return ambassadors
    .map((ambassador, i) => {
      const trainedOn = ambassador.training?.on;
      const heldAt = eveningIn(random, trainedOn && trainedOn > from ? localDate(addDays(localTime(trainedOn), 1)) : from, to);
      return { ambassadorId: ambassador.ambassadorId, districtCode: ambassador.districtCode, heldAt, size: sizes[i] ?? 7 };
    })
    .sort((a, b) => a.heldAt - b.heldAt || a.ambassadorId.localeCompare(b.ambassadorId))
    .map((c, i) => ({ conversationId: `hk-${pad(i + 1, 3)}`, ...c, plannedAt: plannedMoment(random, c.heldAt) }));
};
