import type { capacityTables } from '@sprint-reports/drizzle';

export type CapacitySettingRow = typeof capacityTables.capacitySettings.$inferSelect;
export type TeamRef = { id: string };
export type UserRef = { id: string };
/** A Sprint reference with the fields capacity @requires from the sprints subgraph. */
export type SprintWithDates = { id: string; startDate?: Date | string | null; endDate?: Date | string | null; team?: { id: string } | null };
export type DisciplineCapacity = { discipline: string; members: number; availableDays: number; points: number };
export type SprintCapacity = { workingDays: number; totalDays: number; totalPoints: number; byDiscipline: DisciplineCapacity[] };
