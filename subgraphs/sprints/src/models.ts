import type { sprintsTables } from '@sprint-reports/drizzle';

/** What resolvers pass around: database rows, and bare references to other subgraphs' entities. */
export type BoardRow = typeof sprintsTables.boards.$inferSelect;
/** A board as the sync writes it: the analysis settings keep their own values (or defaults). */
export type BoardInsert = typeof sprintsTables.boards.$inferInsert;
export type SprintRow = typeof sprintsTables.sprints.$inferSelect;
export type AnalysisRow = typeof sprintsTables.sprintAnalyses.$inferSelect;
export type TeamRef = { id: string };
export type VelocityRow = {
  sprint: SprintRow;
  committedPoints: number;
  completedPoints: number;
  sayDoRatio: number | null;
  scopeChangeRate: number | null;
  rollingAverage3: number | null;
  rollingAverage5: number | null;
};
export type {
  EstimateChangeEntry, AnalysedIssueEntry, ScopeEventEntry, CarryOverEntry, DisciplineFigures as DisciplineFiguresEntry, BurndownDay, DisciplineRule,
} from '@sprint-reports/drizzle';
