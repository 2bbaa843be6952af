/** Machine description and the RESULTS.md writer of the benchmark. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { consoleSummary, latencySection, rebuildSection } from './report-sections.mjs';

const NOTES_START = '<!-- notes:start -->';
const NOTES_END = '<!-- notes:end -->';
/** A part that can run on its own (BENCH_PARTS=allocation) has its section between markers, replaced in place. */
const partStart = (name) => `<!-- part:${name}:start -->`;
const partEnd = (name) => `<!-- part:${name}:end -->`;
/** Parts with a section of their own that a full run of the store benchmark keeps. */
export const STANDALONE_PARTS = ['merkle', 'portal-build', 'lighthouse'];
const marked = (name, markdown) => `${partStart(name)}\n${markdown.trim()}\n${partEnd(name)}\n`;

function previousPart(file, name) {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(partStart(name));
  const b = text.indexOf(partEnd(name));
  return a !== -1 && b > a ? text.slice(a + partStart(name).length, b).trim() : undefined;
}

/**
 * Writes one part's section into an existing RESULTS.md, keeping every other section: between its
 * markers if it has them, else just before the notes. Returns the file, or undefined without one.
 */
export function updatePart({ here, name, markdown }) {
  const file = join(here, 'RESULTS.md');
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(partStart(name));
  const b = text.indexOf(partEnd(name));
  const section = marked(name, markdown);
  let next;
  if (a !== -1 && b > a) next = text.slice(0, a) + section + text.slice(b + partEnd(name).length).replace(/^\n/, '');
  else {
    const notes = text.indexOf('## Notes');
    next = notes === -1 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, notes)}${section}\n${text.slice(notes)}`;
  }
  writeFileSync(file, next);
  return file;
}

function tryRun(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export function machineInfo(dataDir) {
  const release = existsSync('/etc/os-release')
    ? /PRETTY_NAME="?([^"\n]+)"?/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]
    : undefined;
  return {
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    ram: `${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`,
    node: process.version,
    os: `${release ?? os.type()} (${os.type()} ${os.release()}, ${os.arch()})`,
    fs: tryRun('stat', ['-f', '-c', '%T', dataDir]) ?? 'unknown filesystem',
  };
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const ratio = (a, b) => (a / b).toFixed(2);

function table(rows) {
  const out = [
    '| store | median events/s | median appends/s | range of rounds (events/s) | ops per round |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    out.push(`| ${r.name} | ${fmt(r.eventsPerSec)} | ${fmt(r.opsPerSec)} | ${fmt(r.minEvents)} – ${fmt(r.maxEvents)} | ${r.opsPerRound} |`);
  }
  return out.join('\n');
}

function verdicts(rows) {
  const by = Object.fromEntries(rows.map((r) => [r.key, r]));
  const ours = by.spoor.eventsPerSec;
  return [
    `- ours / emmett-sqlite (getSQLiteEventStore): **${ratio(ours, by.emmett.eventsPerSec)}x**`,
    `- ours / emmett-sqlite (one long-lived connection): **${ratio(ours, by.emmettConn.eventsPerSec)}x**`,
    `- ours / raw better-sqlite3: **${ratio(ours, by.raw.eventsPerSec)}x** (raw is ${ratio(by.raw.eventsPerSec, ours)}x ours)`,
    `- at least as fast as emmett (both ways): ${ours >= Math.max(by.emmett.eventsPerSec, by.emmettConn.eventsPerSec) ? 'yes' : '**NO**'}; within 2x of raw: ${by.raw.eventsPerSec <= 2 * ours ? 'yes' : '**NO**'}`,
  ].join('\n');
}

function retryLines(results) {
  const lines = [];
  for (const [workload, rows] of Object.entries(results)) {
    for (const r of rows) {
      if (r.busyRetries !== undefined) lines.push(`- ${workload}, ${r.name}: ${r.busyRetries} append(s) retried after SQLITE_BUSY`);
    }
  }
  return lines.join('\n');
}

function durabilityLines(rows) {
  const equal = rows.every((r) => r.durability.journalMode === 'wal' && r.durability.synchronous === 'FULL');
  const lines = rows.map(
    (r) => `- ${r.name} (${r.library}): journal_mode=${r.durability.journalMode}, synchronous=${r.durability.synchronous}. ${r.durability.how}.`,
  );
  return { equal, text: lines.join('\n') };
}

function previousNotes(file) {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(NOTES_START);
  const b = text.indexOf(NOTES_END);
  return a !== -1 && b > a ? text.slice(a + NOTES_START.length, b).trim() : undefined;
}

export function writeResults({ here, results, workloads, machine, startedAt, seconds, rounds, roundSeconds, rebuild, latency, allocation }) {
  const file = join(here, 'RESULTS.md');
  const notes = previousNotes(file) ?? '_No notes yet._';
  // A full run keeps the sections of the parts that run on their own (allocation, merkle, lighthouse, portal build) from their last run.
  const allocationMd = allocation ?? previousPart(file, 'allocation');
  const standalone = STANDALONE_PARTS.map((name) => [name, previousPart(file, name)]).filter(([, md]) => md);
  const sections = [];
  const console_ = [];
  let allEqual = true;
  for (const w of workloads) {
    const rows = results[w.key];
    const d = durabilityLines(rows);
    allEqual &&= d.equal;
    sections.push(`#### ${w.title}\n\n${table(rows)}\n\n${verdicts(rows)}`);
    console_.push(`\n${w.title}\n${table(rows)}\n${verdicts(rows)}`);
  }
  const durability = durabilityLines(results[workloads[0].key]);
  const md = `# Spoor benchmarks

Generated by \`npm run bench\` (root; builds, then runs \`node bench/run.mjs\`). Do not edit by hand
except between the notes markers, which the next run keeps.

- Date: ${startedAt.toISOString()} (${seconds.toFixed(0)} s in all)
- Command: \`npm run bench\`
- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ram}, Node.js ${machine.node}, ${machine.os}
- Parts: 1. event store appends; 2. read-model rebuild on the demo x10; 3. GraphQL query latency under concurrent clients;
  table allocation at summit scale and on the demo summit (\`BENCH_PARTS=allocation\` rewrites only its section).
  Other work may run on the machine at the same time; compare runs by ratios and medians, not single rounds.

## 1. Event store appends

- Files: temp files on disk (${machine.fs}), one file per store and workload, deleted afterwards
- Method: per store and workload one warm-up round (sizes the rounds to ~${roundSeconds}s), then ${rounds} measured
  rounds; stores take turns within each round in rotating order; the table shows the median round.
  Events are generated before each timed round (same ~400-byte JSON events for every store).

### Durability (equal for all: WAL + synchronous=FULL, fsync on every commit)

${durability.text}
${allEqual ? '\nAll stores ran with journal_mode=wal and synchronous=FULL (read back, not assumed).' : '\n**WARNING: not every store ran with WAL + synchronous=FULL; see above.**'}

### Results

${sections.join('\n\n')}

### emmett-sqlite SQLITE_BUSY retries

emmett-sqlite reads \`... RETURNING\` with node-sqlite3's \`db.get\`, which apparently can leave a statement
unfinalised: COMMIT sometimes fails with SQLITE_BUSY "cannot commit transaction - SQL statements
in progress" (emmett rolls back and rethrows). The bench retries those appends inside the timed
region; counts in this run:

${retryLines(results)}

${rebuildSection(rebuild)}
${latencySection(latency)}
${allocationMd ? `${marked('allocation', allocationMd)}\n` : ''}${standalone.map(([name, md]) => `${marked(name, md)}\n`).join('')}## Notes

${NOTES_START}
${notes}
${NOTES_END}
`;
  writeFileSync(file, md);
  process.stdout.write(`${console_.join('\n')}\n\n${durability.text}\n\n${consoleSummary(rebuild, latency)}\n`);
  if (!allEqual) process.stdout.write('WARNING: durability is not equal across stores (see above)\n');
  return file;
}
