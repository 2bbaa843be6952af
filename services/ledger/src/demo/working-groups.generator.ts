import type { CommandInput } from '@spoor/contracts';
import { addDays, addMinutes, daysBetween, type LocalTime, localDate, localTime, startOfDay, weekday } from './amsterdam-time.util.js';
import { LATER_CALENDAR } from './demo-calendar.data.js';
import { DEMO_PROCESS_ID, pad, secretary, type TimedCommand, timed } from './demo-command.model.js';
import type { DemoThemeMap } from './demo-theme-map.model.js';
import type { PlannedParticipant } from './participants.generator.js';
import type { SeededRandom } from './seeded-random.util.js';
import type { ThemeDefinition } from './themes.data.js';
import { FIRST_MEETING, fillGroup, LAST_MEETING, MIDDLE_MEETINGS } from './working-group-texts.data.js';

type Member = CommandInput<'JoinWorkingGroup'>['member'];
type Role = CommandInput<'JoinWorkingGroup'>['role'];

export interface PlannedGroup {
  readonly workingGroupId: string;
  readonly theme: ThemeDefinition;
  readonly kind: 'werkgroep' | 'rondetafel';
  /** When each meeting began, in order. */
  readonly meetings: readonly LocalTime[];
}

export interface WorkingGroupsPlan {
  readonly commands: TimedCommand[];
  readonly groups: readonly PlannedGroup[];
  /** Everyone who joined a group. */
  readonly members: number;
}

export const MEMBERS = { residents: { min: 8, max: 15 }, wildcards: { min: 0, max: 2 } } as const;
export const MEETINGS = { min: 3, max: 6 } as const;

/** The nearest weekday evening at half past seven, on or before the day. */
const weekdayEvening = (day: LocalTime): LocalTime => {
  let d = startOfDay(day);
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, -1);
  return addMinutes(d, 19 * 60 + 30);
};

/** Three to six meetings from February to mid-May, spread evenly with a few days' play. */
const meetingTimes = (random: SeededRandom): LocalTime[] => {
  const count = random.int(MEETINGS.min, MEETINGS.max);
  const { from, to } = LATER_CALENDAR.firstMeetings;
  const first = weekdayEvening(addDays(localTime(from), random.int(0, daysBetween(localTime(from), localTime(to)))));
  const gap = daysBetween(first, localTime(LATER_CALENDAR.lastMeetingBy)) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === 0 ? first : weekdayEvening(addDays(first, Math.round(gap * i) - random.int(0, 3)))));
};

/** Residents who agreed to be contacted for the follow-up come first; the rest fill up. */
const candidates = (random: SeededRandom, residents: readonly PlannedParticipant[]): PlannedParticipant[] => {
  const willing = residents.filter((p) => p.followUpContact && !p.followUpWithdrawnAt);
  return [...random.shuffle(willing), ...random.shuffle(residents.filter((p) => !willing.includes(p)))];
};

/**
 * A working group per theme the summit chose (one or two of them a round table), formed at the
 * end of January. Each has eight to fifteen residents who were at the summit and up to two
 * wildcards, exactly one secretary, who records the joins and the meetings; three to six meetings
 * until mid-May; and in one or two groups a member leaves halfway.
 */
export const planWorkingGroups = (
  random: SeededRandom,
  input: { readonly chosenThemeIds: readonly string[]; readonly map: DemoThemeMap; readonly residents: readonly PlannedParticipant[]; readonly wildcardIds: readonly string[] },
): WorkingGroupsPlan => {
  const processId = DEMO_PROCESS_ID;
  const roundTables = new Set(random.shuffle(input.chosenThemeIds).slice(0, random.int(1, 2)));
  const people = candidates(random, input.residents);
  const guests = random.shuffle(input.wildcardIds);
  const leaving = new Set(random.shuffle(input.chosenThemeIds).slice(0, random.int(1, 2)));
  const commands: TimedCommand[] = [];
  let members = 0;

  const groups = input.chosenThemeIds.map((themeId, g): PlannedGroup => {
    const theme = input.map.definitionOf(themeId);
    const kind = roundTables.has(themeId) ? 'rondetafel' : 'werkgroep';
    const workingGroupId = `wg-${themeId.replace(/^th-/, '')}`;
    const title = `${kind === 'werkgroep' ? 'Werkgroep' : 'Rondetafel'} ${theme.title}`;
    const formedAt = addMinutes(LATER_CALENDAR.groupsFormedAt, 20 * g);
    commands.push(timed('FormWorkingGroup', `demo-form-working-group-${workingGroupId}`, { workingGroupId, processId, title, kind, themeIds: [themeId] }, formedAt));

    const meetings = meetingTimes(random);
    const [first] = meetings;
    if (first === undefined) throw new Error(`${workingGroupId} has no meetings`);
    const residents = people.splice(0, random.int(MEMBERS.residents.min, MEMBERS.residents.max));
    const wildcards = guests.splice(0, random.weighted([0, 1, 2], [0.3, 0.45, 0.25]));
    const joining: { member: Member; role: Role }[] = [
      ...residents.map((p, i): { member: Member; role: Role } => ({ member: { id: p.participantId, kind: 'participant' }, role: i === 0 ? 'secretary' : i === 1 && random.chance(0.7) ? 'chair' : 'member' })),
      ...wildcards.map((id): { member: Member; role: Role } => ({ member: { id, kind: 'wildcard' }, role: 'member' })),
    ];
    if (joining.length === 0 || residents.length < MEMBERS.residents.min) throw new Error('not enough residents from the summit for the working groups');
    const actor = secretary(workingGroupId);
    const secretaryJoinedAt = addMinutes(startOfDay(addDays(formedAt, 2)), 10 * 60 + 5 * random.int(0, 100));
    const window = Math.max(60, (first - secretaryJoinedAt) / 60_000 - 24 * 60);
    joining.forEach(({ member, role }, i) => {
      const at = i === 0 ? secretaryJoinedAt : addMinutes(secretaryJoinedAt, 30 + random.int(0, Math.floor(window)));
      commands.push(timed('JoinWorkingGroup', `demo-join-working-group-${workingGroupId}-${member.id}`, { workingGroupId, member, role }, at, actor));
    });
    members += joining.length;

    let present = joining.length;
    const groupWord = kind === 'werkgroep' ? 'de werkgroep' : 'de rondetafel';
    const middle = random.shuffle(MIDDLE_MEETINGS);
    meetings.forEach((start, i) => {
      if (i === 2 && leaving.has(themeId)) {
        const leaver = random.pick(joining.filter((j) => j.role === 'member'));
        const at = addMinutes(startOfDay(addDays(meetings[1] ?? start, random.int(2, 6))), 10 * 60 + 5 * random.int(0, 90));
        commands.push(timed('LeaveWorkingGroup', `demo-leave-working-group-${workingGroupId}-${leaver.member.id}`, { workingGroupId, member: leaver.member }, Math.min(at, addMinutes(start, -60))));
        present -= 1;
      }
      const template = i === 0 ? random.pick(FIRST_MEETING) : i === meetings.length - 1 ? random.pick(LAST_MEETING) : (middle[(i - 1) % middle.length] ?? '');
      const summary = fillGroup(template, { group: groupWord, about: theme.about, ideas: input.map.ideasOf(themeId).length });
      const attendeeCount = Math.max(3, Math.round(present * (0.6 + 0.4 * random.float())));
      const meeting = { workingGroupId, meetingId: `bijeenkomst-${pad(i + 1, 2)}`, heldOn: localDate(start), attendeeCount, summary };
      commands.push(timed('RecordWorkingGroupMeeting', `demo-record-working-group-meeting-${workingGroupId}-${i + 1}`, meeting, addMinutes(start, 150 + 5 * random.int(0, 12)), actor));
    });
    return { workingGroupId, theme, kind, meetings };
  });
  return { commands, groups, members };
};
