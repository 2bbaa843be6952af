export { summitProjection } from './summit.projection.js';
export type { SummitReadModel, SummitSchedule, VoterGroup } from './summit.read-model.js';
export {
  summitResult,
  type AttendanceCounts,
  type SummitResultOptions,
  type SummitResultView,
  type SummitTallyView,
  type SummitVotingView,
} from './summit.query.js';
export type { SummitTableView, SummitTablesView, TableDimension } from './summit-tables.query.js';
export type { SummitText } from './summit.messages.js';
