import type { VotingMethod } from '@spoor/contracts';
import type { Projection, ProjectedEvent } from '../projection.js';
import { own } from '../representativeness/read-model.util.js';
import type { SummitReadModel, SummitRecord } from './summit.read-model.js';

/**
 * The summit of each process: schedule, agenda, attendance, the latest table allocation (in
 * aggregate only: member ids are private and never copied), the vote and its result.
 */
export const summitProjection: Projection<SummitReadModel> = {
  name: 'summit',
  version: 2, // 2: folds public views (docs/publication.md)
  eventTypes: ['SummitScheduled', 'ThemePutOnAgenda', 'SummitAttendanceRecorded', 'TablesAllocated', 'VotingOpened', 'BallotCast', 'VotingClosed', 'SummitResultDeclared'],
  initialState: () => ({ processIds: [], summits: {} }),
  evolve: (model, event) => {
    apply(model, event);
    return model;
  },
};

const summitOf = (model: SummitReadModel, processId: string): SummitRecord => {
  const known = own(model.summits, processId);
  if (known) return known;
  const created: SummitRecord = { processId, schedule: null, agenda: [], attendance: {}, allocation: null, voting: null, ballots: [], ballotsCast: 0, result: null };
  model.summits[processId] = created;
  model.processIds.push(processId);
  return created;
};

const copyMethod = (method: VotingMethod): VotingMethod => ({ kind: method.kind, maxChoices: method.maxChoices, seats: method.seats });
const copyCounts = (counts: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(counts));

const apply = (model: SummitReadModel, event: ProjectedEvent): void => {
  const at = event.occurredAt;
  switch (event.type) {
    case 'SummitScheduled': {
      const { processId, date, venue, capacity, wildcardLimit } = event.data;
      summitOf(model, processId).schedule = { date, venue, capacity, wildcardLimit };
      return;
    }
    case 'ThemePutOnAgenda': {
      summitOf(model, event.data.processId).agenda.push({ themeId: event.data.themeId, rule: event.data.rule, addedAt: at });
      return;
    }
    case 'SummitAttendanceRecorded': {
      const summit = summitOf(model, event.data.processId);
      for (const e of event.data.entries) summit.attendance[e.attendeeId] = { kind: e.kind, status: e.status };
      return;
    }
    case 'TablesAllocated': {
      const d = event.data;
      summitOf(model, d.processId).allocation = {
        algorithm: d.algorithm,
        algorithmVersion: d.algorithmVersion,
        seed: d.seed,
        tableSize: d.tableSize,
        allocatedAt: at,
        // composition only: memberIds are private
        tables: d.tables.map(({ table, composition: c }) => ({
          table,
          size: c.size,
          wildcards: c.wildcards,
          districts: copyCounts(c.districts),
          ageBands: copyCounts(c.ageBands),
          genders: copyCounts(c.genders),
        })),
      };
      return;
    }
    case 'VotingOpened': {
      const d = event.data;
      const summit = summitOf(model, d.processId);
      // as the ledger's voting aggregate: opening starts a fresh vote
      summit.voting = { status: 'open', method: copyMethod(d.method), voters: d.voters, themeIds: [...d.themeIds], eligibleVoters: d.eligibleVoters, openedAt: at, closedAt: null };
      summit.ballots = [];
      summit.ballotsCast = 0;
      summit.result = null;
      return;
    }
    case 'BallotCast': {
      // A code was spent; the ballot itself stays sealed until the box is opened at closing.
      summitOf(model, event.data.processId).ballotsCast += 1;
      return;
    }
    case 'VotingClosed': {
      const summit = summitOf(model, event.data.processId);
      summit.ballots = event.data.ballots.map((choices) => ({ choices: [...choices] }));
      const voting = summit.voting;
      if (voting) {
        voting.status = 'closed';
        voting.closedAt = at;
      }
      return;
    }
    case 'SummitResultDeclared': {
      const d = event.data;
      const summit = summitOf(model, d.processId);
      if (summit.voting) summit.voting.status = 'declared';
      summit.result = {
        method: copyMethod(d.method),
        ballotCount: d.ballotCount,
        tally: d.tally.map(({ themeId, votes, rank, chosen }) => ({ themeId, votes, rank, chosen })),
        chosenThemeIds: [...d.chosenThemeIds],
        tieBreak: d.tieBreak,
        declaredAt: at,
      };
      return;
    }
    default:
      return;
  }
};
