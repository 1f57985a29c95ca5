import type { capacityTables } from '@sprint-reports/drizzle';
import type { TeamMember } from './remote/users.ts';

export type CapacitySettingRow = typeof capacityTables.capacitySettings.$inferSelect;
export type MemberDaysOffRow = typeof capacityTables.memberDaysOff.$inferSelect;
export type Holiday = capacityTables.Holiday;
export type TeamRef = { id: string };
export type UserRef = { id: string };
export type SprintRef = { id: string };
/** A Sprint reference with the fields capacity @requires from the sprints subgraph. */
export type SprintWithDates = { id: string; startDate?: Date | string | null; endDate?: Date | string | null; team?: { id: string } | null };

/** A team member as the users subgraph holds them: discipline and share of their time. */
export type Member = TeamMember;

/** As schema/capacity.graphql declares it. */
export type { ThroughputSource } from './__generated__/resolvers-types.ts';
import type { ThroughputSource } from './__generated__/resolvers-types.ts';
export type DisciplineCapacity = {
  discipline: string;
  members: number;
  availableDays: number;
  hours: number;
  pointsPerDay: number;
  pointsPerDaySource: ThroughputSource;
  historySprints: number;
  factor: number;
  points: number;
  historyAverageCompletedPoints: number | null;
  committedPoints: number;
  utilisation: number | null;
};
export type MemberCapacity = {
  user: UserRef;
  discipline: string;
  allocationPercent: number;
  daysOff: number;
  availableDays: number;
  hours: number;
  points: number;
};
export type SprintCapacity = {
  workingDays: number;
  holidays: Holiday[];
  focusFactor: number;
  adjustment: number;
  hoursPerDay: number;
  totalDays: number;
  totalHours: number;
  totalPoints: number;
  committedPoints: number;
  utilisation: number | null;
  history: SprintRef[];
  historyAverageCompletedPoints: number | null;
  historyUnstaffedCompletedPoints: number | null;
  byDiscipline: DisciplineCapacity[];
  members: MemberCapacity[];
};
