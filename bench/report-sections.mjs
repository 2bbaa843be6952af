/** The RESULTS.md sections (and console summaries) of the rebuild and query-latency benchmarks. */

export const REBUILD_TARGET = 100_000;
export const P95_TARGET_MS = 10;

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => n.toFixed(2);
const range = (m) => `${fmt(m.min)} – ${fmt(m.max)}`;
const failed = (title, error) => `${title}\n\n**This part failed:** \`${String(error?.message ?? error).split('\n')[0]}\`\n`;

export function rebuildSection(r) {
  const title = '## 2. Read-model rebuild, demo x10';
  if (r.error) return failed(title, r.error);
  const met = r.rebuild.median >= REBUILD_TARGET;
  const totalMs = r.perProjection.reduce((a, p) => a + p.ms, 0);
  const rows = [
    ['rebuild, end to end: `rebuildProjections(store, dataDir, silentProgress)` (count, read every page, fold, write the checkpoint)', r.rebuild],
    ['read only: `store.readAll` page by page (1,000 a page), no fold', r.readOnly],
    ['fold only: events in memory -> `new ProjectionSet(ledgerProjections)` + `apply` each', r.foldOnly],
    [`checkpoint only: \`SnapshotStore.replaceAll\` + \`close\` of the folded read models (${(r.perProjection.reduce((a, p) => a + p.bytes, 0) / 1e6).toFixed(1)} MB of JSON)`, r.checkpointOnly],
  ];
  const perProjection = r.perProjection.map(
    (p) => `| ${p.name} (v${p.version}) | ${fmt(p.handled)} | ${p.ms.toFixed(0)} | ${((100 * p.ms) / totalMs).toFixed(0)}% | ${(p.bytes / 1e6).toFixed(1)} |`,
  );
  const counts = r.counts
    ? `The folded read models hold ${r.counts.processes} processes, ${fmt(r.counts.conversations)} conversations, ${fmt(r.counts.ideas)} ideas and ${fmt(r.counts.receiptCodes)} distinct receipt codes (the copies are independent).`
    : '';
  return `${title}

- Log: the Leiden demo (\`generateLeidenDemo()\`, ${fmt(r.demo.commands)} commands) run through the real ledger in-process
  (\`runDemo\`, as \`spoor demo\`; ${r.demo.seconds.toFixed(1)} s) gives ${fmt(r.demo.events)} events. Read back and written ${r.copies} times
  into a fresh SQLite store as independent processes: every id-like value (keys \`id\`, \`...Id\`, \`...Ids\`,
  strings equal to such an id, stream ids, commandId/correlationId/causationId) gets the suffix \`-x0\` ... \`-x${r.copies - 1}\`; receipt codes
  become other valid codes, unique over the log. One append per event in log order with the exact expected
  revision: **${fmt(r.scaled.events)} events** in ${fmt(r.scaled.streams)} streams (${r.scaled.writeSeconds.toFixed(1)} s, synchronous=NORMAL for this scratch file). ${counts}
- Projections folded: **${r.projections.length}**: ${r.projections.map((p) => `${p.name} (v${p.version})`).join(', ')} (\`ledgerProjections\`).
- Events that failed to fold: ${r.failures.rebuild} in the rebuilds, ${r.failures.fold} in the folds.
- Method: each measurement one warm-up round, then ${r.rebuild.rounds} rounds; median and range of the rounds. The store file is
  read through the OS page cache (it was just written). The parts (read, fold, checkpoint) are measured on their own, so
  they only roughly add up to the whole (in the rebuild, folding also pays for the garbage of the pages read).

| measurement | median events/s | range of rounds (events/s) | time at the median |
| --- | ---: | ---: | ---: |
${rows.map(([label, m]) => `| ${label} | ${fmt(m.median)} | ${range(m)} | ${((r.scaled.events / m.median) * 1000).toFixed(0)} ms |`).join('\n')}

- Target ≥ ${fmt(REBUILD_TARGET)} events/s end to end: ${met ? '**met**' : `**missed** (${(r.rebuild.median / REBUILD_TARGET).toFixed(2)}x of the target; fold only: ${r.foldOnly.median >= REBUILD_TARGET ? 'met' : 'missed'}, ${fmt(r.foldOnly.median)} events/s). See the notes for the profile`}.

| projection | events it folds | fold time alone (ms, median of 5) | share of the fold | checkpoint (MB of JSON) |
| --- | ---: | ---: | ---: | ---: |
${perProjection.join('\n')}
`;
}

export function latencySection(r) {
  const title = `## 3. Query latency, ${r.results?.[0]?.connections ?? 20} concurrent clients`;
  if (r.error) return failed(title, r.error);
  const rows = r.results.map(
    (q) =>
      `| \`${q.field}\` | ${fmt(q.requestsPerSec)} | ${ms(q.p50)} | ${ms(q.p95)} | ${ms(q.p99)} | ${ms(q.max)} | ${fmt(q.requests)} | ${q.errors} / ${q.non2xx} / ${q.timeouts} | ${q.p95 < P95_TARGET_MS ? 'met' : '**missed**'} |`,
  );
  const queries = r.results.map((q) => `\`${q.field}\` (mean response ${fmt(q.meanBytes)} bytes of data):\n\n\`\`\`graphql\n${q.query}\n\`\`\``);
  return `${title}

- Service: \`node services/ledger/bin/spoor.js serve --demo\` with a temp SPOOR_DATA_DIR, a free PORT and LOG_LEVEL=warn
  (the demo: ${fmt(r.ideas)} ideas), ready (\`/readyz\`) after ${r.startSeconds.toFixed(1)} s; stopped with SIGTERM afterwards.
- Schema (introspection): ${r.fields.map((f) => `\`${f.field}\` ${f.present ? 'present' : 'absent'}`).join(', ')}.
- Load: autocannon ${r.autocannon ?? ''} (programmatic API) in the bench process, on the same machine as the service, ${r.results[0]?.connections ?? 20}
  connections, POST /graphql, ${r.codes} receipt codes from \`ideas(first: 1000)\` rotating over the requests (\`setupRequest\`);
  every code queried once before (no GraphQL \`errors\`, idea found), then 3 s warm-up, then ~${Math.round(r.results[0]?.seconds ?? 15)} s measured.
  Latency percentiles are computed from every response's time (sub-millisecond), not autocannon's whole-ms histogram.

| query | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | requests | errors / non-2xx / timeouts | p95 < ${P95_TARGET_MS} ms |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

${queries.join('\n\n')}
`;
}

export function consoleSummary(rebuild, latency) {
  const lines = [];
  if (rebuild && !rebuild.error) {
    lines.push(
      `rebuild of ${rebuild.projections.length} projections over ${fmt(rebuild.scaled.events)} events: end to end ${fmt(rebuild.rebuild.median)} events/s (${range(rebuild.rebuild)}), read only ${fmt(rebuild.readOnly.median)}, fold only ${fmt(rebuild.foldOnly.median)}; target ${fmt(REBUILD_TARGET)}: ${rebuild.rebuild.median >= REBUILD_TARGET ? 'met' : 'MISSED'}`,
    );
  }
  for (const q of latency?.results ?? []) {
    lines.push(`${q.field}: ${fmt(q.requestsPerSec)} req/s, p50 ${ms(q.p50)} ms, p95 ${ms(q.p95)} ms, p99 ${ms(q.p99)} ms, errors ${q.errors}, non-2xx ${q.non2xx}; p95 < ${P95_TARGET_MS} ms: ${q.p95 < P95_TARGET_MS ? 'met' : 'MISSED'}`);
  }
  for (const part of [rebuild, latency]) if (part?.error) lines.push(`FAILED: ${part.error.message ?? part.error}`);
  return lines.join('\n');
}
