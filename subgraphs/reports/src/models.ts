import type { reportsTables } from '@sprint-reports/drizzle';

export type ReportRow = typeof reportsTables.reports.$inferSelect;
export type SprintRef = { id: string };
export type BoardRef = { id: string };
export type TeamRef = { id: string };
