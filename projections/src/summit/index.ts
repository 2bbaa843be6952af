export { summitProjection } from './summit.projection.js';
export type { AllocationQuality, StoredLateChanges, StvStage, SummitReadModel, SummitSchedule, VoterGroup } from './summit.read-model.js';
export {
  summitResult,
  type AttendanceCounts,
  type SummitResultOptions,
  type SummitResultView,
  type SummitStvStageView,
  type ThemeVotesView,
  type SummitTallyView,
  type SummitVotingView,
} from './summit.query.js';
export type { SummitTableView, SummitTablesView, TableDimension } from './summit-tables.query.js';
export { declaredMethod, methodExplanation, recountExplanation, type SummitText } from './summit.messages.js';
export * from './methods/index.js';
