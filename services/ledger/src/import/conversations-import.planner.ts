import type { Conversation } from '../conversations/conversation.js';
import { type ConversationGroup, type ConversationKey, parseConversationRows } from './conversation-rows.parser.js';
import type { CsvTable } from './csv-table.parser.js';
import { districtResolver } from './district.resolver.js';
import { conversationColumns, resolveHeader } from './import-columns.model.js';
import { importCommandId, importedIdeaIds, normaliseIdeaText } from './import-ids.util.js';
import { type ConversationTally, type ImportPlan, type PlannedCommand, ProblemList } from './import-plan.model.js';
import type { PlanContext } from './participants-import.planner.js';

export interface ConversationsImportOptions {
  /** The day the reports are submitted (the import day), YYYY-MM-DD. */
  readonly today: string;
  /** Leave the conversations open for more ideas: no SubmitConversationReport. */
  readonly keepOpen?: boolean;
}

type Problems = ProblemList<ConversationKey>;

/** An existing conversation must be the one the file describes. */
const checkAgainstLedger = (group: ConversationGroup, existing: Exclude<Conversation, { status: 'none' }>, processId: string, problems: Problems): void => {
  const id = group.conversationId;
  const first = group.rows[0]?.line ?? 0;
  if (existing.processId !== processId) {
    problems.add(first, 'conversation', `conversation ${id} belongs to another process (${existing.processId})`);
    return;
  }
  if (group.host && group.host.value !== existing.ambassadorId) {
    problems.add(group.host.line, 'host', `conversation ${id} is hosted by ${existing.ambassadorId} in the ledger; the file says ${group.host.value}`);
  }
  if (group.districtCode && group.districtCode.value !== existing.districtCode) {
    problems.add(group.districtCode.line, 'district', `conversation ${id} takes place in ${existing.districtCode} in the ledger; the file says ${group.districtCode.value}`);
  }
  if (existing.status === 'planned') return;
  if (group.date && group.date.value !== existing.heldOn) {
    problems.add(group.date.line, 'date', `conversation ${id} was held on ${existing.heldOn} according to the ledger; the file says ${group.date.value}`);
  }
  const named = group.participants?.value;
  if (group.participants && named && (named.length !== existing.participantIds.length || named.some((p) => !existing.participantIds.includes(p)))) {
    problems.add(group.participants.line, 'participants', `conversation ${id} is recorded as held with other participants (${existing.participantIds.join(' ')}); the file says ${named.join(' ')}`);
  }
};

/** The host must be an ambassador of this process, and an ambassador importing may import only what they host. */
const checkHost = async (group: ConversationGroup, ctx: PlanContext, problems: Problems): Promise<void> => {
  if (!group.host) return;
  const { value: host, line } = group.host;
  const { principal, process } = ctx;
  if (principal.actor.role === 'ambassador' && principal.ambassadorId !== host) {
    problems.add(line, 'host', `you import as ambassador ${principal.ambassadorId ?? '?'}, who may import only the conversations they host, not those of ${host}`);
    return;
  }
  const ambassador = await ctx.state.ambassador(host);
  if (ambassador.status !== 'registered' || ambassador.processId !== process.processId) {
    problems.add(line, 'host', `${host} is not a registered ambassador of process ${process.processId}`);
  }
};

/** Recording the conversation as held needs who took part, each a participant of this process. */
const checkParticipants = async (group: ConversationGroup, ctx: PlanContext, problems: Problems, hasColumn: boolean): Promise<void> => {
  const id = group.conversationId;
  if (!group.participants) {
    if (group.participantsWrong) return;
    const first = group.rows[0]?.line ?? 0;
    problems.add(
      first,
      'participants',
      hasColumn
        ? `conversation ${id} is not recorded as held yet: name the participants who took part, on at least one of its rows`
        : `conversation ${id} is not recorded as held yet: add a column deelnemers (participants) naming who took part`,
    );
    return;
  }
  const { value: participantIds, line } = group.participants;
  const unknown: string[] = [];
  for (const participantId of participantIds) {
    const participant = await ctx.state.participant(participantId);
    if (participant.status !== 'registered' || participant.processId !== ctx.process.processId) unknown.push(participantId);
  }
  if (unknown.length > 0) {
    problems.add(line, 'participants', `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a registered participant' : 'are not registered participants'} of process ${ctx.process.processId}; import the participants first`);
  }
};

/**
 * Checks a conversations file against the contracts, the ledger and itself, and plans per
 * conversation: PlanConversation, RecordConversationHeld, one RecordIdea per row, and
 * SubmitConversationReport. Steps already in the ledger are marked present; a new idea for a
 * conversation whose report is in is a problem (its intake is closed).
 */
export const planConversationsImport = async (table: CsvTable, ctx: PlanContext, options: ConversationsImportOptions): Promise<ImportPlan> => {
  const { process, state, correlationId, progress } = ctx;
  const { processId } = process;
  const header = resolveHeader(table.header, conversationColumns, table.headerLine);
  const problems = new ProblemList<ConversationKey>(header, conversationColumns);
  const groups = parseConversationRows(table, problems, districtResolver(process));
  const commands: PlannedCommand[] = [];
  const tallies: ConversationTally[] = [];
  let checked = 0;

  progress.start(table.rows.length, 'Controleren / checking');
  for (const group of groups) {
    const { conversationId, rows } = group;
    const first = rows[0]?.line ?? 0;
    const conversation = await state.conversation(conversationId);
    if (conversation.status !== 'none') checkAgainstLedger(group, conversation, processId, problems);
    await checkHost(group, ctx, problems);
    if (group.date && group.date.value > options.today) {
      problems.add(group.date.line, 'date', `${group.date.value} is after today (${options.today}); only conversations that were held can be imported`);
    }
    const needsHeld = conversation.status === 'none' || conversation.status === 'planned';
    if (needsHeld) await checkParticipants(group, ctx, problems, header.index.participants !== undefined);

    const base = { correlationId, conversationId };
    const { host, districtCode, date, participants } = group;
    if (host && districtCode && date) {
      const input = { ...base, commandId: importCommandId('plan', conversationId), ambassadorId: host.value, districtCode: districtCode.value, plannedOn: date.value };
      if (problems.checkCommand(first, 'PlanConversation', input)) commands.push({ type: 'PlanConversation', input, present: conversation.status !== 'none', line: first });
    }
    const participantIds = needsHeld ? participants?.value : conversation.participantIds;
    if (date && participantIds) {
      const input = { ...base, commandId: importCommandId('held', conversationId), heldOn: date.value, participantIds };
      if (problems.checkCommand(participants?.line ?? first, 'RecordConversationHeld', input)) {
        commands.push({ type: 'RecordConversationHeld', input, present: !needsHeld, line: participants?.line ?? first });
      }
    }

    const occurrences = new Map<string, number>();
    let newIdeas = 0;
    for (const row of rows) {
      checked += 1;
      progress.update(checked);
      if (!row.kind) continue;
      const sameIdea = `${row.kind}\u0000${normaliseIdeaText(row.text)}`;
      const occurrence = occurrences.get(sameIdea) ?? 0;
      occurrences.set(sameIdea, occurrence + 1);
      const { commandId, ideaId } = importedIdeaIds(processId, conversationId, row.text, row.kind, occurrence);
      const input = { ...base, commandId, ideaId, text: row.text, kind: row.kind };
      if (!problems.checkCommand(row.line, 'RecordIdea', input)) continue;
      const present = await state.ideaExists(ideaId);
      if (!present && conversation.status === 'reported') {
        problems.add(row.line, 'idea', `a new idea for conversation ${conversationId}, whose report was already submitted (intake closed); correct a recorded idea with ReviseIdeaText instead`);
        continue;
      }
      if (!present) newIdeas += 1;
      commands.push({ type: 'RecordIdea', input, present, line: row.line });
    }
    tallies.push({ conversationId, ideas: rows.length, newIdeas });

    if (!options.keepOpen) {
      const input = { ...base, commandId: importCommandId('report', conversationId), submittedOn: options.today };
      const line = rows.at(-1)?.line ?? first;
      if (problems.checkCommand(line, 'SubmitConversationReport', input)) {
        commands.push({ type: 'SubmitConversationReport', input, present: conversation.status === 'reported', line });
      }
    }
  }
  progress.update(table.rows.length);
  progress.stop();
  return { processId, rows: table.rows.length, problems: problems.items, commands, ignoredColumns: header.ignored, conversations: tallies };
};
