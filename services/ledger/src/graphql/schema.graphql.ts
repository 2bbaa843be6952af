/** Output types and public queries; inputs and mutations are generated from the contracts. */
export const baseTypeDefs = /* GraphQL */ `
  "Any JSON value."
  scalar JSON

  type CommandEvent {
    type: String!
    revision: Int!
  }

  "What a command did. Repeating a commandId returns the same result and changes nothing."
  type CommandResult {
    commandId: ID!
    streamId: String!
    "Id of the aggregate written to, e.g. the new idea's id."
    aggregateId: ID!
    "Stream revision after the command; send it as expectedRevision to detect concurrent changes."
    revision: Int!
    "Global position of the command's last event (decimal string)."
    position: String!
    events: [CommandEvent!]!
    "For recordIdea: the receipt code (volgcode) for the participants."
    receiptCode: String
  }

  type PageInfo {
    endCursor: String
    hasNextPage: Boolean!
  }

  type PhaseView {
    phase: String!
    startsOn: String
    endsOn: String
    startedOn: String
  }

  type District {
    "CBS district code, e.g. WK054600"
    code: String!
    name: String!
  }

  type Process {
    id: ID!
    title: String!
    city: String!
    municipalityCode: String!
    description: String!
    "True for generated demonstration data."
    demo: Boolean!
    currentPhase: String
    phases: [PhaseView!]!
    districts: [District!]!
    conversationCount: Int!
    ideaCount: Int!
  }

  "A living-room conversation (huiskamergesprek). Who hosted and who took part is private; only the group size is public."
  type Conversation {
    id: ID!
    processId: ID!
    districtCode: String!
    plannedOn: String!
    heldOn: String
    "planned, held or reported"
    status: String!
    groupSize: Int
    reportSubmittedOn: String
    ideaCount: Int!
    ideas(first: Int = 100, after: String): IdeaConnection!
    demo: Boolean!
  }

  type ConversationConnection {
    totalCount: Int!
    nodes: [Conversation!]!
    pageInfo: PageInfo!
  }

  type IdeaRevision {
    "The earlier text; null once the idea was withdrawn."
    text: String
    reason: String!
    revisedAt: String!
  }

  "An idea (wens of behoefte). A withdrawn idea keeps its place in the trail but its text leaves the public record."
  type Idea {
    id: ID!
    conversationId: ID!
    conversation: Conversation!
    districtCode: String!
    "wish or need"
    kind: String!
    text: String
    "recorded or withdrawn"
    status: String!
    withdrawalReason: String
    receiptCode: String!
    recordedAt: String!
    revisions: [IdeaRevision!]!
    demo: Boolean!
  }

  type IdeaConnection {
    totalCount: Int!
    nodes: [Idea!]!
    pageInfo: PageInfo!
  }

  type Query {
    processes: [Process!]!
    process(id: ID!): Process
    conversations(processId: ID, districtCode: String, status: String, first: Int = 100, after: String): ConversationConnection!
    conversation(id: ID!): Conversation
    ideas(processId: ID, conversationId: ID, districtCode: String, first: Int = 100, after: String): IdeaConnection!
    idea(id: ID!): Idea
    "Look an idea up by the receipt code (volgcode) handed out at the conversation."
    ideaByReceiptCode(receiptCode: String!): Idea
  }
`;
