/** Public audit views: representativeness, the summit and progress. Never a person, only counts. */
export const auditTypeDefs = /* GraphQL */ `
  "Dutch and English versions of a sentence."
  type Text {
    nl: String!
    en: String!
  }

  "A count as published: small counts are suppressed and shown as a label such as '< 5'."
  type PublishedCount {
    count: Int
    countLabel: String!
    suppressed: Boolean!
  }

  type RepresentativenessRow {
    band: String!
    "null when suppressed"
    count: Int
    "the number, or '< 5' / '≥ 5' / 'x' when suppressed"
    countLabel: String!
    share: Float
    referenceCount: Int
    referenceShare: Float
    "share minus reference share, in percentage points"
    difference: Float
    suppressed: Boolean!
    "small, secondary or withheld"
    suppression: String
    "true when the reference figure was invented (demo data)"
    referenceInvented: Boolean!
  }

  type RepresentativenessDimension {
    "district, ageBand or gender"
    dimension: String!
    referenceTotal: Int
    referenceInvented: Boolean!
    rows: [RepresentativenessRow!]!
  }

  type ReferenceSource {
    source: String!
    referenceDate: String!
    invented: Boolean!
  }

  type Representativeness {
    processId: ID!
    "registered, conversation, summit or working-group"
    stage: String!
    threshold: Int!
    total: PublishedCount!
    reference: ReferenceSource
    dimensions: [RepresentativenessDimension!]!
  }

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
    composition: [TableDimension!]!
  }

  type SummitTables {
    algorithm: String!
    algorithmVersion: Int!
    seed: Float!
    tableSize: Int!
    tableCount: Int!
    allocatedAt: String!
    tables: [SummitTable!]!
  }

  type VotingMethod {
    kind: String!
    maxChoices: Int
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
    votes: Int!
    rank: Int!
    chosen: Boolean!
  }

  type SummitTally {
    ballotCount: Int!
    seats: Int!
    lines: [TallyLine!]!
    chosenThemeIds: [ID!]!
    tieBreak: String!
    "true when recounting the published ballots gives the declared votes"
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

  type ProgressCounts {
    participants: Int!
    ambassadors: Int!
    conversationsHeld: Int!
    ideas: Int!
    themes: Int!
    summitAttendees: Int!
    ballots: Int!
    workingGroups: Int!
    proposalsAdopted: Int!
    clauses: Int!
    endorsements: Int!
  }

  type UpdateCorrection {
    reason: String!
    correctedOn: String!
  }

  type ProgressUpdate {
    updateId: ID!
    title: String!
    body: String!
    publishedOn: String!
    corrected: Boolean!
    corrections: [UpdateCorrection!]!
  }

  type Progress {
    processId: ID!
    title: String!
    city: String!
    demo: Boolean!
    currentPhase: String
    phases: [PhaseView!]!
    counts: ProgressCounts!
    "newest first"
    updates(first: Int = 12): [ProgressUpdate!]!
    updatedAt: String
  }

  extend type Query {
    "Participants against the reference population at one stage: registered, conversation, summit or working-group."
    representativeness(stage: String!, processId: ID): Representativeness
    "Agenda, attendance, tables in aggregate, the anonymous ballots and the computed result."
    summitResult(processId: ID): SummitResult
    "Every process: phase, dates, key counts and the latest updates."
    progress: [Progress!]!
  }
`;
