import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyMethodTally } from '@spoor/projections';
import { PUBLICATION_PATHS } from '@spoor/verify';
import { PublishedLogError, recountVotes, type VoteRecount, votesInLog } from './recount.util.js';

/**
 * `spoor tally DIR`: recounts every summit vote in the published record DIR from its anonymous
 * ballots and compares with the declared result. Exit 0 when every declared result equals the
 * recount, 1 naming the first difference, 2 when DIR holds no closed vote or is not a record.
 */
export const runTallyCommand = async (dir: string, out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): Promise<number> => {
  const file = join(dir, PUBLICATION_PATHS.events);
  if (!existsSync(file)) {
    err(`spoor tally: ${file} not found; DIR must be a published record (npx spoor publish --out DIR, docs/publication.md)\n`);
    return 2;
  }
  let recounts: VoteRecount[];
  try {
    recounts = recountVotes(votesInLog(readFileSync(file, 'utf8')));
  } catch (error) {
    if (!(error instanceof PublishedLogError)) throw error;
    err(`spoor tally: ${error.message}\n`);
    return 2;
  }
  if (recounts.length === 0) {
    err(`spoor tally: ${file} holds no closed vote (VotingClosed); there are no ballots to count yet\n`);
    return 2;
  }
  for (const r of recounts) out(formatRecount(r));
  return recounts.some((r) => r.difference !== null) ? 1 : 0;
};

const methodLine = ({ opened }: VoteRecount): string => {
  const m = opened.method;
  const settings = m.kind === 'approval' ? `up to ${m.maxChoices} ticks` : m.kind === 'dots' ? `${m.dots} dots` : 'ranked ballots, Droop quota, Scottish rules';
  return `${m.kind} (${settings}), ${m.seats} ${m.seats === 1 ? 'theme' : 'themes'} to choose`;
};

const linesTable = (recount: AnyMethodTally): string[] => {
  const width = Math.max(5, ...recount.lines.map((l) => l.themeId.length));
  return [
    `  rank  ${'theme'.padEnd(width)}  ${'votes'.padStart(10)}  chosen`,
    ...recount.lines.map((l) => `  ${String(l.rank).padStart(4)}  ${l.themeId.padEnd(width)}  ${String(l.votes).padStart(10)}  ${l.chosen ? 'yes' : ''}`.trimEnd()),
  ];
};

const stages = (recount: AnyMethodTally): string[] => {
  if (!('quota' in recount)) return [];
  return [
    `  quota: ${recount.quota}`,
    ...recount.rounds.map((r) => {
      const what = r.action === 'first-preferences' ? 'first preferences' : `${r.action} of ${r.themeId ?? ''}${r.transferValue ? ` (transfer value ${r.transferValue})` : ''}`;
      const counts = Object.entries(r.counts)
        .map(([theme, votes]) => `${theme} ${votes}`)
        .join(', ');
      const events = [...(r.elected.length ? [`elected ${r.elected.join(', ')}`] : []), ...(r.excluded.length ? [`excluded ${r.excluded.join(', ')}`] : [])];
      return `  stage ${r.stage}: ${what}, decided by ${r.decidedBy}; ${counts}; non-transferable ${r.nonTransferable}${events.length ? `; ${events.join('; ')}` : ''}`;
    }),
  ];
};

const verdict = (r: VoteRecount): string => {
  if (!r.declared) return 'Nog geen uitslag verklaard / no result declared yet: nothing to compare with.';
  if (r.difference === null) return `Klopt / matches: the recount equals SummitResultDeclared (events.ndjson line ${r.declared.line}).`;
  return `VERSCHIL / MISMATCH with SummitResultDeclared (events.ndjson line ${r.declared.line}): ${r.difference}`;
};

export const formatRecount = (r: VoteRecount): string =>
  [
    `Process ${r.processId}: ${methodLine(r)}`,
    `  ${r.closed.ballots.length} published ballots, ${r.recount.ballotCount} counted; ${r.opened.themeIds.length} themes on the ballot`,
    ...linesTable(r.recount),
    ...stages(r.recount),
    `  chosen: ${r.recount.chosenThemeIds.join(', ') || '(none)'}`,
    `  ${verdict(r)}`,
    '',
    '',
  ].join('\n');
