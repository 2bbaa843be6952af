import { type EventData, type EventType, parseEventEnvelope, toPublicEvent } from '@spoor/contracts';
import { testCommit } from '../../representativeness/testing/event-log.builder.js';
import type { ProjectedEvent } from '../../projection.js';

export const PROCESS_ID = 'agenda-leiden';

/** Leiden's ten districts, as the demo's process names them. */
export const LEIDEN_DISTRICTS: readonly [string, string][] = [
  ['WK054600', 'Binnenstad-Zuid'],
  ['WK054601', 'Binnenstad-Noord'],
  ['WK054602', 'Stationsdistrict'],
  ['WK054603', 'Leiden-Noord'],
  ['WK054604', 'Roodenburgerdistrict'],
  ['WK054605', 'Bos- en Gasthuisdistrict'],
  ['WK054606', 'Morsdistrict'],
  ['WK054607', 'Boerhaavedistrict'],
  ['WK054608', 'Merenwijkdistrict'],
  ['WK054609', 'Stevenshof'],
];

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A valid receipt code from a number: `0000-000n` in Crockford base 32. */
export const receiptCode = (n: number): string => {
  let digits = '';
  for (let rest = n, i = 0; i < 8; i += 1, rest = Math.floor(rest / 32)) digits = crockford[rest % 32] + digits;
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
};

/** `2018-01-14T20:00:00+01:00` style times, so the steps' days are the local ones. */
const withOffset = (ms: number): string => `${new Date(ms + 3600_000).toISOString().slice(0, 19)}+01:00`;

/**
 * Builds a log the way the ledger would store it: envelopes in order, positions and stream
 * revisions counting up, each validated against its contract, and `occurredAt` one hour after the
 * previous event unless `on(...)` moves the clock. It keeps a small theme map of its own only to
 * fill in what the ledger computes (a merge's movedIdeaIds, a result's ranks).
 */
export class TrailLog {
  readonly events: ProjectedEvent[] = [];
  private clock = Date.parse('2017-10-01T18:00:00Z');
  private readonly revisions = new Map<string, number>();
  private readonly themeIdeas = new Map<string, string[]>();

  /** Moves the clock to this local day (19:00 Amsterdam winter time), or to an exact ISO time. */
  on(day: string): this {
    this.clock = Date.parse(day.length === 10 ? `${day}T18:00:00Z` : day);
    return this;
  }

  emit<T extends EventType>(type: T, data: EventData<T>, streamId = `${type}-stream`): this {
    const position = this.events.length + 1;
    const revision = this.revisions.get(streamId) ?? 0;
    this.revisions.set(streamId, revision + 1);
    const occurredAt = withOffset(this.clock);
    this.clock += 3600_000;
    const id = `00000000-0000-4000-8000-${position.toString(16).padStart(12, '0')}`;
    const metadata = { commandId: `cmd-${position}`, correlationId: `cmd-${position}`, causationId: `cmd-${position}`, actor: { id: 'actor-1', role: 'organiser' }, occurredAt, recordedAt: occurredAt, schemaVersion: 1 };
    this.events.push(toPublicEvent(parseEventEnvelope({ id, type, streamId, revision, position: String(position), data, metadata }), testCommit));
    return this;
  }

  process(districts: readonly [string, string][] = LEIDEN_DISTRICTS, processId = PROCESS_ID): this {
    return this.emit('ProcessStarted', {
      processId,
      title: 'Agenda voor Leiden',
      city: 'Leiden',
      municipalityCode: 'GM0546',
      description: 'Honderd huiskamergesprekken, een burgertop en een manifest.',
      plannedPhases: [{ phase: 'gesprekken' }],
      districts: districts.map(([code, name]) => ({ code, name })),
      demo: false,
    });
  }

  conversation(conversationId: string, districtCode: string, heldOn?: string, processId = PROCESS_ID): this {
    this.emit('ConversationPlanned', { conversationId, processId, ambassadorId: 'amb-1', districtCode, plannedOn: heldOn ?? '2017-10-12' }, `conversation-${conversationId}`);
    return heldOn ? this.emit('ConversationHeld', { conversationId, heldOn, participantIds: ['p-1', 'p-2'] }, `conversation-${conversationId}`) : this;
  }

  idea(ideaId: string, conversationId: string, code: string, text = `Idee ${ideaId}`): this {
    return this.emit('IdeaRecorded', { ideaId, conversationId, text, kind: 'wish', receiptCode: code }, `idea-${ideaId}`);
  }

  withdraw(ideaId: string, reason: EventData<'IdeaWithdrawn'>['reason'] = 'participant-request'): this {
    return this.emit('IdeaWithdrawn', { ideaId, reason }, `idea-${ideaId}`);
  }

  theme(themeId: string, title: string, processId = PROCESS_ID): this {
    this.themeIdeas.set(themeId, []);
    return this.emit('ThemeCreated', { processId, themeId, title, description: `Over ${title}` }, `themes-${processId}`);
  }

  reviseTheme(themeId: string, title: string, reason = 'duidelijker titel', processId = PROCESS_ID): this {
    return this.emit('ThemeRevised', { processId, themeId, title, description: `Over ${title}`, reason }, `themes-${processId}`);
  }

  link(ideaId: string, themeId: string, rationale = 'past bij het thema', processId = PROCESS_ID): this {
    this.themeIdeas.get(themeId)?.push(ideaId);
    return this.emit('IdeaLinkedToTheme', { processId, themeId, ideaId, rationale }, `themes-${processId}`);
  }

  unlink(ideaId: string, themeId: string, rationale = 'hoort hier niet', processId = PROCESS_ID): this {
    this.themeIdeas.set(themeId, (this.themeIdeas.get(themeId) ?? []).filter((id) => id !== ideaId));
    return this.emit('IdeaUnlinkedFromTheme', { processId, themeId, ideaId, rationale }, `themes-${processId}`);
  }

  merge(targetThemeId: string, sourceThemeIds: string[], rationale = 'zelfde onderwerp', processId = PROCESS_ID): this {
    const target = this.themeIdeas.get(targetThemeId) ?? [];
    const movedIdeaIds = [...new Set(sourceThemeIds.flatMap((id) => this.themeIdeas.get(id) ?? []))].filter((id) => !target.includes(id));
    this.themeIdeas.set(targetThemeId, [...target, ...movedIdeaIds]);
    return this.emit('ThemesMerged', { processId, targetThemeId, sourceThemeIds, rationale, movedIdeaIds }, `themes-${processId}`);
  }

  split(sourceThemeId: string, parts: { themeId: string; title: string; ideaIds: string[] }[], rationale = 'te breed', processId = PROCESS_ID): this {
    for (const part of parts) this.themeIdeas.set(part.themeId, [...part.ideaIds]);
    const full = parts.map((p) => ({ ...p, description: `Over ${p.title}` }));
    return this.emit('ThemeSplit', { processId, sourceThemeId, parts: full, rationale }, `themes-${processId}`);
  }

  ideasOf(themeId: string): string[] {
    return [...(this.themeIdeas.get(themeId) ?? [])];
  }

  agenda(themeId: string, rule = 'meer dan 40 ideeën', processId = PROCESS_ID): this {
    return this.emit('ThemePutOnAgenda', { processId, themeId, rule }, `summit-${processId}`);
  }

  /** Opens, closes and declares the vote: themes ranked by votes (ties by id), the top `seats` with a vote chosen. */
  vote(votes: Record<string, number>, seats: number, processId = PROCESS_ID): this {
    const themeIds = Object.keys(votes);
    const ranked = [...themeIds].sort((a, b) => (votes[b] ?? 0) - (votes[a] ?? 0) || (a < b ? -1 : 1));
    const tally = ranked.map((themeId, i) => ({ themeId, votes: votes[themeId] ?? 0, rank: i + 1, chosen: i < seats && (votes[themeId] ?? 0) > 0 }));
    const method = { kind: 'approval' as const, maxChoices: 3, seats };
    const stream = `voting-${processId}`;
    this.emit('VotingOpened', { processId, method, voters: 'residents', themeIds, eligibleVoters: 700 }, stream);
    this.emit('VotingClosed', { processId, ballotCount: 650, ballots: [] }, stream);
    return this.emit('SummitResultDeclared', { processId, method, ballotCount: 650, tally, chosenThemeIds: tally.filter((l) => l.chosen).map((l) => l.themeId), tieBreak: 'sha256' }, stream);
  }

  workingGroup(workingGroupId: string, title: string, themeIds: string[], override?: string, processId = PROCESS_ID): this {
    const data = { workingGroupId, processId, title, kind: 'werkgroep' as const, themeIds, ...(override ? { override: { rationale: override } } : {}) };
    return this.emit('WorkingGroupFormed', data, `working-group-${workingGroupId}`);
  }

  proposal(proposalId: string, workingGroupId: string, title: string, themeIds: string[], ideaIds: string[] = [], processId = PROCESS_ID): this {
    return this.emit('ProposalDrafted', { proposalId, workingGroupId, processId, title, text: `Voorstel: ${title}`, themeIds, ideaIds, version: 1 }, `proposal-${proposalId}`);
  }

  reviseProposal(proposalId: string, title: string, version: number, changeNote = 'na de bewonersavond'): this {
    return this.emit('ProposalRevised', { proposalId, title, text: `Voorstel: ${title}`, changeNote, version }, `proposal-${proposalId}`);
  }

  submit(proposalId: string, submittedOn: string, version = 1): this {
    return this.emit('ProposalSubmitted', { proposalId, submittedOn, version }, `proposal-${proposalId}`);
  }

  adopt(proposalId: string, adoptedOn: string, version = 1): this {
    return this.emit('ProposalAdopted', { proposalId, adoptedOn, version }, `proposal-${proposalId}`);
  }

  reject(proposalId: string, rejectedOn: string, reason: string, version = 1): this {
    return this.emit('ProposalRejected', { proposalId, rejectedOn, reason, version }, `proposal-${proposalId}`);
  }

  manifesto(manifestoId: string, title = 'Manifest Agenda voor Leiden', processId = PROCESS_ID): this {
    return this.emit('ManifestoDrafted', { manifestoId, processId, title, preamble: 'Wij, Leidenaars, ...' }, `manifesto-${manifestoId}`);
  }

  clause(manifestoId: string, clauseId: string, position: number, proposalIds: string[], text = `Artikel ${position}`): this {
    const content = proposalIds.length > 0 ? { editorial: false } : { editorial: true, editorialNote: 'inleiding' };
    return this.emit('ManifestoClauseAdded', { manifestoId, clauseId, position, text, proposalIds, ...content }, `manifesto-${manifestoId}`);
  }

  reviseClause(manifestoId: string, clauseId: string, proposalIds: string[], reason = 'scherper geformuleerd', text = `Herzien ${clauseId}`): this {
    const content = proposalIds.length > 0 ? { editorial: false } : { editorial: true, editorialNote: 'inleiding' };
    return this.emit('ManifestoClauseRevised', { manifestoId, clauseId, text, proposalIds, reason, ...content }, `manifesto-${manifestoId}`);
  }

  withdrawClause(manifestoId: string, clauseId: string, reason = 'dubbel met artikel 2'): this {
    return this.emit('ManifestoClauseWithdrawn', { manifestoId, clauseId, reason }, `manifesto-${manifestoId}`);
  }

  adoptManifesto(manifestoId: string, adoptedOn: string): this {
    return this.emit('ManifestoAdopted', { manifestoId, adoptedOn }, `manifesto-${manifestoId}`);
  }

  presentManifesto(manifestoId: string, presentedOn: string, occasion = 'Slotbijeenkomst in de Hooglandse Kerk'): this {
    return this.emit('ManifestoPresented', { manifestoId, presentedOn, occasion }, `manifesto-${manifestoId}`);
  }
}
