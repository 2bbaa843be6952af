import type { AllocationResult, Attendee, Placement } from '../allocation.model.js';
import { compositionOf, measureQuality } from '../room-mix.util.js';

/**
 * The hard constraints of docs/allocation.md, checked from the outside: returns every violation
 * in words (an empty list when the allocation holds), so a failing property shows what broke.
 */
export const hardConstraintViolations = (
  result: AllocationResult,
  attendees: readonly Attendee[],
  placements: readonly Placement[] = [],
  tableCount?: number,
): string[] => {
  const problems: string[] = [];
  const byId = new Map(attendees.map((a) => [a.id, a]));
  const seated = result.tables.flatMap((t) => t.memberIds);
  if (seated.length !== attendees.length || new Set(seated).size !== seated.length) problems.push(`seated ${seated.length} (${new Set(seated).size} distinct) of ${attendees.length}`);
  for (const a of attendees) if (!seated.includes(a.id)) problems.push(`${a.id} has no seat`);
  if (tableCount !== undefined && result.tables.length !== tableCount) problems.push(`${result.tables.length} tables, expected ${tableCount}`);
  result.tables.forEach((t, i) => {
    if (t.table !== i + 1) problems.push(`table ${i + 1} is numbered ${t.table}`);
    if (t.memberIds.length > result.tableSize) problems.push(`table ${t.table} seats ${t.memberIds.length} > ${result.tableSize}`);
    const members = t.memberIds.map((id) => byId.get(id) as Attendee);
    if (members.filter((m) => m?.kind === 'wildcard').length > 1) problems.push(`table ${t.table} has more than one wildcard`);
    if (JSON.stringify(t.composition) !== JSON.stringify(compositionOf(members))) problems.push(`table ${t.table} composition does not match its members`);
  });
  const sizes = result.tables.map((t) => t.memberIds.length);
  if (Math.max(...sizes) - Math.min(...sizes) > 1) problems.push(`sizes range from ${Math.min(...sizes)} to ${Math.max(...sizes)}`);
  for (const p of placements) {
    if (!result.tables[p.table - 1]?.memberIds.includes(p.attendeeId)) problems.push(`${p.attendeeId} is not at table ${p.table}`);
  }
  const q = measureQuality(result.tables, attendees, result.quality.sameRoomPairWeight);
  if (JSON.stringify(q) !== JSON.stringify(result.quality)) problems.push(`reported quality ${JSON.stringify(result.quality)} is not the measured ${JSON.stringify(q)}`);
  return problems;
};
