/** The summit in public: agenda, attendance, tables in aggregate with their quality, the vote and its recountable result. */
export const summitTypeDefs = /* GraphQL */ `
  type AttendanceCounts {
    invited: Int!
    confirmed: Int!
    attended: Int!
    absent: Int!
  }

  type SummitAttendance {
    residents: AttendanceCounts!
    wildcards: AttendanceCounts!
  }

  type SummitSchedule {
    date: String!
    venue: String!
    capacity: Int!
    wildcardLimit: Int!
  }

  type AgendaItem {
    position: Int!
    themeId: ID!
    rule: String!
    addedAt: String!
  }

  type PublishedCell {
    band: String!
    count: Int
    countLabel: String!
    suppressed: Boolean!
    suppression: String
  }

  type TableDimension {
    dimension: String!
    cells: [PublishedCell!]!
  }

  type TableDiversity {
    districts: Int!
    ageBands: Int!
    genders: Int!
  }

  "One table in aggregate: how many and how mixed, never who."
  type SummitTable {
    table: Int!
    size: Int!
    wildcards: Int!
    residents: Int!
    diversity: TableDiversity!
    "always empty: residents per band at a table of about 8 are small counts; the make-up of the room is representativeness at stage summit"
    composition: [TableDimension!]!
  }

  "Summed deviation of the tables from the room's mix, per attribute (docs/allocation.md)."
  type AllocationMixDeviation {
    districts: Float!
    ageBands: Float!
    genders: Float!
    total: Float!
  }

  "How well the tables mirror the room; lower is better. Counts only, never who."
  type AllocationQuality {
    mixDeviation: AllocationMixDeviation!
    "pairs of residents from the same living room at one table"
    sameRoomPairs: Int!
    sameRoomPairWeight: Float!
    "mixDeviation.total + sameRoomPairWeight x sameRoomPairs"
    score: Float!
    "residents whose living room was known; same-room pairs are counted among them"
    residentsWithLivingRoom: Int!
  }

  "Late changes on the day (no-shows, late arrivals), summed over every re-allocation: counts only."
  type TableLateChanges {
    algorithm: String!
    algorithmVersion: Int!
    reallocations: Int!
    "seated people who changed table"
    moved: Int!
    "late arrivals given a seat"
    seated: Int!
    "no-shows whose seat was freed"
    removed: Int!
    changedAt: String!
  }

  type SummitTables {
    algorithm: String!
    algorithmVersion: Int!
    seed: Float!
    tableSize: Int!
    tableCount: Int!
    allocatedAt: String!
    "null for an allocation that did not measure it (round-robin)"
    quality: AllocationQuality
    "null when the tables were never re-allocated"
    lateChanges: TableLateChanges
    tables: [SummitTable!]!
  }

  "The voting method declared when voting opened: approval (maxChoices), dots (dots) or stv; seats for all."
  type VotingMethod {
    "approval, dots or stv"
    kind: String!
    "approval: the most themes a voter may tick"
    maxChoices: Int
    "dots: the most dots a voter may place"
    dots: Int
    seats: Int
  }

  "An anonymous ballot from the opened ballot box: no voter, no id, no time; published so anyone can recount."
  type Ballot {
    choices: [ID!]!
  }

  type VotingExplanation {
    method: Text!
    recount: Text!
  }

  type SummitVoting {
    "open, closed or declared"
    status: String!
    method: VotingMethod!
    voters: String!
    themeIds: [ID!]!
    eligibleVoters: Int!
    ballotCount: Int!
    ballots: [Ballot!]!
    openedAt: String!
    closedAt: String
    explanation: VotingExplanation!
  }

  type TallyLine {
    themeId: ID!
    "ticks (approval) or dots, whole numbers; for STV the votes when elected or excluded, to five decimals"
    votes: Float!
    "the count as the method states it: '3' for approval and dots, '19.00000' for STV"
    exactVotes: String!
    rank: Int!
    chosen: Boolean!
  }

  "A theme's figure in one STV stage, exact to five decimals."
  type ThemeVotes {
    themeId: ID!
    votes: String!
  }

  "One stage of an STV count (Scottish rules, docs/voting.md)."
  type StvStage {
    stage: Int!
    "first-preferences, surplus or exclusion"
    action: String!
    "the theme whose surplus moves or which is excluded; null at the first stage"
    themeId: ID
    "count, previous-stage or lot"
    decidedBy: String!
    transferValue: String
    "votes moved this stage, per theme (negative for the theme they leave)"
    transfers: [ThemeVotes!]!
    nonTransferable: String!
    lostToRounding: String!
    "every theme's votes at the end of the stage"
    counts: [ThemeVotes!]!
    elected: [ID!]!
    excluded: [ID!]!
  }

  type SummitTally {
    ballotCount: Int!
    seats: Int!
    lines: [TallyLine!]!
    chosenThemeIds: [ID!]!
    tieBreak: String!
    "STV only: the Droop quota, to five decimals"
    quota: String
    "STV only: every stage of the count"
    rounds: [StvStage!]
    "true when recounting the published ballots by the declared method gives the declared result"
    votesMatchBallots: Boolean!
    declaredAt: String!
  }

  type SummitResult {
    processId: ID!
    threshold: Int!
    schedule: SummitSchedule
    agenda: [AgendaItem!]!
    attendance: SummitAttendance!
    tables: SummitTables
    voting: SummitVoting
    result: SummitTally
  }
`;
