import type { sprintsTables } from '@sprint-reports/drizzle';

/** What resolvers pass around: database rows, and bare references to other subgraphs' entities. */
export type BoardRow = typeof sprintsTables.boards.$inferSelect;
export type SprintRow = typeof sprintsTables.sprints.$inferSelect;
export type AnalysisRow = typeof sprintsTables.sprintAnalyses.$inferSelect;
export type TeamRef = { id: string };
export type VelocityRow = { sprint: SprintRow; committedPoints: number; completedPoints: number };
export type { EstimateChangeEntry } from '@sprint-reports/drizzle';
