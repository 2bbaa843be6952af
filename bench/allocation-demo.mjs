#!/usr/bin/env node
/**
 * The table allocation on the Leiden demo's own summit (issue #8, "done means"): the people who
 * came, with their districts, ages, genders and living rooms as the demo registers them, seated
 * by balanced-swap, greedy and random with the demo's seed, checked against every hard
 * constraint; then the demo's late changes (walk-ins and empty chairs) applied by `reallocate`.
 *
 * Imports the built ledger: run `npx tsc -b services/ledger` first. Alone:
 *   node bench/allocation-demo.mjs            prints the markdown section
 *   node bench/allocation-demo.mjs --json     prints the raw results
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = 'services/ledger/dist';
const SEATED = new Set(['confirmed', 'attended']);

const load = async (root, file) => {
  const path = join(root, DIST, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npx tsc -b services/ledger\` first`);
  return import(pathToFileURL(path).href);
};
const summary = (r) => ({
  score: r.quality.score,
  districts: r.quality.mixDeviation.districts,
  ageBands: r.quality.mixDeviation.ageBands,
  genders: r.quality.mixDeviation.genders,
  sameRoomPairs: r.quality.sameRoomPairs,
});

/** Who is seated when a command runs: the latest attendance recorded before it, confirmed or attended. */
const seatedBefore = (commands, position) => {
  const status = new Map();
  commands.slice(0, position).forEach((c) => {
    if (c.type === 'RecordSummitAttendance') for (const e of c.input.entries) status.set(e.attendeeId, { kind: e.kind, status: e.status });
  });
  return [...status].filter(([, a]) => SEATED.has(a.status)).map(([id, a]) => ({ id, kind: a.kind }));
};

export async function runDemoAllocationBench({ root = resolve(dirname(fileURLToPath(import.meta.url)), '..'), log = () => undefined } = {}) {
  const { generateLeidenDemo } = await load(root, 'demo/leiden-demo.js');
  const { allocateTables, greedyAllocation, randomAllocation } = await load(root, 'summit/allocation/balanced.allocator.js');
  const { reallocate } = await load(root, 'summit/allocation/reallocate.allocator.js');
  const { measureQuality } = await load(root, 'summit/allocation/room-mix.util.js');
  const { hardConstraintViolations } = await load(root, 'summit/allocation/testing/allocation.checks.js');

  const commands = generateLeidenDemo();
  const bands = new Map(commands.filter((c) => c.type === 'RegisterParticipant').map((c) => [c.input.participantId, c.input]));
  const roomOf = new Map();
  for (const c of commands) if (c.type === 'RecordConversationHeld') for (const id of c.input.participantIds) if (!roomOf.has(id)) roomOf.set(id, c.input.conversationId);
  const person = ({ id, kind }, withRooms = true) => {
    if (kind === 'wildcard') return { id, kind };
    const b = bands.get(id);
    return { id, kind, districtCode: b.districtCode, ageBand: b.ageBand, gender: b.gender, ...(withRooms && roomOf.has(id) ? { conversationId: roomOf.get(id) } : {}) };
  };
  const at = commands.findIndex((c) => c.type === 'AllocateTables');
  const { seed, tableSize } = commands[at].input;
  const seated = seatedBefore(commands, at);
  const attendees = seated.map((a) => person(a));
  const input = { attendees, seed, tableSize };
  log(`demo summit: ${attendees.length} seated at allocation (${attendees.filter((a) => a.kind === 'wildcard').length} wildcards), seed ${seed}`);

  const t0 = performance.now();
  const balanced = allocateTables(input);
  const ms = performance.now() - t0;
  const greedy = greedyAllocation(input);
  const random = randomAllocation(input);
  // What the ledger records while it does not know the living rooms: the same search without them, measured with them.
  const blind = allocateTables({ ...input, attendees: seated.map((a) => person(a, false)) });
  const blindQuality = measureQuality(blind.tables, attendees, balanced.quality.sameRoomPairWeight);
  const violations = [balanced, greedy, random].flatMap((r) => hardConstraintViolations(r, attendees).map((v) => `${r.algorithm}: ${v}`));

  const re = commands.findIndex((c) => c.type === 'ReallocateTables');
  let late = null;
  if (re >= 0) {
    const now = new Set(seatedBefore(commands, re).map((a) => a.id));
    const before = new Set(seated.map((a) => a.id));
    const noShows = [...before].filter((id) => !now.has(id)).sort();
    const lateArrivals = seatedBefore(commands, re).filter((a) => !before.has(a.id)).map((a) => person(a));
    const changed = reallocate({ tables: balanced.tables, attendees, seed, tableSize }, { noShows, lateArrivals });
    const after = [...attendees.filter((a) => !noShows.includes(a.id)), ...lateArrivals];
    violations.push(...hardConstraintViolations(changed, after).map((v) => `late-changes: ${v}`));
    late = { noShows: noShows.length, lateArrivals: lateArrivals.length, moves: changed.moves.length, quality: summary(changed) };
    log(`demo late changes: ${noShows.length} no-shows, ${lateArrivals.length} late arrivals -> ${changed.moves.length} moves`);
  }
  log(`demo summit: balanced ${balanced.quality.score.toFixed(1)} | greedy ${greedy.quality.score.toFixed(1)} | random ${random.quality.score.toFixed(1)} (${ms.toFixed(0)} ms)`);
  return {
    attendees: attendees.length,
    residents: attendees.filter((a) => a.kind === 'participant').length,
    wildcards: attendees.filter((a) => a.kind === 'wildcard').length,
    livingRooms: new Set(attendees.flatMap((a) => (a.conversationId ? [a.conversationId] : []))).size,
    withLivingRoom: attendees.filter((a) => a.conversationId).length,
    seed,
    tables: balanced.tables.length,
    sizes: [...new Set(balanced.tables.map((t) => t.memberIds.length))].sort(),
    ms,
    quality: { balanced: summary(balanced), greedy: summary(greedy), random: summary(random), blind: summary({ quality: blindQuality }) },
    late,
    violations,
  };
}

const f1 = (n) => n.toFixed(1);

export function demoAllocationSection(r) {
  const title = '### The demo summit (issue #8: "on the demo summit ... beats random and greedy")';
  if (r.error) return `${title}\n\n**This part failed:** \`${String(r.error?.message ?? r.error).split('\n')[0]}\`\n`;
  const row = (name, q) => `| ${name} | **${f1(q.score)}** | ${f1(q.districts)} | ${f1(q.ageBands)} | ${f1(q.genders)} | ${q.sameRoomPairs} |`;
  const better = (a, b) => `${(100 * (1 - a / b)).toFixed(1)}%`;
  const { balanced, greedy, random, blind } = r.quality;
  const beats = balanced.score < greedy.score && balanced.score < random.score;
  return `${title}

The people seated when the demo allocates its tables (\`generateLeidenDemo()\`, command \`demo-allocate-tables\`, seed ${r.seed}):
${r.residents} residents (${r.withLivingRoom} of them from ${r.livingRooms} living rooms, as the demo's conversations record) and ${r.wildcards} wildcards,
${r.tables} tables of ${r.sizes.join(' or ')}. \`allocateTables\` took ${(r.ms / 1000).toFixed(2)} s.
Hard constraints: ${r.violations.length === 0 ? '**all hold** (balanced-swap, greedy, random and the late changes)' : `**violated**: ${r.violations.slice(0, 5).join('; ')}`}.
balanced-swap beats both baselines: **${beats ? 'yes' : 'NO'}** (${better(balanced.score, random.score)} below random, ${better(balanced.score, greedy.score)} below greedy).

| allocation | score | districts | age bands | genders | same-room pairs |
|---|---:|---:|---:|---:|---:|
${row('balanced-swap (allocateTables)', balanced)}
${row('greedy (construction only)', greedy)}
${row('random (dealt like cards)', random)}
${row('balanced-swap without living rooms, measured with them', blind)}

The last row is what the ledger allocates when its reader does not offer the living rooms (\`livingRoomOf\`, see
services/ledger/src/summit/allocation/living-rooms.projection.ts): the mix is as good, the same-room pairs are left to chance.
${r.late ? `Late changes of the demo (\`demo-reallocate-tables\`): ${r.late.noShows} no-shows and ${r.late.lateArrivals} late arrivals, **${r.late.moves}** seated people moved; score after ${f1(r.late.quality.score)}, ${r.late.quality.sameRoomPairs} same-room pairs.` : ''}
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await runDemoAllocationBench({ log: (m) => process.stderr.write(`[bench] ${m}\n`) });
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(r, null, 2)}\n` : demoAllocationSection(r));
  if (r.violations.length > 0) process.exitCode = 1;
}
