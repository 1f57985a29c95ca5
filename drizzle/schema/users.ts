import { idempotencyKeysOf } from './idempotency.ts';
import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Role, TeamRole } from '../../packages/core/src/__generated__/users.ts';
import { valuesOf } from './vocabulary.ts';
import { pgSchema, uuid, text, timestamp, integer, primaryKey, uniqueIndex, index, jsonb, boolean, check } from 'drizzle-orm/pg-core';

/** Identity: tenants, their users and teams, sign-in and the audit log. Owned by the users subgraph. */
export const usersSchema = pgSchema('users');

/** The SDL's Role (schema/users.graphql, in core's generated vocabulary) for the check constraints. */
const roles = valuesOf<Role>()(['ADMIN', 'MANAGER', 'MEMBER', 'VIEWER']);
const roleLiterals = roles.map((r) => `'${r}'`).join(', ');
/** `column in ('ADMIN', 'MANAGER', 'MEMBER', 'VIEWER')`: every role, as the migrations wrote the checks. */
const isRole = (column: SQLWrapper) => sql`${column} in (${sql.raw(roleLiterals)})`;

export const tenants = usersSchema.table('tenants', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  /** The disciplines team members work in (capacity is planned per discipline), in the tenant's order. */
  disciplines: jsonb('disciplines').$type<string[]>().notNull().default(['Frontend', 'Backend', 'QA', 'Design', 'DevOps']),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const users = usersSchema.table(
  'users',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    jiraAccountId: text('jira_account_id'),
    role: text('role').$type<Role>().notNull().default('VIEWER'),
    /** scrypt, self-describing (see subgraphs/users/src/auth/passwords.ts); null for SSO-only users. */
    passwordHash: text('password_hash'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /**
     * Bumped with every change of what the user may do (disabled or enabled, role, a team role): access
     * tokens carry the version they were issued at (`ver`), and the router refuses older ones.
     */
    accessVersion: integer('access_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_tenant_email_uq').on(t.tenantId, t.email),
    // Sign-in looks a person up by email across tenants.
    index('users_email_idx').on(t.email),
    check('users_role_check', isRole(t.role)),
  ],
);

export const teams = usersSchema.table(
  'teams',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('teams_tenant_idx').on(t.tenantId)],
);

export const teamMembers = usersSchema.table(
  'team_members',
  {
    tenantId: uuid('tenant_id').notNull(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    discipline: text('discipline').notNull(),
    role: text('role').$type<TeamRole>().notNull(),
    allocationPercent: integer('allocation_percent').notNull().default(100),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_idx').on(t.userId)],
);

/**
 * Refresh tokens, stored as their SHA-256 only. Each use replaces the token with a new one of the
 * same family; a replaced token presented again means it leaked, and revokes the whole family.
 */
export const refreshTokens = usersSchema.table(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    familyId: uuid('family_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    replacedBy: uuid('replaced_by'),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.familyId), index('refresh_tokens_user_idx').on(t.userId)],
);

/**
 * The keys that sign access tokens (ES256). Global, not a tenant's: only the system role reads them.
 * One active key at a time (retired_at null); retired keys stay verifiable for a while.
 */
export const signingKeys = usersSchema.table(
  'signing_keys',
  {
    kid: text('kid').primaryKey(),
    publicJwk: jsonb('public_jwk').$type<Record<string, unknown>>().notNull(),
    /** The private JWK as JSON, sealed with the runtime's SecretBox (ENCRYPTION_KEY). */
    privateJwkSealed: text('private_jwk_sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  // At most one active key, even when two processes start or rotate at once.
  (t) => [
    uniqueIndex('signing_keys_one_active_uq')
      .on(sql`(${t.retiredAt} is null)`)
      .where(sql`${t.retiredAt} is null`),
  ],
);

/** A tenant's external identity provider (OIDC): tokens it issues sign people of that tenant in. */
export const oidcProviders = usersSchema.table(
  'oidc_providers',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    /** Unique across tenants: the router finds the tenant from a token's issuer. */
    issuer: text('issuer').notNull().unique(),
    audience: text('audience').notNull(),
    jwksUrl: text('jwks_url').notNull(),
    emailClaim: text('email_claim').notNull().default('email'),
    roleClaim: text('role_claim'),
    /** A value of the role claim → our role. */
    roleMapping: jsonb('role_mapping').$type<Record<string, Role>>().notNull().default({}),
    defaultRole: text('default_role').$type<Role>().notNull().default('VIEWER'),
    autoProvision: boolean('auto_provision').notNull().default(false),
    /** The app's public client id at the provider (authorization code + PKCE); none: no sign-in button. */
    clientId: text('client_id'),
    /** The sign-in button's words: "Sign in with <displayName>". */
    displayName: text('display_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('oidc_providers_tenant_idx').on(t.tenantId), check('oidc_providers_default_role_check', isRole(t.defaultRole))],
);

/**
 * The email domains whose people sign in with a provider (home-realm discovery on the sign-in page).
 * The primary key makes a domain one provider's across all tenants, though each tenant sees only its own rows.
 */
export const oidcEmailDomains = usersSchema.table(
  'oidc_email_domains',
  {
    domain: text('domain').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => oidcProviders.id, { onDelete: 'cascade' }),
  },
  (t) => [index('oidc_email_domains_provider_idx').on(t.providerId)],
);

/** Who changed what in a tenant: connections, capacity, queues, users. Written with the change, in its transaction. */
export const auditLog = usersSchema.table(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    // The clock, not the transaction's start: entries of one transaction keep their order.
    at: timestamp('at', { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
    /** Null when our own services acted (a job, the webhook endpoint). */
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_log_tenant_at_idx').on(t.tenantId, t.at.desc()),
    // The audit page's filters: by person, and by kind (the action's first part, as auditEntries spells it).
    index('audit_log_tenant_actor_at_idx').on(t.tenantId, t.actorUserId, t.at.desc()),
    index('audit_log_tenant_kind_at_idx').on(t.tenantId, sql`split_part(${t.action}, '.', 1)`, t.at.desc()),
  ],
);

/** Idempotency keys of this subgraph's creating mutations. */
export const idempotencyKeys = idempotencyKeysOf(usersSchema);
