import type { reportsTables } from '@sprint-reports/drizzle';

/** Row types the resolvers map GraphQL types to (codegen.yml mappers). */
export type ReportRow = typeof reportsTables.reports.$inferSelect;
export type DocumentRow = typeof reportsTables.documents.$inferSelect;
export type ScheduleRow = typeof reportsTables.schedules.$inferSelect;
export type DeliveryRow = typeof reportsTables.deliveries.$inferSelect;
export type SprintRef = { id: string };
export type BoardRef = { id: string };
export type TeamRef = { id: string };
export type UserRef = { id: string };
