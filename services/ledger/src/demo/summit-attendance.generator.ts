import type { CommandInput } from '@spoor/contracts';
import { tableCountFor } from '../summit/allocation/seating-plan.util.js';
import { addMinutes, localTime } from './amsterdam-time.util.js';
import { LATER_CALENDAR } from './demo-calendar.data.js';
import { DEMO_PROCESS_ID, type TimedCommand, timed } from './demo-command.model.js';
import type { PlannedParticipant } from './participants.generator.js';
import type { PlannedWildcard } from './recruitment.generator.js';
import type { SeededRandom } from './seeded-random.util.js';

type Entry = CommandInput<'RecordSummitAttendance'>['entries'][number];
type Kind = Entry['kind'];

/** Table size at the summit, and the number of tables the demo aims for. */
export const TABLE_SIZE = 8;
export const TABLES = { min: 90, max: 100 } as const;

const INVITATION_BATCH = 250;
/** At most this many residents who never replied walk in after the tables are allocated. */
const LATE_ARRIVALS = 4;
/** At most this many who confirmed turn out, once seated, not to have come. */
const LATE_NO_SHOWS = 3;
const REPLY_DAY_WEIGHTS = [0.35, 0.3, 0.2, 0.15];

interface Invitee {
  readonly id: string;
  readonly kind: Kind;
  readonly reply: 'confirmed' | 'declined' | 'silent';
  readonly replyDay: string;
  attends: boolean;
}

export interface SummitAttendance {
  readonly commands: TimedCommand[];
  /** Residents who came, by id. */
  readonly residents: PlannedParticipant[];
  /** Wildcards who came, by id. */
  readonly wildcardIds: string[];
  /** Tables after the late changes: the allocation's, or more if the room no longer fits (it does not here). */
  readonly tables: number;
  /** Tables when they are allocated at 10:30, before the late changes. */
  readonly tablesAtAllocation: number;
  /** Residents who walked in after the allocation, and confirmed residents found absent after it. */
  readonly late: { readonly arrivals: number; readonly noShows: number };
}

const invitee = (random: SeededRandom, id: string, kind: Kind): Invitee => {
  const reply = random.weighted(['confirmed', 'declined', 'silent'] as const, kind === 'participant' ? [0.93, 0.03, 0.04] : [0.9, 0.06, 0.04]);
  const replyDay = random.weighted(LATER_CALENDAR.summit.replyDays, REPLY_DAY_WEIGHTS);
  const attends = reply === 'confirmed' ? random.chance(kind === 'participant' ? 0.955 : 0.95) : reply === 'silent' && random.chance(0.25);
  return { id, kind, reply, replyDay, attends };
};

/**
 * Keeps the day within what the demo promises: 90 to 100 tables of about eight, and never more
 * wildcards than tables (one per table at most). Only needed for unusual seeds.
 */
const fitTables = (random: SeededRandom, everyone: readonly Invitee[]): void => {
  const coming = () => everyone.filter((i) => i.attends);
  const tables = () => tableCountFor(coming().length, TABLE_SIZE);
  const flip = (candidates: Invitee[], attends: boolean) => {
    const one = candidates.length > 0 ? random.pick(candidates) : undefined;
    if (!one) throw new Error('the summit cannot be fitted to 90-100 tables');
    one.attends = attends;
  };
  while (tables() < TABLES.min) flip(everyone.filter((i) => !i.attends && i.kind === 'participant' && i.reply !== 'declined'), true);
  while (tables() > TABLES.max) flip(coming().filter((i) => i.kind === 'participant'), false);
  while (coming().filter((i) => i.kind === 'wildcard').length > tables()) flip(coming().filter((i) => i.kind === 'wildcard'), false);
};

/**
 * Attendance, recorded in batches: invitations for every participant and wildcard in December,
 * replies (confirmed, or declined as absent) on four days until the week before, and on the day
 * the check-in lists (attended) and the no-shows (absent). About nine in ten residents come.
 */
export const planAttendance = (random: SeededRandom, participants: readonly PlannedParticipant[], wildcards: readonly PlannedWildcard[]): SummitAttendance => {
  const processId = DEMO_PROCESS_ID;
  const residents = participants.map((p) => invitee(random, p.participantId, 'participant'));
  const guests = wildcards.map((w) => invitee(random, w.wildcardId, 'wildcard'));
  const everyone = [...residents, ...guests];
  fitTables(random, everyone);

  const commands: TimedCommand[] = [];
  const record = (commandId: string, entries: Entry[], at: number): void => {
    if (entries.length > 0) commands.push(timed('RecordSummitAttendance', commandId, { processId, entries }, at));
  };
  const entry = (i: Invitee, status: Entry['status']): Entry => ({ attendeeId: i.id, kind: i.kind, status });

  const { invitationsAt, replyDays, date } = LATER_CALENDAR.summit;
  for (let b = 0; b * INVITATION_BATCH < residents.length; b += 1) {
    const batch = residents.slice(b * INVITATION_BATCH, (b + 1) * INVITATION_BATCH);
    record(`demo-record-summit-attendance-invited-${b + 1}`, batch.map((i) => entry(i, 'invited')), addMinutes(invitationsAt, 15 * b));
  }
  record('demo-record-summit-attendance-invited-wildcards', guests.map((i) => entry(i, 'invited')), addMinutes(invitationsAt, 90));

  for (const day of replyDays) {
    const replies = everyone.filter((i) => i.replyDay === day && i.reply !== 'silent');
    record(`demo-record-summit-attendance-replies-${day}`, replies.map((i) => entry(i, i.reply === 'confirmed' ? 'confirmed' : 'absent')), localTime(day, '11:30'));
  }

  const everyoneWhoCame = random.shuffle(everyone.filter((i) => i.attends));
  const noShows = everyone.filter((i) => !i.attends && i.reply !== 'declined');
  const late = lateChanges(random, everyoneWhoCame, noShows);
  const arrivals = everyoneWhoCame.filter((i) => !late.arrivals.includes(i));
  const early = Math.round(arrivals.length * (0.5 + 0.15 * random.float()));
  record('demo-record-summit-attendance-check-in-1', arrivals.slice(0, early).map((i) => entry(i, 'attended')), localTime(date, '09:45'));
  record('demo-record-summit-attendance-check-in-2', arrivals.slice(early).map((i) => entry(i, 'attended')), localTime(date, '10:10'));
  record('demo-record-summit-attendance-no-shows', noShows.filter((i) => !late.noShows.includes(i)).map((i) => entry(i, 'absent')), localTime(date, '10:20'));
  // After the tables are allocated at 10:30: walk-ins at the desk, and empty chairs reported by the tables.
  record('demo-record-summit-attendance-check-in-late', late.arrivals.map((i) => entry(i, 'attended')), localTime(date, '10:45'));
  record('demo-record-summit-attendance-no-shows-late', late.noShows.map((i) => entry(i, 'absent')), localTime(date, '10:50'));

  const came = new Set(everyoneWhoCame.map((i) => i.id));
  const tablesAtAllocation = tableCountFor(arrivals.length + late.noShows.length, TABLE_SIZE);
  return {
    commands,
    residents: participants.filter((p) => came.has(p.participantId)),
    wildcardIds: wildcards.filter((w) => came.has(w.wildcardId)).map((w) => w.wildcardId),
    tables: Math.max(tablesAtAllocation, tableCountFor(everyoneWhoCame.length, TABLE_SIZE)),
    tablesAtAllocation,
    late: { arrivals: late.arrivals.length, noShows: late.noShows.length },
  };
};

/**
 * The morning's late changes: a few residents who never replied walk in after the allocation,
 * and a few who confirmed turn out not to have come. Kept only while the tables at allocation
 * stay within the demo's 90 to 100 and seat every wildcard.
 */
const lateChanges = (random: SeededRandom, came: readonly Invitee[], noShows: readonly Invitee[]): { arrivals: Invitee[]; noShows: Invitee[] } => {
  const arrivals = random.shuffle(came.filter((i) => i.kind === 'participant' && i.reply === 'silent')).slice(0, LATE_ARRIVALS);
  const absent = random.shuffle(noShows.filter((i) => i.kind === 'participant' && i.reply === 'confirmed')).slice(0, LATE_NO_SHOWS);
  const tables = tableCountFor(came.length - arrivals.length + absent.length, TABLE_SIZE);
  const wildcards = came.filter((i) => i.kind === 'wildcard').length;
  return tables >= TABLES.min && tables <= TABLES.max && wildcards <= tables ? { arrivals, noShows: absent } : { arrivals: [], noShows: [] };
};
