import { summitTypeDefs } from './summit.graphql.js';

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

  "One combination of bands in a cross-table; small counts are suppressed like the one-way tables."
  type CrossTabCell {
    "one band per dimension, in the order of the table's dimensions"
    bands: [String!]!
    "null when suppressed"
    count: Int
    "the number, or '< 5' / '≥ 5' / 'x' when suppressed"
    countLabel: String!
    suppressed: Boolean!
    "small, secondary or withheld"
    suppression: String
  }

  type CrossTabTable {
    dimensions: [String!]!
    "true when '< 5' in this table may also stand for 0"
    zerosHidden: Boolean!
    "every combination, zeros included, the last dimension varying fastest"
    cells: [CrossTabCell!]!
  }

  type CrossTabDimension {
    dimension: String!
    bands: [String!]!
  }

  "Participants at one stage split by several dimensions at once, with every margin, suppressed together."
  type RepresentativenessCrossTab {
    processId: ID!
    stage: String!
    threshold: Int!
    "always in the order district, ageBand, gender, then other:<name>"
    dimensions: [CrossTabDimension!]!
    total: PublishedCount!
    table: CrossTabTable!
    "the tables over every smaller combination of the dimensions, largest first; the one-way ones equal representativeness(stage)"
    margins: [CrossTabTable!]!
  }

${summitTypeDefs}
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
    "Participants at one stage cross-tabulated by district, ageBand, gender and/or other:<name> (at most 4), small cells suppressed across the table and its margins."
    representativenessCrossTab(stage: String!, dimensions: [String!] = ["district", "ageBand", "gender"], processId: ID): RepresentativenessCrossTab
    "Agenda, attendance, tables in aggregate, the anonymous ballots and the computed result."
    summitResult(processId: ID): SummitResult
    "Every process: phase, dates, key counts and the latest updates."
    progress: [Progress!]!
  }
`;
