import type { Projection, ProjectedEvent } from '../projection.js';
import { own } from './read-model.util.js';
import type { ParticipantStages, RepresentativenessProcess, RepresentativenessReadModel } from './representativeness.read-model.js';

/**
 * Who came how far, per participant's bands: registered, in a held conversation, at the summit,
 * in a working group. Residents only; wildcards are no part of the city's population sample.
 */
export const representativenessProjection: Projection<RepresentativenessReadModel> = {
  name: 'representativeness',
  version: 2, // 2: keeps the further bands, for cross-tables
  eventTypes: [
    'ProcessStarted',
    'ReferencePopulationRecorded',
    'ParticipantRegistered',
    'ConversationHeld',
    'SummitAttendanceRecorded',
    'WorkingGroupJoined',
    'WorkingGroupLeft',
  ],
  initialState: () => ({ processIds: [], processes: {}, participants: {} }),
  evolve: (model, event) => {
    apply(model, event);
    return model;
  },
};

const processOf = (model: RepresentativenessReadModel, processId: string): RepresentativenessProcess => {
  const known = own(model.processes, processId);
  if (known) return known;
  const created: RepresentativenessProcess = { processId, districtCodes: [], reference: null };
  model.processes[processId] = created;
  model.processIds.push(processId);
  return created;
};

const participantOf = (model: RepresentativenessReadModel, id: string): ParticipantStages | undefined => own(model.participants, id);

const apply = (model: RepresentativenessReadModel, event: ProjectedEvent): void => {
  switch (event.type) {
    case 'ProcessStarted': {
      processOf(model, event.data.processId).districtCodes = event.data.districts.map((d) => d.code).sort();
      return;
    }
    case 'ReferencePopulationRecorded': {
      const d = event.data;
      processOf(model, d.processId).reference = {
        source: d.source,
        referenceDate: d.referenceDate,
        figures: d.figures.map((f) => ({
          districtCode: f.districtCode ?? null,
          dimension: f.dimension,
          band: f.band,
          inhabitants: f.inhabitants,
          invented: f.invented,
        })),
      };
      return;
    }
    case 'ParticipantRegistered': {
      const d = event.data;
      processOf(model, d.processId);
      const before = participantOf(model, d.participantId);
      model.participants[d.participantId] = {
        processId: d.processId,
        districtCode: d.districtCode,
        ageBand: d.ageBand,
        gender: d.gender,
        otherBands: { ...d.otherBands },
        inConversation: before?.inConversation ?? false,
        atSummit: before?.atSummit ?? false,
        workingGroupIds: before?.workingGroupIds ?? [],
      };
      return;
    }
    case 'ConversationHeld': {
      for (const id of event.data.participantIds) {
        const participant = participantOf(model, id);
        if (participant) participant.inConversation = true;
      }
      return;
    }
    case 'SummitAttendanceRecorded': {
      for (const entry of event.data.entries) {
        if (entry.kind !== 'participant') continue;
        const participant = participantOf(model, entry.attendeeId);
        if (participant) participant.atSummit = entry.status === 'attended';
      }
      return;
    }
    case 'WorkingGroupJoined': {
      const { member, workingGroupId } = event.data;
      const participant = member.kind === 'participant' ? participantOf(model, member.id) : undefined;
      if (participant && !participant.workingGroupIds.includes(workingGroupId)) {
        participant.workingGroupIds = [...participant.workingGroupIds, workingGroupId].sort();
      }
      return;
    }
    case 'WorkingGroupLeft': {
      const { member, workingGroupId } = event.data;
      const participant = member.kind === 'participant' ? participantOf(model, member.id) : undefined;
      if (participant) participant.workingGroupIds = participant.workingGroupIds.filter((id) => id !== workingGroupId);
      return;
    }
    default:
      return;
  }
};
