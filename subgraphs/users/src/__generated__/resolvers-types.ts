import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TenantRow, UserModel, TeamRow, TeamMemberRow, Membership, SessionModel, OidcProviderRow, AuditEntryRow, ExternalSessionModel } from '../models.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Who changed what, when. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What happened, as `<thing>.<verb>`: jira_connection.created, user.updated, team_member.added... */
  action: Scalars['String']['output'];
  /** Null when Sprint Reports itself acted (a job, a webhook), or the user no longer exists. */
  actor?: Maybe<User>;
  actorEmail?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** What changed, as a JSON object (never secrets). */
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType: Scalars['String']['output'];
};

/** Internal: one audit entry, as packages/core/src/audit.ts records it. */
export type AuditEntryInput = {
  action: Scalars['String']['input'];
  actorEmail?: InputMaybe<Scalars['String']['input']>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  /** JSON object. */
  details?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType: Scalars['String']['input'];
  /** Only for callers without a tenant (system-wide work); otherwise the caller's tenant. */
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Their JIRA account (accountId on Cloud, user key on Server/DC): issues assigned to it are theirs. */
  jiraAccountId?: InputMaybe<Scalars['String']['input']>;
  /** None for users who sign in through the tenant's identity provider only. At least 8 characters. */
  password?: InputMaybe<Scalars['String']['input']>;
  role?: Role;
};

/** Internal: the identity an external (OIDC) token maps to. */
export type ExternalSession = {
  __typename?: 'ExternalSession';
  email: Scalars['String']['output'];
  role: Role;
  /** JSON object: team id → the user's TeamRole in it. */
  teams: Scalars['String']['output'];
  tenantId: Scalars['ID']['output'];
  userId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a user to a team, or changes their membership. The discipline is one of the tenant's; the user's
   * allocations to all their teams add up to at most 100 %.
   */
  addTeamMember: Team;
  /** `idempotencyKey`: a retry with the same key answers the team the first request created, without creating another. */
  createTeam: Team;
  /** `idempotencyKey`: a retry with the same key answers the user the first request created, without creating another. */
  createUser: User;
  /** Signs in with email and password. `tenant` (the organisation's slug) is needed only when the email has accounts in several organisations. */
  login: Session;
  /** Ends the session of this refresh token (and all refreshed from it). False when the token is unknown. */
  logout: Scalars['Boolean']['output'];
  /** Internal: appends to the caller's tenant's audit log, in the caller's transaction. Answers how many entries were written. */
  recordAudit: Scalars['Int']['output'];
  /** A new session for a refresh token; the token given is used up. A used-up token presented again ends all sessions descended from it. */
  refreshToken: Session;
  removeOidcProvider: Scalars['Boolean']['output'];
  removeTeamMember: Scalars['Boolean']['output'];
  /**
   * The tenant's disciplines, in order: trimmed, without blanks and case-insensitive repeats (the first
   * spelling is kept); 1 to 50 names of at most 60 characters. A discipline a team member works in cannot be removed.
   */
  setDisciplines: Array<Scalars['String']['output']>;
  /** Creates or changes (by issuer) the tenant's identity provider. */
  setOidcProvider: OidcProvider;
  /** Internal (router, system scope): the user a verified external token (its payload as JSON) signs in; FORBIDDEN when none may. */
  signInExternal?: Maybe<ExternalSession>;
  /** Creates an organisation and its first admin, and signs them in. */
  signUp: Session;
  /**
   * Changes a member's discipline, allocation or team role, as addTeamMember checks them: for admins and the team's managers.
   * A manager cannot change their own team role (BAD_USER_INPUT at input.role): another manager or an admin can.
   */
  updateTeamMember: Team;
  /**
   * A tenant always keeps one active admin: the last one cannot be demoted or disabled. Admins cannot
   * change their own role or disable themselves (another admin can), so no one locks themselves out.
   */
  updateUser: User;
};


export type MutationAddTeamMemberArgs = {
  allocationPercent?: Scalars['Int']['input'];
  discipline: Scalars['String']['input'];
  role?: TeamRole;
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCreateTeamArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateUserArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateUserInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  tenant?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRecordAuditArgs = {
  entries: Array<AuditEntryInput>;
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveOidcProviderArgs = {
  issuer: Scalars['String']['input'];
};


export type MutationRemoveTeamMemberArgs = {
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetDisciplinesArgs = {
  names: Array<Scalars['String']['input']>;
};


export type MutationSetOidcProviderArgs = {
  input: OidcProviderInput;
};


export type MutationSignInExternalArgs = {
  claims: Scalars['String']['input'];
  issuer: Scalars['String']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUpdateTeamMemberArgs = {
  input: UpdateTeamMemberInput;
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

/** What one check of an identity provider tested. */
export type OidcCheckKind =
  /** The provider has the authorization and token endpoints the sign-in button needs (checked only with a client id). */
  | 'AUTHORIZATION_ENDPOINT'
  /** The discovery document (<issuer>/.well-known/openid-configuration) could be read. */
  | 'DISCOVERY'
  /** The discovery document names the same issuer, character for character (tokens' `iss` must equal it). */
  | 'ISSUER'
  /** The discovery document publishes its keys at the JWKS URL given. */
  | 'JWKS_URL'
  /** The JWKS URL answers signing keys in an algorithm the API accepts. */
  | 'SIGNING_KEYS';

/** A tenant's external identity provider (OpenID Connect): its tokens sign the tenant's people in. */
export type OidcProvider = {
  __typename?: 'OidcProvider';
  /** The `aud` its tokens must carry. */
  audience: Scalars['String']['output'];
  /** Whether a first sign-in creates the user; otherwise only existing users may sign in. */
  autoProvision: Scalars['Boolean']['output'];
  /** The web app's public client id at the provider (authorization code with PKCE); none: the sign-in page shows no button for it. */
  clientId?: Maybe<Scalars['String']['output']>;
  /** The role of a user the role claim does not map (and of users it creates). */
  defaultRole: Role;
  /** The sign-in button says "Sign in with <displayName>"; none: the issuer's host name. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** The claim holding the user's email. */
  emailClaim: Scalars['String']['output'];
  /** People whose email is in one of these domains are offered this provider on the sign-in page. */
  emailDomains: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The `iss` of its tokens; unique across all tenants. */
  issuer: Scalars['String']['output'];
  /** Where its signing keys are published. */
  jwksUrl: Scalars['String']['output'];
  /** The claim (a dotted path, a string or a list) whose values map to roles; none: roles are managed here. */
  roleClaim?: Maybe<Scalars['String']['output']>;
  roleMapping: Array<OidcRoleMapping>;
  tenantId: Scalars['ID']['output'];
};

export type OidcProviderCheck = {
  __typename?: 'OidcProviderCheck';
  /** Why it failed, when it did: OUTGOING_REFUSED, UNREACHABLE, TIMEOUT, HTTP_ERROR, NOT_JSON, ISSUER_MISMATCH, JWKS_URL_MISMATCH, NO_SIGNING_KEYS, NO_AUTHORIZATION_ENDPOINT. */
  code?: Maybe<Scalars['String']['output']>;
  kind: OidcCheckKind;
  /** What was found, in words. */
  message: Scalars['String']['output'];
  passed: Scalars['Boolean']['output'];
};

export type OidcProviderInput = {
  audience: Scalars['String']['input'];
  autoProvision?: Scalars['Boolean']['input'];
  /** The web app's public client id at the provider; none: no sign-in button (tokens are still accepted). */
  clientId?: InputMaybe<Scalars['String']['input']>;
  defaultRole?: Role;
  /** The button's words after "Sign in with". */
  displayName?: InputMaybe<Scalars['String']['input']>;
  emailClaim?: Scalars['String']['input'];
  /** Email domains (example.com) whose people sign in with this provider; a domain belongs to one provider of all organisations. */
  emailDomains?: Array<Scalars['String']['input']>;
  issuer: Scalars['String']['input'];
  jwksUrl: Scalars['String']['input'];
  roleClaim?: InputMaybe<Scalars['String']['input']>;
  roleMapping?: Array<OidcRoleMappingInput>;
};

/** What testOidcProvider found at an identity provider, check by check. */
export type OidcProviderTest = {
  __typename?: 'OidcProviderTest';
  checks: Array<OidcProviderCheck>;
  /** The signing keys published at the JWKS URL. */
  keys: Array<OidcSigningKey>;
  /** Whether every check passed: the API can verify the provider's tokens (and, with a client id, the sign-in page can send people to it). */
  ok: Scalars['Boolean']['output'];
};

export type OidcRoleMapping = {
  __typename?: 'OidcRoleMapping';
  claimValue: Scalars['String']['output'];
  role: Role;
};

export type OidcRoleMappingInput = {
  claimValue: Scalars['String']['input'];
  role: Role;
};

/** A public key of an identity provider's JWKS. */
export type OidcSigningKey = {
  __typename?: 'OidcSigningKey';
  /** Whether the API verifies tokens signed with it (RS256 and ES256). */
  accepted: Scalars['Boolean']['output'];
  /** The key's algorithm (its `alg`, else inferred from its type and curve): RS256, ES256... */
  alg?: Maybe<Scalars['String']['output']>;
  kid?: Maybe<Scalars['String']['output']>;
  /** RSA, EC, OKP... */
  kty: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Internal (router, system scope): the JWKS, as JSON, that verifies access tokens: the current key and recently retired ones. */
  accessTokenKeys: Scalars['String']['output'];
  /**
   * The tenant's audit log, newest first: `limit` entries (at most 200) older than `before`, and after
   * the entry `beforeId` in the log's order; only those `actorId` made, and only those of `kind` (the
   * thing before the dot of their action: `user` is user.created, user.updated...), when given.
   * To page, pass the id of the previous page's last entry as `beforeId`: it never skips or repeats
   * entries, where `before` (a time, to the millisecond) skips those sharing the boundary's millisecond.
   */
  auditLog: Array<AuditEntry>;
  /** The kinds of entry the tenant's audit log has (the thing before the dot of their action: jira_connection, user...), sorted: what auditLog filters by. */
  auditLogKinds: Array<Scalars['String']['output']>;
  /** The signed-in user. */
  me?: Maybe<User>;
  /** Internal (router, system scope): the identity provider with this issuer, if a tenant configured one. */
  oidcProvider?: Maybe<OidcProvider>;
  oidcProviders: Array<OidcProvider>;
  /**
   * The single sign-on of the organisation that signs in people of this email's domain, for the
   * sign-in page; null when none does (or its provider has no client id). It looks at the domain only:
   * it never tells whether an account exists. Counted as a sign-in attempt.
   */
  singleSignOn?: Maybe<SingleSignOn>;
  team?: Maybe<Team>;
  teams: Array<Team>;
  /** The tenant this request acts for. */
  tenant?: Maybe<Tenant>;
  /**
   * Tries an identity provider's settings without saving them: fetches its discovery document and its
   * signing keys (the addresses the outgoing policy allows only) and says what it found, check by check.
   */
  testOidcProvider: OidcProviderTest;
  user?: Maybe<User>;
  /** Internal (router, as the token's tenant): the user's current access version; null when the user no longer exists. */
  userAccess?: Maybe<UserAccess>;
  /** The tenant's users, by name. */
  users: Array<User>;
  /** Internal: the users with these JIRA accounts (the JIRA sync matches assignees with it). */
  usersByJiraAccountIds: Array<User>;
};


export type QueryAuditLogArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  beforeId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOidcProviderArgs = {
  issuer: Scalars['String']['input'];
};


export type QuerySingleSignOnArgs = {
  email: Scalars['String']['input'];
};


export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTestOidcProviderArgs = {
  input: OidcProviderInput;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserAccessArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryUsersByJiraAccountIdsArgs = {
  accountIds: Array<Scalars['String']['input']>;
};

/** Tenant roles, most powerful first; each includes the ones after it. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MEMBER'
  | 'VIEWER';

/** A signed-in session: a short-lived access token (a Bearer token for the API) and a refresh token that gets the next one. */
export type Session = {
  __typename?: 'Session';
  /** JWT (ES256) to send as `Authorization: Bearer <token>`. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque; single use: each refreshToken call answers a new one. Keep it secret. */
  refreshToken: Scalars['String']['output'];
  user: User;
};

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** At least 8 characters. */
  password: Scalars['String']['input'];
  /** The organisation's name. */
  tenantName: Scalars['String']['input'];
  /** The organisation's short name, used to tell organisations apart at sign-in; derived from the name when not given. */
  tenantSlug?: InputMaybe<Scalars['String']['input']>;
};

/** How the sign-in page signs someone in with their organisation's identity provider (OpenID Connect, authorization code with PKCE). */
export type SingleSignOn = {
  __typename?: 'SingleSignOn';
  /** The `aud` the API requires: sent as the `audience` parameter; when it is the client id, the ID token is the bearer token, else the access token. */
  audience: Scalars['String']['output'];
  /** The web app's public client id at the provider. */
  clientId: Scalars['String']['output'];
  /** Words for the button: "Sign in with <displayName>". */
  displayName: Scalars['String']['output'];
  /** The provider's issuer: its discovery document is at <issuer>/.well-known/openid-configuration. */
  issuer: Scalars['String']['output'];
  /** The scopes to ask for (offline_access: a refresh token, for silent refresh). */
  scopes: Array<Scalars['String']['output']>;
};

export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
  members: Array<TeamMember>;
  name: Scalars['String']['output'];
};

/** A user's place in a team: the discipline they work in and how much of their time the team has. */
export type TeamMember = {
  __typename?: 'TeamMember';
  allocationPercent: Scalars['Int']['output'];
  discipline: Scalars['String']['output'];
  role: TeamRole;
  user: User;
};

export type TeamRole =
  | 'MANAGER'
  | 'MEMBER'
  | 'VIEWER';

/** An organisation using Sprint Reports. Every record belongs to exactly one tenant. */
export type Tenant = {
  __typename?: 'Tenant';
  /** The disciplines team members work in, in the tenant's order: a membership's discipline is one of them. */
  disciplines: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/** What changes in a membership: fields not given stay as they are. */
export type UpdateTeamMemberInput = {
  /** With the user's allocations to their other teams, at most 100. */
  allocationPercent?: InputMaybe<Scalars['Int']['input']>;
  /** One of the tenant's disciplines (any case: stored as the list spells it). */
  discipline?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<TeamRole>;
};

export type UpdateUserInput = {
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** An empty string clears it. Issues synced before take the change at the next sync. */
  jiraAccountId?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type User = {
  __typename?: 'User';
  /** A disabled user cannot sign in; their sessions are ended. */
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The user's JIRA account (accountId on Cloud, user key on Server/DC): synced issues' assignees are matched by it. */
  jiraAccountId?: Maybe<Scalars['String']['output']>;
  /** What the user may do in the tenant. */
  role: Role;
  /**
   * The user's role in each of their teams, by team name (what their teams' members tell, per user):
   * with the tenant role it decides what they may do in a team. The web app reads its own from `me`
   * when signed in through the identity provider, whose tokens do not carry it.
   */
  teamRoles: Array<UserTeamRole>;
  /** The teams this user is a member of. */
  teams: Array<Team>;
  tenant: Tenant;
};

/** Internal: whether a user's access tokens may still hold (the router checks every token against it). */
export type UserAccess = {
  __typename?: 'UserAccess';
  disabled: Scalars['Boolean']['output'];
  /** Bumped whenever the user is disabled or enabled, or their role or a team role changes; access tokens carry the version they were issued at. */
  version: Scalars['Int']['output'];
};

/** A user's role in one of their teams. */
export type UserTeamRole = {
  __typename?: 'UserTeamRole';
  role: TeamRole;
  team: Team;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Team: Team;
  Tenant: Tenant;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
  Tenant:
    ( { __typename: 'Tenant' }
    & GraphQLRecursivePick<FederationTypes['Tenant'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntryInput: AuditEntryInput;
  CreateUserInput: CreateUserInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExternalSession: ResolverTypeWrapper<ExternalSessionModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OidcCheckKind: OidcCheckKind;
  OidcProvider: ResolverTypeWrapper<OidcProviderRow>;
  OidcProviderCheck: ResolverTypeWrapper<OidcProviderCheck>;
  OidcProviderInput: OidcProviderInput;
  OidcProviderTest: ResolverTypeWrapper<OidcProviderTest>;
  OidcRoleMapping: ResolverTypeWrapper<OidcRoleMapping>;
  OidcRoleMappingInput: OidcRoleMappingInput;
  OidcSigningKey: ResolverTypeWrapper<OidcSigningKey>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Session: ResolverTypeWrapper<SessionModel>;
  SignUpInput: SignUpInput;
  SingleSignOn: ResolverTypeWrapper<SingleSignOn>;
  Team: ResolverTypeWrapper<TeamRow>;
  TeamMember: ResolverTypeWrapper<TeamMemberRow>;
  TeamRole: TeamRole;
  Tenant: ResolverTypeWrapper<TenantRow>;
  UpdateTeamMemberInput: UpdateTeamMemberInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserModel>;
  UserAccess: ResolverTypeWrapper<UserAccess>;
  UserTeamRole: ResolverTypeWrapper<Membership>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEntry: AuditEntryRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditEntryInput: AuditEntryInput;
  CreateUserInput: CreateUserInput;
  DateTime: Scalars['DateTime']['output'];
  ExternalSession: ExternalSessionModel;
  Mutation: Record<PropertyKey, never>;
  OidcProvider: OidcProviderRow;
  OidcProviderCheck: OidcProviderCheck;
  OidcProviderInput: OidcProviderInput;
  OidcProviderTest: OidcProviderTest;
  OidcRoleMapping: OidcRoleMapping;
  OidcRoleMappingInput: OidcRoleMappingInput;
  OidcSigningKey: OidcSigningKey;
  Query: Record<PropertyKey, never>;
  Session: SessionModel;
  SignUpInput: SignUpInput;
  SingleSignOn: SingleSignOn;
  Team: TeamRow;
  TeamMember: TeamMemberRow;
  Tenant: TenantRow;
  UpdateTeamMemberInput: UpdateTeamMemberInput;
  UpdateUserInput: UpdateUserInput;
  User: UserModel;
  UserAccess: UserAccess;
  UserTeamRole: Membership;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AuthDirectiveArgs = {
  role: Role;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LimitDirectiveArgs = {
  items?: Maybe<Scalars['Int']['input']>;
  length?: Maybe<Scalars['Int']['input']>;
  multiline?: Maybe<Scalars['Boolean']['input']>;
};

export type LimitDirectiveResolver<Result, Parent, ContextType = Context, Args = LimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = Context, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExternalSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExternalSession'] = ResolversParentTypes['ExternalSession']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  teams?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addTeamMember?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'allocationPercent' | 'discipline' | 'role' | 'teamId' | 'userId'>>;
  createTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'name'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  login?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'refreshToken'>>;
  recordAudit?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecordAuditArgs, 'entries'>>;
  refreshToken?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationRefreshTokenArgs, 'refreshToken'>>;
  removeOidcProvider?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveOidcProviderArgs, 'issuer'>>;
  removeTeamMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveTeamMemberArgs, 'teamId' | 'userId'>>;
  setDisciplines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationSetDisciplinesArgs, 'names'>>;
  setOidcProvider?: Resolver<ResolversTypes['OidcProvider'], ParentType, ContextType, RequireFields<MutationSetOidcProviderArgs, 'input'>>;
  signInExternal?: Resolver<Maybe<ResolversTypes['ExternalSession']>, ParentType, ContextType, RequireFields<MutationSignInExternalArgs, 'claims' | 'issuer'>>;
  signUp?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  updateTeamMember?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationUpdateTeamMemberArgs, 'input' | 'teamId' | 'userId'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
}>;

export type OidcProviderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OidcProvider'] = ResolversParentTypes['OidcProvider']> = ResolversObject<{
  audience?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  autoProvision?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailClaim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailDomains?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jwksUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleClaim?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleMapping?: Resolver<Array<ResolversTypes['OidcRoleMapping']>, ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OidcProviderCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OidcProviderCheck'] = ResolversParentTypes['OidcProviderCheck']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OidcCheckKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type OidcProviderTestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OidcProviderTest'] = ResolversParentTypes['OidcProviderTest']> = ResolversObject<{
  checks?: Resolver<Array<ResolversTypes['OidcProviderCheck']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['OidcSigningKey']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type OidcRoleMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OidcRoleMapping'] = ResolversParentTypes['OidcRoleMapping']> = ResolversObject<{
  claimValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type OidcSigningKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OidcSigningKey'] = ResolversParentTypes['OidcSigningKey']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  alg?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kty?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accessTokenKeys?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit'>>;
  auditLogKinds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  oidcProvider?: Resolver<Maybe<ResolversTypes['OidcProvider']>, ParentType, ContextType, RequireFields<QueryOidcProviderArgs, 'issuer'>>;
  oidcProviders?: Resolver<Array<ResolversTypes['OidcProvider']>, ParentType, ContextType>;
  singleSignOn?: Resolver<Maybe<ResolversTypes['SingleSignOn']>, ParentType, ContextType, RequireFields<QuerySingleSignOnArgs, 'email'>>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType, RequireFields<QueryTeamArgs, 'id'>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  testOidcProvider?: Resolver<ResolversTypes['OidcProviderTest'], ParentType, ContextType, RequireFields<QueryTestOidcProviderArgs, 'input'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  userAccess?: Resolver<Maybe<ResolversTypes['UserAccess']>, ParentType, ContextType, RequireFields<QueryUserAccessArgs, 'userId'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  usersByJiraAccountIds?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUsersByJiraAccountIdsArgs, 'accountIds'>>;
}>;

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type SingleSignOnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SingleSignOn'] = ResolversParentTypes['SingleSignOn']> = ResolversObject<{
  audience?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['TeamMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TeamMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamMember'] = ResolversParentTypes['TeamMember']> = ResolversObject<{
  allocationPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TeamRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type TenantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant'], FederationReferenceType extends FederationReferenceTypes['Tenant'] = FederationReferenceTypes['Tenant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tenant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disciplines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jiraAccountId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  teamRoles?: Resolver<Array<ResolversTypes['UserTeamRole']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
}>;

export type UserAccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserAccess'] = ResolversParentTypes['UserAccess']> = ResolversObject<{
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserTeamRoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserTeamRole'] = ResolversParentTypes['UserTeamRole']> = ResolversObject<{
  role?: Resolver<ResolversTypes['TeamRole'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AuditEntry?: AuditEntryResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExternalSession?: ExternalSessionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OidcProvider?: OidcProviderResolvers<ContextType>;
  OidcProviderCheck?: OidcProviderCheckResolvers<ContextType>;
  OidcProviderTest?: OidcProviderTestResolvers<ContextType>;
  OidcRoleMapping?: OidcRoleMappingResolvers<ContextType>;
  OidcSigningKey?: OidcSigningKeyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SingleSignOn?: SingleSignOnResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserAccess?: UserAccessResolvers<ContextType>;
  UserTeamRole?: UserTeamRoleResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  limit?: LimitDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
}>;
