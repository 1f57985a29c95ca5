import type { queuesTables } from '@sprint-reports/drizzle';

export type QueueRow = typeof queuesTables.queues.$inferSelect;
export type QueueItemRow = typeof queuesTables.queueItems.$inferSelect;
export type QueueConflictRow = typeof queuesTables.queueConflicts.$inferSelect;
export type QueuePinRow = typeof queuesTables.queuePins.$inferSelect;
export type LeftOutRow = queuesTables.LeftOutIssue;
export type QueueCauseRow = queuesTables.QueueCause;
export type QueueTrigger = (typeof queuesTables.queueTriggers)[number];
export type IssueRef = { id: string };
export type SprintRef = { id: string };
export type TeamRef = { id: string };
export type UserRef = { id: string };
