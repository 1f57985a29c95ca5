import type { usersTables } from '@sprint-reports/drizzle';

export type TenantRow = typeof usersTables.tenants.$inferSelect;
export type UserRow = typeof usersTables.users.$inferSelect;
/** A user as seeds and the JIRA side write them: sign-in fields keep their defaults unless given. */
export type NewUserRow = Pick<UserRow, 'id' | 'tenantId' | 'email' | 'displayName' | 'jiraAccountId'> &
  Partial<Pick<UserRow, 'role' | 'passwordHash' | 'disabledAt'>>;
export type TeamRow = typeof usersTables.teams.$inferSelect;
export type TeamMemberRow = typeof usersTables.teamMembers.$inferSelect;
export type RefreshTokenRow = typeof usersTables.refreshTokens.$inferSelect;
export type SigningKeyRow = typeof usersTables.signingKeys.$inferSelect;
export type OidcProviderRow = typeof usersTables.oidcProviders.$inferSelect;
export type AuditEntryRow = typeof usersTables.auditLog.$inferSelect;

/**
 * A user as resolvers receive it. A session made by a sign-in field carries its tenant and team
 * memberships: the sign-in request itself has no tenant, so loaders could not find them.
 */
export type UserModel = UserRow & { signedIn?: { tenant: TenantRow; memberships: Membership[] } };

/** One of a user's teams and their role in it. */
export interface Membership {
  team: TeamRow;
  role: TeamMemberRow['role'];
}

export interface SessionModel {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  user: UserModel;
}

export interface ExternalSessionModel {
  tenantId: string;
  userId: string;
  role: UserRow['role'];
  email: string;
  teams: string;
}
