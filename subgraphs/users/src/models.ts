import type { usersTables } from '@sprint-reports/drizzle';

export type TenantRow = typeof usersTables.tenants.$inferSelect;
export type UserRow = typeof usersTables.users.$inferSelect;
/** A user as seeds and the JIRA side write them: sign-in fields keep their defaults unless given. */
export type NewUserRow = Pick<UserRow, 'id' | 'tenantId' | 'email' | 'displayName' | 'jiraAccountId'> & Partial<Pick<UserRow, 'role' | 'passwordHash' | 'disabledAt'>>;
export type TeamRow = typeof usersTables.teams.$inferSelect;
export type TeamMemberRow = typeof usersTables.teamMembers.$inferSelect;
export type RefreshTokenRow = typeof usersTables.refreshTokens.$inferSelect;
export type SigningKeyRow = typeof usersTables.signingKeys.$inferSelect;
export type OidcProviderRow = typeof usersTables.oidcProviders.$inferSelect;
export type AuditEntryRow = typeof usersTables.auditLog.$inferSelect;
