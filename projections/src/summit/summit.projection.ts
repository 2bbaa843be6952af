import type { EventData, VotingMethod } from '@spoor/contracts';
import type { Projection, ProjectedEvent } from '../projection.js';
import { own } from '../representativeness/read-model.util.js';
import type { AllocationQuality, StoredTable, StvStage, SummitReadModel, SummitRecord } from './summit.read-model.js';

/**
 * The summit of each process: schedule, agenda, attendance, the latest table allocation (in
 * aggregate only: member ids are private and never copied), the vote and its result.
 */
export const summitProjection: Projection<SummitReadModel> = {
  name: 'summit',
  version: 3, // 2: folds public views (docs/publication.md); 3: allocation quality, late changes, every voting method
  eventTypes: ['SummitScheduled', 'ThemePutOnAgenda', 'SummitAttendanceRecorded', 'TablesAllocated', 'TablesReallocated', 'VotingOpened', 'BallotCast', 'VotingClosed', 'SummitResultDeclared'],
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

/** Copies only the fields each method declares, so the model holds nothing else an event might carry. */
const copyMethod = (method: VotingMethod): VotingMethod => {
  switch (method.kind) {
    case 'approval':
      return { kind: 'approval', maxChoices: method.maxChoices, seats: method.seats };
    case 'dots':
      return { kind: 'dots', dots: method.dots, seats: method.seats };
    case 'stv':
      return { kind: 'stv', seats: method.seats };
    default: {
      const _exhaustive: never = method;
      throw new Error(`method: unknown voting method ${JSON.stringify(_exhaustive)}`);
    }
  }
};
const copyCounts = (counts: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(counts));

// composition only: memberIds are private and never reach the model
type TableComposition = EventData<'TablesAllocated'>['tables'][number]['composition'];
const storedTables = (tables: readonly { table: number; composition: TableComposition }[]): StoredTable[] =>
  tables.map(({ table, composition: c }) => ({
    table,
    size: c.size,
    wildcards: c.wildcards,
    districts: copyCounts(c.districts),
    ageBands: copyCounts(c.ageBands),
    genders: copyCounts(c.genders),
  }));

const copyQuality = (q: AllocationQuality): AllocationQuality => ({
  mixDeviation: { districts: q.mixDeviation.districts, ageBands: q.mixDeviation.ageBands, genders: q.mixDeviation.genders, total: q.mixDeviation.total },
  sameRoomPairs: q.sameRoomPairs,
  sameRoomPairWeight: q.sameRoomPairWeight,
  score: q.score,
  residentsWithLivingRoom: q.residentsWithLivingRoom,
});

const copyStage = (r: StvStage): StvStage => ({
  stage: r.stage,
  action: r.action,
  themeId: r.themeId,
  decidedBy: r.decidedBy,
  transferValue: r.transferValue,
  transfers: copyStrings(r.transfers),
  nonTransferable: r.nonTransferable,
  lostToRounding: r.lostToRounding,
  counts: copyStrings(r.counts),
  elected: [...r.elected],
  excluded: [...r.excluded],
});
const copyStrings = (values: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(values));

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
        tables: storedTables(d.tables),
        quality: d.quality ? copyQuality(d.quality) : null,
        lateChanges: null,
      };
      return;
    }
    case 'TablesReallocated': {
      const d = event.data;
      const summit = summitOf(model, d.processId);
      const before = summit.allocation;
      const earlier = before?.lateChanges;
      summit.allocation = {
        // the allocation that was changed stays named, so a recount starts from its seed
        algorithm: before?.algorithm ?? d.algorithm,
        algorithmVersion: before?.algorithmVersion ?? d.algorithmVersion,
        seed: d.seed,
        tableSize: d.tableSize,
        allocatedAt: before?.allocatedAt ?? at,
        tables: storedTables(d.tables),
        quality: copyQuality(d.quality),
        lateChanges: {
          algorithm: d.algorithm,
          algorithmVersion: d.algorithmVersion,
          reallocations: (earlier?.reallocations ?? 0) + 1,
          moved: (earlier?.moved ?? 0) + d.changes.moved,
          seated: (earlier?.seated ?? 0) + d.changes.seated,
          removed: (earlier?.removed ?? 0) + d.changes.removed,
          changedAt: at,
        },
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
        quota: d.quota ?? null,
        rounds: d.rounds ? d.rounds.map(copyStage) : null,
        declaredAt: at,
      };
      return;
    }
    default:
      return;
  }
};
