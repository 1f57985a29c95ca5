import type { usersTables } from '@sprint-reports/drizzle';

export type TenantRow = typeof usersTables.tenants.$inferSelect;
export type UserRow = typeof usersTables.users.$inferSelect;
export type TeamRow = typeof usersTables.teams.$inferSelect;
export type TeamMemberRow = typeof usersTables.teamMembers.$inferSelect;
