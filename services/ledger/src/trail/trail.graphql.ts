/** The trail: forward from an idea, backward from a clause, theme lineage and district reach. */
export const trailTypeDefs = /* GraphQL */ `
  type TrailThemeRef {
    themeId: ID!
    "the title as it was at that moment"
    title: String!
  }

  type TrailVoteFigures {
    themeId: ID!
    votes: Float!
    rank: Int!
    "number of themes on the ballot"
    of: Int!
    chosen: Boolean!
    chosenCount: Int!
    "votes of the last chosen theme"
    cutOffVotes: Float
    seats: Int!
    ballotCount: Int!
    eligibleVoters: Int!
  }

  type TrailWorkingGroupRef {
    workingGroupId: ID!
    title: String!
  }

  type TrailProposalRef {
    proposalId: ID!
    title: String!
    version: Int!
  }

  type TrailClauseRef {
    manifestoId: ID!
    clauseId: ID!
    number: Int!
  }

  type TrailManifestoRef {
    manifestoId: ID!
    title: String!
  }

  "One step of an idea's trail, in time order."
  type TrailStep {
    kind: String!
    at: String!
    date: String!
    themes: [TrailThemeRef!]!
    workingGroup: TrailWorkingGroupRef
    proposal: TrailProposalRef
    clause: TrailClauseRef
    manifesto: TrailManifestoRef
    rationale: String
    vote: TrailVoteFigures
    label: Text!
  }

  type TrailIdea {
    ideaId: ID!
    receiptCode: String!
    kind: String!
    "null once withdrawn at the participant's request"
    text: String
    status: String!
    withdrawalReason: String
    recordedAt: String!
    processId: ID!
    processTitle: String!
  }

  type TrailConversation {
    conversationId: ID!
    districtCode: String!
    districtName: String
    plannedOn: String!
    heldOn: String
  }

  type TrailTheme {
    themeId: ID!
    title: String!
    status: String!
  }

  type TrailProposal {
    proposalId: ID!
    title: String!
    status: String!
    version: Int!
    "true when the proposal names this idea itself (not only its theme)"
    namesIdea: Boolean!
  }

  type TrailClause {
    manifestoId: ID!
    clauseId: ID!
    number: Int!
    status: String!
  }

  "Where an idea went, and where it stopped and why. found is false for an unknown receipt code."
  type IdeaTrail {
    found: Boolean!
    receiptCode: String!
    "for an unknown code: what to do"
    message: Text
    idea: TrailIdea
    conversation: TrailConversation
    steps: [TrailStep!]
    themes: [TrailTheme!]
    proposals: [TrailProposal!]
    clauses: [TrailClause!]
    "reached-manifesto, in-proposal, proposal-rejected, in-working-group, chosen, not-chosen, on-agenda, not-on-agenda, in-bundling or withdrawn"
    outcome: String
    explanation: Text
  }

  type RootsClause {
    manifestoId: ID!
    manifestoTitle: String!
    manifestoStatus: String!
    clauseId: ID!
    number: Int!
    text: String!
    status: String!
    editorial: Boolean!
    editorialNote: String
  }

  type RootsProposal {
    proposalId: ID!
    title: String!
    status: String!
    version: Int!
    workingGroupId: ID!
    workingGroupTitle: String
    themeIds: [ID!]!
    namedIdeaCount: Int!
  }

  type RootsTheme {
    themeId: ID!
    title: String!
    status: String!
    cited: Boolean!
    ideaCount: Int!
  }

  type RootsIdea {
    ideaId: ID!
    receiptCode: String!
    status: String!
    text: String
    conversationId: ID!
    districtCode: String!
  }

  type RootsConversation {
    conversationId: ID!
    districtCode: String!
    heldOn: String
    ideaCount: Int!
  }

  type RootsDistrict {
    code: String!
    name: String
    ideaCount: Int!
    conversationCount: Int!
  }

  type RootsCounts {
    proposals: Int!
    themes: Int!
    ideas: Int!
    withdrawnIdeas: Int!
    conversations: Int!
    districts: Int!
    districtsTotal: Int
  }

  "What a clause goes back to: proposals, themes, ideas, living rooms and districts."
  type ClauseRoots {
    found: Boolean!
    clauseId: ID!
    message: Text
    clause: RootsClause
    proposals: [RootsProposal!]
    themes: [RootsTheme!]
    ideas: [RootsIdea!]
    conversations: [RootsConversation!]
    districts: [RootsDistrict!]
    counts: RootsCounts
    "e.g. 'gaat terug op 37 ideeën uit 21 huiskamers in 8 van de 10 wijken'"
    summary: Text
  }

  type LineageNode {
    themeId: ID!
    title: String!
    description: String!
    status: String!
    ideaCount: Int!
    createdAt: String!
    retiredAt: String
    "self, ancestor or descendant"
    relation: String!
  }

  type LineageEdge {
    "merge or split"
    kind: String!
    fromThemeId: ID!
    toThemeId: ID!
    at: String!
    date: String!
    rationale: String!
    ideaCount: Int!
  }

  type ThemeLineage {
    nodes: [LineageNode!]!
    edges: [LineageEdge!]!
  }

  "A theme with its lineage: the themes it came from and went into through merges and splits."
  type Theme {
    id: ID!
    processId: ID!
    title: String!
    description: String!
    status: String!
    ideaCount: Int!
    lineage: ThemeLineage!
  }

  type ReachFigure {
    count: Int!
    "fraction 0..1 of the district's ideas; null when it has none"
    share: Float
  }

  type DistrictReachLine {
    code: String!
    name: String
    ideas: Int!
    withdrawn: Int!
    agenda: ReachFigure!
    chosen: ReachFigure!
    proposal: ReachFigure!
    manifesto: ReachFigure!
  }

  type DistrictReach {
    processId: ID!
    districtsTotal: Int!
    districts: [DistrictReachLine!]!
  }

  extend type Query {
    "Follow an idea by the receipt code handed out at the conversation."
    ideaTrail(receiptCode: String!): IdeaTrail!
    "Follow a manifesto clause back to its ideas, living rooms and districts."
    clauseRoots(clauseId: ID!, manifestoId: ID): ClauseRoots!
    "A theme and its lineage; null when there is no such theme."
    theme(id: ID!, processId: ID): Theme
    "Per district, how far its ideas travelled: agenda, chosen themes, proposals, manifesto."
    districtReach(processId: ID): DistrictReach
  }
`;
