import { LEIDEN_DISTRICTS, receiptCode, TrailLog } from './trail-log.builder.js';

/** A process drawn by fast-check: small numbers that the interpreter below turns into valid steps. */
export interface ProcessScript {
  ideaConversations: number[];
  bundling: { op: number; a: number; b: number }[];
  agendaMask: number;
  votes: number[];
  seats: number;
  proposals: { theme: number; ideaMask: number; fate: number }[];
  clauses: { proposalMask: number; revisedMask: number; withdrawn: boolean }[];
}

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
const masked = <T>(list: readonly T[], mask: number): T[] => list.filter((_, i) => (mask >> i) & 1);

/**
 * Plays a script as the ledger would let it happen: links only to active themes and of ideas not
 * withdrawn, unlinks only what is linked, merges and splits of active themes, an agenda of active
 * themes, working groups on chosen themes, proposals on their group's themes and ideas, clauses
 * citing adopted proposals. Steps the rules would refuse are skipped.
 */
export const playProcess = (script: ProcessScript): { log: TrailLog; ideaIds: string[]; clauseIds: string[] } => {
  const log = new TrailLog().process();
  const conversations = LEIDEN_DISTRICTS.slice(0, 4).map(([code], i) => {
    log.conversation(`c${i}`, code, `2017-10-1${i}`);
    return `c${i}`;
  });
  const ideaIds = script.ideaConversations.map((c, i) => {
    log.idea(`i${i}`, pick(conversations, c) ?? 'c0', receiptCode(i + 1));
    return `i${i}`;
  });
  const withdrawn = new Set<string>();
  const active: string[] = [];
  let themeCount = 0;
  const newTheme = () => `t${(themeCount += 1)}`;
  for (let i = 0; i < 3; i += 1) {
    const id = newTheme();
    log.theme(id, `Thema ${id}`);
    active.push(id);
  }
  for (const { op, a, b } of script.bundling) {
    const idea = pick(ideaIds, a);
    const theme = pick(active, b);
    if (!idea || !theme) continue;
    if (op === 0 && !withdrawn.has(idea) && !log.ideasOf(theme).includes(idea)) log.link(idea, theme);
    if (op === 1 && log.ideasOf(theme).includes(idea)) log.unlink(idea, theme);
    const target = pick(active, a);
    if (op === 2 && target && target !== theme) {
      log.merge(target, [theme]);
      active.splice(active.indexOf(theme), 1);
    }
    const members = log.ideasOf(theme);
    if (op === 3 && members.length >= 2) {
      const cut = 1 + (a % (members.length - 1));
      const parts = [members.slice(0, cut), members.slice(cut)].map((ids) => ({ themeId: newTheme(), title: 'Deel', ideaIds: ids }));
      log.split(theme, parts);
      active.splice(active.indexOf(theme), 1, ...parts.map((p) => p.themeId));
    }
    if (op === 4 && !withdrawn.has(idea)) {
      log.withdraw(idea);
      withdrawn.add(idea);
    }
  }
  const agenda = masked(active, script.agendaMask);
  if (agenda.length === 0) return { log, ideaIds, clauseIds: [] };
  agenda.forEach((id) => log.agenda(id));
  const seats = 1 + (script.seats % agenda.length);
  log.vote(Object.fromEntries(agenda.map((id, i) => [id, 1 + (script.votes[i] ?? 0)])), seats);
  const ranked = [...agenda].sort((x, y) => (script.votes[agenda.indexOf(y)] ?? 0) - (script.votes[agenda.indexOf(x)] ?? 0) || (x < y ? -1 : 1));
  const chosen = ranked.slice(0, seats);
  chosen.forEach((themeId) => log.workingGroup(`wg-${themeId}`, `Werkgroep ${themeId}`, [themeId]));
  const adopted: string[] = [];
  script.proposals.forEach(({ theme, ideaMask, fate }, i) => {
    const themeId = pick(chosen, theme);
    if (!themeId) return;
    const proposalId = `p${i}`;
    const named = masked(log.ideasOf(themeId), ideaMask).filter((id) => !withdrawn.has(id));
    log.proposal(proposalId, `wg-${themeId}`, `Voorstel ${i}`, [themeId], named);
    if (fate % 3 === 2) return;
    log.submit(proposalId, '2018-04-01');
    if (fate % 3 === 1) log.reject(proposalId, '2018-04-02', 'te duur');
    else {
      log.adopt(proposalId, '2018-04-02');
      adopted.push(proposalId);
    }
  });
  if (adopted.length === 0) return { log, ideaIds, clauseIds: [] };
  log.manifesto('m1');
  const clauseIds = script.clauses.map(({ proposalMask, revisedMask, withdrawn: gone }, i) => {
    const cite = (mask: number) => (masked(adopted, mask).length > 0 ? masked(adopted, mask) : adopted.slice(0, 1));
    log.clause('m1', `a${i}`, i + 1, cite(proposalMask));
    if (revisedMask % 3 === 0) log.reviseClause('m1', `a${i}`, cite(revisedMask));
    if (gone) log.withdrawClause('m1', `a${i}`);
    return `a${i}`;
  });
  return { log, ideaIds, clauseIds };
};
