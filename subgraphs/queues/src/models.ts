import type { queuesTables } from '@sprint-reports/drizzle';

export type QueueRow = typeof queuesTables.queues.$inferSelect;
export type QueueItemRow = typeof queuesTables.queueItems.$inferSelect;
export type QueueConflictRow = typeof queuesTables.queueConflicts.$inferSelect;
export type IssueRef = { id: string };
export type SprintRef = { id: string };
