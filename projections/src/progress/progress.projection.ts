import type { Projection, ProjectedEvent } from '../projection.js';
import { own } from '../representativeness/read-model.util.js';
import type { ProgressProcess, ProgressReadModel, ProgressTallies, Tracked } from './progress.read-model.js';

/** How far each process has come: phases, key counts and the organisers' updates. */
export const progressProjection: Projection<ProgressReadModel> = {
  name: 'progress',
  version: 2, // 2: folds public views (docs/publication.md)
  eventTypes: [
    'ProcessStarted',
    'PhaseStarted',
    'AmbassadorRegistered',
    'ParticipantRegistered',
    'ConversationPlanned',
    'ConversationHeld',
    'IdeaRecorded',
    'IdeaWithdrawn',
    'ThemeCreated',
    'ThemesMerged',
    'ThemeSplit',
    'SummitAttendanceRecorded',
    'VotingOpened',
    'BallotCast',
    'WorkingGroupFormed',
    'ProposalDrafted',
    'ProposalRevised',
    'ProposalSubmitted',
    'ProposalAdopted',
    'ProposalRejected',
    'ManifestoDrafted',
    'ManifestoClauseAdded',
    'ManifestoClauseWithdrawn',
    'ManifestoEndorsed',
    'UpdatePublished',
    'UpdateCorrected',
  ],
  initialState: () => ({
    processIds: [],
    processes: {},
    conversations: {},
    ideas: {},
    themes: {},
    summitAttendees: {},
    proposals: {},
    manifestos: {},
    clauses: {},
    updates: {},
  }),
  evolve: (model, event) => {
    apply(model, event);
    return model;
  },
};

const emptyTallies = (): ProgressTallies => ({ participants: 0, ambassadors: 0, workingGroups: 0, endorsements: 0, ballots: 0 });

/** The process an event concerns, created on first sight, with its updatedAt moved to this event. */
const touch = (model: ProgressReadModel, processId: string, event: ProjectedEvent): ProgressProcess => {
  let process = own(model.processes, processId);
  if (!process) {
    process = { processId, started: false, title: '', city: '', demo: false, currentPhase: null, phases: [], tallies: emptyTallies(), updateIds: [], updatedAt: null };
    model.processes[processId] = process;
    model.processIds.push(processId);
  }
  process.updatedAt = event.occurredAt;
  return process;
};

/** Sets whether a tracked thing counts, if it is known, and touches its process. */
const mark = (model: ProgressReadModel, table: Record<string, Tracked>, key: string, counts: boolean, event: ProjectedEvent): void => {
  const tracked = own(table, key);
  if (!tracked) return;
  tracked.counts = counts;
  touch(model, tracked.processId, event);
};

const track = (model: ProgressReadModel, table: Record<string, Tracked>, key: string, processId: string, counts: boolean, event: ProjectedEvent): void => {
  table[key] = { processId, counts };
  touch(model, processId, event);
};

const apply = (model: ProgressReadModel, event: ProjectedEvent): void => {
  switch (event.type) {
    case 'ProcessStarted': {
      const d = event.data;
      const process = touch(model, d.processId, event);
      Object.assign(process, { started: true, title: d.title, city: d.city, demo: d.demo });
      process.phases = d.plannedPhases.map((p) => ({ phase: p.phase, startsOn: p.startsOn ?? null, endsOn: p.endsOn ?? null, startedOn: null }));
      return;
    }
    case 'PhaseStarted': {
      const process = touch(model, event.data.processId, event);
      process.currentPhase = event.data.phase;
      const phase = process.phases.find((p) => p.phase === event.data.phase);
      if (phase) phase.startedOn = event.data.startedOn;
      else process.phases.push({ phase: event.data.phase, startsOn: null, endsOn: null, startedOn: event.data.startedOn });
      return;
    }
    case 'AmbassadorRegistered':
      touch(model, event.data.processId, event).tallies.ambassadors += 1;
      return;
    case 'ParticipantRegistered':
      touch(model, event.data.processId, event).tallies.participants += 1;
      return;
    case 'ConversationPlanned':
      track(model, model.conversations, event.data.conversationId, event.data.processId, false, event);
      return;
    case 'ConversationHeld':
      mark(model, model.conversations, event.data.conversationId, true, event);
      return;
    case 'IdeaRecorded': {
      const conversation = own(model.conversations, event.data.conversationId);
      if (conversation) track(model, model.ideas, event.data.ideaId, conversation.processId, true, event);
      return;
    }
    case 'IdeaWithdrawn':
      mark(model, model.ideas, event.data.ideaId, false, event);
      return;
    case 'ThemeCreated':
      track(model, model.themes, `${event.data.processId}/${event.data.themeId}`, event.data.processId, true, event);
      return;
    case 'ThemesMerged':
      for (const source of event.data.sourceThemeIds) mark(model, model.themes, `${event.data.processId}/${source}`, false, event);
      return;
    case 'ThemeSplit': {
      const { processId, sourceThemeId, parts } = event.data;
      mark(model, model.themes, `${processId}/${sourceThemeId}`, false, event);
      for (const part of parts) track(model, model.themes, `${processId}/${part.themeId}`, processId, true, event);
      return;
    }
    case 'SummitAttendanceRecorded': {
      const { processId, entries } = event.data;
      for (const e of entries) track(model, model.summitAttendees, `${processId}/${e.attendeeId}`, processId, e.status === 'attended', event);
      return;
    }
    case 'VotingOpened':
      touch(model, event.data.processId, event).tallies.ballots = 0;
      return;
    case 'BallotCast':
      touch(model, event.data.processId, event).tallies.ballots += 1;
      return;
    case 'WorkingGroupFormed':
      touch(model, event.data.processId, event).tallies.workingGroups += 1;
      return;
    case 'ProposalDrafted':
      track(model, model.proposals, event.data.proposalId, event.data.processId, false, event);
      return;
    case 'ProposalRevised':
    case 'ProposalSubmitted':
    case 'ProposalRejected':
    case 'ProposalAdopted':
      mark(model, model.proposals, event.data.proposalId, event.type === 'ProposalAdopted', event);
      return;
    case 'ManifestoDrafted':
      model.manifestos[event.data.manifestoId] = event.data.processId;
      touch(model, event.data.processId, event);
      return;
    case 'ManifestoClauseAdded': {
      const processId = own(model.manifestos, event.data.manifestoId);
      if (processId !== undefined) track(model, model.clauses, `${event.data.manifestoId}/${event.data.clauseId}`, processId, true, event);
      return;
    }
    case 'ManifestoClauseWithdrawn':
      mark(model, model.clauses, `${event.data.manifestoId}/${event.data.clauseId}`, false, event);
      return;
    case 'ManifestoEndorsed': {
      const processId = own(model.manifestos, event.data.manifestoId);
      if (processId !== undefined) touch(model, processId, event).tallies.endorsements += 1;
      return;
    }
    case 'UpdatePublished': {
      const { updateId, processId, title, body, publishedOn } = event.data;
      const process = touch(model, processId, event);
      if (!own(model.updates, updateId)) process.updateIds.push(updateId);
      model.updates[updateId] = { updateId, processId, title, body, publishedOn, corrections: [] };
      return;
    }
    case 'UpdateCorrected': {
      const { updateId, title, body, reason, correctedOn } = event.data;
      const update = own(model.updates, updateId);
      if (!update) return;
      Object.assign(update, { title, body });
      update.corrections.push({ reason, correctedOn });
      touch(model, update.processId, event);
      return;
    }
    default:
      return;
  }
};
