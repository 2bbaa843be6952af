/** The transparency log: signed checkpoints, receipts and proofs (docs/integrity.md). All public. */
export const integrityTypeDefs = /* GraphQL */ `
  "A signed checkpoint of the transparency log: a C2SP tlog-checkpoint in a C2SP signed note (Ed25519)."
  type LogCheckpoint {
    "the log's origin line, also the name of its signing key"
    origin: String!
    "number of events (leaves) the checkpoint covers"
    treeSize: Int!
    "base64 RFC 9162 root hash"
    rootHash: String!
    "the signed note, exactly as published in log/checkpoint"
    note: String!
    "the verifier key string of the signing key (name+keyid+base64), as in log/public-key.txt"
    verifierKey: String!
    signedAt: String!
  }

  "Proof that an idea is in the log: its event's leaf, an inclusion proof and the checkpoint it leads to."
  type LogReceipt {
    receiptCode: String!
    ideaId: ID!
    "leaf index of the idea's IdeaRecorded event"
    index: Int!
    "base64 leaf hash"
    leafHash: String!
    "base64 hashes, lowest first (RFC 9162 section 2.1.3)"
    inclusionProof: [String!]!
    treeSize: Int!
    "the signed checkpoint the proof leads to"
    checkpoint: String!
  }

  type InclusionProof {
    index: Int!
    eventId: ID!
    treeSize: Int!
    "base64 leaf hash of the event's public log line"
    leafHash: String!
    "base64 root hash of the first treeSize events"
    rootHash: String!
    "base64 hashes, lowest first"
    hashes: [String!]!
  }

  "Proof that the tree of 'to' events extends the tree of 'from' events (RFC 9162 section 2.1.4)."
  type ConsistencyProof {
    from: Int!
    to: Int!
    fromRootHash: String!
    toRootHash: String!
    hashes: [String!]!
  }

  extend type Query {
    "The latest published checkpoint; null before the first publication."
    checkpoint: LogCheckpoint
    "The receipt of an idea by its receipt code, against the latest checkpoint; null when unknown or not yet published."
    receipt(code: String!): LogReceipt
    "Inclusion proof of one event, by eventId or by leaf index, in the tree of treeSize events (default: the latest checkpoint's); null without an event, or before the first publication without a treeSize."
    inclusionProof(eventId: ID, index: Int, treeSize: Int): InclusionProof
    "Consistency proof between two tree sizes (default: from the checkpoint before the latest to the latest); null when there are no such checkpoints."
    consistencyProof(from: Int, to: Int): ConsistencyProof
  }
`;
