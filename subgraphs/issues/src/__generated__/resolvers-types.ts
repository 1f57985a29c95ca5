import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IssueRow, SprintRef, UserRef, MembershipRow, IssueFact, PlanningIssueRow, ConnectionModel, SyncRunRow, StatusChangeRow, EstimateChangeRow } from '../models.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

export type Board = {
  __typename?: 'Board';
  id: Scalars['ID']['output'];
};

export type CreateJiraConnectionInput = {
  /** Cloud: an API token; Server/Data Center: a personal access token. */
  apiToken: Scalars['String']['input'];
  /** The site's base URL, e.g. https://acme.atlassian.net or https://jira.acme.com. */
  baseUrl: Scalars['String']['input'];
  /** Cloud only: the account's email (basic auth with the API token). */
  email?: InputMaybe<Scalars['String']['input']>;
  flavor: JiraFlavor;
  name: Scalars['String']['input'];
  /** A field id (customfield_10016) or name; empty discovers it. */
  storyPointsField?: InputMaybe<Scalars['String']['input']>;
  syncIntervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  /**
   * The secret JIRA signs webhooks with (X-Hub-Signature), 16 to 256 characters, when JIRA made
   * one; left out, a strong one is generated. Either way the answer's webhookSecret shows it once.
   */
  webhookSecret?: InputMaybe<Scalars['String']['input']>;
  /** REQUIRED (the default): unsigned webhooks are refused. OFF accepts them from anyone: see WebhookSigning. */
  webhookSigning?: InputMaybe<WebhookSigning>;
};

export type EstimateAt = {
  __typename?: 'EstimateAt';
  at: Scalars['DateTime']['output'];
  points?: Maybe<Scalars['Float']['output']>;
};

export type EstimateChange = {
  __typename?: 'EstimateChange';
  at: Scalars['DateTime']['output'];
  from?: Maybe<Scalars['Float']['output']>;
  to?: Maybe<Scalars['Float']['output']>;
};

export type FactMembership = {
  __typename?: 'FactMembership';
  addedAt: Scalars['DateTime']['output'];
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  sprintId: Scalars['ID']['output'];
};

/**
 * A stretch of an issue's flow. Done is the start of its last unbroken stretch of done statuses: an
 * issue reopened and finished again was done when it was last finished.
 */
export type FlowTime = {
  __typename?: 'FlowTime';
  /** Hours / 24, rounded to 0.01. */
  days: Scalars['Float']['output'];
  from: Scalars['DateTime']['output'];
  /** Rounded to 0.01. */
  hours: Scalars['Float']['output'];
  to: Scalars['DateTime']['output'];
};

/** A JIRA issue as last synced. */
export type Issue = {
  __typename?: 'Issue';
  assignee?: Maybe<User>;
  /** The assignee's name in JIRA (also when they are not a user here). */
  assigneeName?: Maybe<Scalars['String']['output']>;
  components: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /**
   * From the first move out of to-do (by status category) to being done; null while the issue is not
   * done, or when it never was in progress (straight from to-do to done).
   */
  cycleTime?: Maybe<FlowTime>;
  /** Set when the issue was deleted in JIRA. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  discipline?: Maybe<Scalars['String']['output']>;
  epic?: Maybe<Issue>;
  /** Estimate changes, oldest first. */
  estimateHistory: Array<EstimateChange>;
  /** Why storyPoints is null although JIRA holds a value (negative, or not a number). */
  estimateWarning?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isSubtask: Scalars['Boolean']['output'];
  jiraId?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  /** From creation to being done; null while the issue is not done. */
  leadTime?: Maybe<FlowTime>;
  /** Links to other issues, e.g. Blocks (outward: this blocks that one). */
  links: Array<IssueLink>;
  /** JIRA's Original Estimate, in hours. */
  originalEstimate?: Maybe<Scalars['Float']['output']>;
  parent?: Maybe<Issue>;
  priority?: Maybe<Scalars['String']['output']>;
  /** JIRA's rank (LexoRank): sorting by it gives board order. */
  rank?: Maybe<Scalars['String']['output']>;
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every sprint the issue has been in, oldest first. */
  sprintHistory: Array<SprintMembership>;
  status: Scalars['String']['output'];
  statusCategory: StatusCategory;
  /** Status changes, oldest first. */
  statusHistory: Array<StatusChange>;
  /** JIRA's status id: board columns are lists of status ids. */
  statusId?: Maybe<Scalars['String']['output']>;
  storyPoints?: Maybe<Scalars['Float']['output']>;
  summary: Scalars['String']['output'];
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The issue in JIRA: its connection's base URL and /browse/KEY; null for an issue no connection synced. */
  url?: Maybe<Scalars['String']['output']>;
};

export type IssueLink = {
  __typename?: 'IssueLink';
  direction: LinkDirection;
  issueKey: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type IssuesUpdate = {
  __typename?: 'IssuesUpdate';
  /** When it was announced. */
  at: Scalars['DateTime']['output'];
  board?: Maybe<Board>;
  issueIds: Array<Scalars['ID']['output']>;
  /** The issues as they are now, in the order of issueIds (deleted ones included, with deletedAt). */
  issues: Array<Issue>;
};

/** A board JIRA shows the connection's user. */
export type JiraBoardFound = {
  __typename?: 'JiraBoardFound';
  jiraBoardId: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  projectKey?: Maybe<Scalars['String']['output']>;
  /** scrum, kanban or simple. */
  type?: Maybe<Scalars['String']['output']>;
};

/** A tenant's JIRA site. Its credentials and webhook secret are stored encrypted and never returned after they are made. */
export type JiraConnection = {
  __typename?: 'JiraConnection';
  baseUrl: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The story points field the last sync used. */
  effectiveStoryPointsField?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  flavor: JiraFlavor;
  /**
   * Whether the connection has a webhook secret. Every connection made now has one; one made before
   * secrets were generated has none, and with signing REQUIRED refuses every webhook until an admin
   * calls rotateJiraWebhookSecret (or turns signing OFF).
   */
  hasWebhookSecret: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The JIRA user's time zone: incremental syncs' JQL dates are in it. */
  siteTimeZone: Scalars['String']['output'];
  /** The per-connection story points field override (a field id or name); null uses the discovered one. */
  storyPointsField?: Maybe<Scalars['String']['output']>;
  /** Minutes between scheduled incremental syncs; 0 turns them off. */
  syncIntervalMinutes: Scalars['Int']['output'];
  /** The most recent sync runs, newest first. */
  syncRuns: Array<SyncRun>;
  /** Where to point JIRA's webhook, relative to the router. */
  webhookPath: Scalars['String']['output'];
  /**
   * The webhook secret in plain text, only in the answer of createJiraConnection and
   * rotateJiraWebhookSecret: null in every other read. It is stored encrypted and cannot be read
   * back: give it to JIRA's webhook (its Secret) at once; if lost, rotate to get a new one.
   */
  webhookSecret?: Maybe<Scalars['String']['output']>;
  /** Whether webhooks must be signed with the connection's secret (REQUIRED, the default) or not (OFF). */
  webhookSigning: WebhookSigning;
  /** Where to point JIRA's webhook: the router's public address (PUBLIC_URL) followed by webhookPath. */
  webhookUrl: Scalars['String']['output'];
};


/** A tenant's JIRA site. Its credentials and webhook secret are stored encrypted and never returned after they are made. */
export type JiraConnectionSyncRunsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What JIRA answered with the credentials: nothing is stored. A test that cannot reach JIRA, or that
 * JIRA refuses, fails instead with BAD_USER_INPUT, the field to fix (baseUrl, flavor, email,
 * apiToken, storyPointsField) and a reason: BAD_CREDENTIALS, WRONG_FLAVOR, FORBIDDEN, UNREACHABLE or
 * NOT_JIRA.
 */
export type JiraConnectionTest = {
  __typename?: 'JiraConnectionTest';
  /** The base URL as it would be stored (paths like /secure/Dashboard.jspa taken off). */
  baseUrl: Scalars['String']['output'];
  /** Every board the user can see, by name: the boards a sync would bring in. */
  boards: Array<JiraBoardFound>;
  flavor: JiraFlavor;
  /** The user's time zone in JIRA: incremental syncs' JQL dates are in it. */
  siteTimeZone: Scalars['String']['output'];
  /** The story points field a sync would use; null when the site has none. */
  storyPointsField?: Maybe<StoryPointsFieldChoice>;
  /** The user's email (Cloud shows it unless hidden) or user name (Server/DC). */
  userAccount?: Maybe<Scalars['String']['output']>;
  /** The JIRA user the credentials belong to: display name. */
  userName: Scalars['String']['output'];
  /** What would not stop a sync but should be known, e.g. no boards visible. */
  warnings: Array<Scalars['String']['output']>;
};

export type JiraFlavor =
  /** JIRA Cloud (*.atlassian.net): email and API token. */
  | 'CLOUD'
  /** JIRA Server or Data Center: a personal access token. */
  | 'SERVER';

export type LinkDirection =
  | 'INWARD'
  | 'OUTWARD';

export type Mutation = {
  __typename?: 'Mutation';
  cancelSync: SyncRun;
  /**
   * Checks the credentials against JIRA (/myself) before storing anything. The answer's
   * webhookSecret is the connection's webhook secret, shown this once. `idempotencyKey`: a retry
   * with the same key answers the connection the first request created, without creating another;
   * its webhookSecret is null (it was in the first answer): rotateJiraWebhookSecret makes a new one.
   */
  createJiraConnection: JiraConnection;
  /** Deletes the connection with everything synced through it; NOT_FOUND when the tenant has no such connection. */
  deleteJiraConnection: Scalars['Boolean']['output'];
  /** Internal: the router hands JIRA webhooks over, as the connection's tenant (jiraWebhookTenant). Returns what was done. */
  receiveJiraWebhook: Scalars['String']['output'];
  /**
   * Replaces the connection's webhook secret with a new generated one, answered once in
   * webhookSecret. The old secret stops working at once: give JIRA the new one.
   */
  rotateJiraWebhookSecret: JiraConnection;
  /** Queues a sync (incremental unless full, or the first); a sync already queued or running is returned instead. */
  startSync: SyncRun;
  updateJiraConnection: JiraConnection;
};


export type MutationCancelSyncArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateJiraConnectionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateJiraConnectionInput;
};


export type MutationDeleteJiraConnectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReceiveJiraWebhookArgs = {
  bodyBase64: Scalars['String']['input'];
  connectionId: Scalars['ID']['input'];
  signature?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRotateJiraWebhookSecretArgs = {
  connectionId: Scalars['ID']['input'];
};


export type MutationStartSyncArgs = {
  connectionId: Scalars['ID']['input'];
  full?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateJiraConnectionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateJiraConnectionInput;
};

/** Internal: what queue planning reads of an open issue, in one flat row (a backlog has thousands). */
export type PlanningIssue = {
  __typename?: 'PlanningIssue';
  assigneeId?: Maybe<Scalars['ID']['output']>;
  components: Array<Scalars['String']['output']>;
  discipline?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  links: Array<IssueLink>;
  /** The sprints it is in now (not taken out). */
  openSprintIds: Array<Scalars['ID']['output']>;
  /** Hours. */
  originalEstimate?: Maybe<Scalars['Float']['output']>;
  priority?: Maybe<Scalars['String']['output']>;
  rank?: Maybe<Scalars['String']['output']>;
  statusCategory: StatusCategory;
  statusId?: Maybe<Scalars['String']['output']>;
  storyPoints?: Maybe<Scalars['Float']['output']>;
  type: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  issue?: Maybe<Issue>;
  /** Issues by id, in the order asked; null for an id the tenant has no issue with. At most 500. */
  issues: Array<Maybe<Issue>>;
  jiraConnection?: Maybe<JiraConnection>;
  jiraConnections: Array<JiraConnection>;
  /** Internal (router, system scope): the tenant of the connection a JIRA webhook URL names, or null. */
  jiraWebhookTenant?: Maybe<Scalars['ID']['output']>;
  /**
   * Internal: a project's open issues (not done by status category, not sub-tasks, not deleted), in
   * rank order: what next-sprint queues are planned from.
   */
  openIssues: Array<PlanningIssue>;
  syncRun?: Maybe<SyncRun>;
  /**
   * Checks credentials against JIRA before a connection is made with them: who they belong to, the
   * boards they see and the story points field a sync would choose. Stores nothing; refusals are
   * BAD_USER_INPUT at the field to fix, with the same words createJiraConnection would use.
   */
  testJiraConnection: JiraConnectionTest;
};


export type QueryIssueArgs = {
  key: Scalars['String']['input'];
};


export type QueryIssuesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryJiraConnectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJiraWebhookTenantArgs = {
  connectionId: Scalars['ID']['input'];
};


export type QueryOpenIssuesArgs = {
  projectKey: Scalars['String']['input'];
};


export type QuerySyncRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTestJiraConnectionArgs = {
  input: TestJiraConnectionInput;
};

export type ResolutionAt = {
  __typename?: 'ResolutionAt';
  at: Scalars['DateTime']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
};

/** Tenant roles, most powerful first; each includes the ones after it. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MEMBER'
  | 'VIEWER';

export type Sprint = {
  __typename?: 'Sprint';
  id: Scalars['ID']['output'];
  /** What sprint analysis is computed from: one fact per time an issue was in the sprint. Internal. */
  issueFacts: Array<SprintIssueFact>;
  /** Issues in the sprint (not taken out while it ran), in rank order. */
  issues?: Maybe<Array<Issue>>;
};

export type SprintIssueFact = {
  __typename?: 'SprintIssueFact';
  addedAt: Scalars['DateTime']['output'];
  /** The assignee's user here, when their JIRA account matched one. */
  assigneeId?: Maybe<Scalars['ID']['output']>;
  /** Current components. */
  components: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  discipline?: Maybe<Scalars['String']['output']>;
  /** The estimate over time: the value at creation, then each change. */
  estimates: Array<EstimateAt>;
  issueId: Scalars['ID']['output'];
  /** The issue's current type name, e.g. Story, Bug, Sub-task. */
  issueType: Scalars['String']['output'];
  key: Scalars['String']['output'];
  /** Current labels. */
  labels: Array<Scalars['String']['output']>;
  /** Every sprint membership of the issue (all sprints, not only this one), oldest first. */
  memberships: Array<FactMembership>;
  /**
   * JIRA's Original Estimate over time, in hours (points holds the hours): the value at creation,
   * then each change, like estimates.
   */
  originalEstimates: Array<EstimateAt>;
  /** Set for sub-tasks: the parent issue's key. */
  parentKey?: Maybe<Scalars['String']['output']>;
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The resolution over time: the value at creation, then each change (null: unresolved). */
  resolutions: Array<ResolutionAt>;
  /** Status changes over time (status id and category): the status at creation, then each change. */
  statusCategories: Array<StatusCategoryAt>;
  subtask: Scalars['Boolean']['output'];
};

export type SprintMembership = {
  __typename?: 'SprintMembership';
  addedAt: Scalars['DateTime']['output'];
  /** When the issue was taken out of the sprint while it ran; null if it stayed. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  sprint?: Maybe<Sprint>;
};

export type StatusCategory =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

export type StatusCategoryAt = {
  __typename?: 'StatusCategoryAt';
  at: Scalars['DateTime']['output'];
  category: StatusCategory;
  statusId?: Maybe<Scalars['String']['output']>;
};

export type StatusChange = {
  __typename?: 'StatusChange';
  at: Scalars['DateTime']['output'];
  category: StatusCategory;
  from?: Maybe<Scalars['String']['output']>;
  to: Scalars['String']['output'];
};

/** A JIRA field the sync reads story points from. */
export type StoryPointsFieldChoice = {
  __typename?: 'StoryPointsFieldChoice';
  /** Its id, e.g. customfield_10016. */
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  source: StoryPointsFieldSource;
};

/** How the story points field was chosen. */
export type StoryPointsFieldSource =
  /** Most boards estimate in it (their estimation field in JIRA). */
  | 'BOARD'
  /** Found by its name (Story Points, then Story point estimate). */
  | 'NAME'
  /** The connection's override names it. */
  | 'OVERRIDE';

/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Issues of the board (of its project, or in one of its sprints) changed: synced, or by a webhook.
   * A burst (a sync's pages, a flurry of webhooks) arrives as a few updates carrying many issues.
   */
  issueUpdated: IssuesUpdate;
  /** A sync of the connection moved on: its phase, its counts, its end. */
  syncProgress: SyncProgress;
};


/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type SubscriptionIssueUpdatedArgs = {
  boardId: Scalars['ID']['input'];
};


/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type SubscriptionSyncProgressArgs = {
  connectionId: Scalars['ID']['input'];
};

export type SyncProgress = {
  __typename?: 'SyncProgress';
  /** When it was announced. */
  at: Scalars['DateTime']['output'];
  run: SyncRun;
};

/** One sync of a connection: full, or incremental (issues updated since the last one). */
export type SyncRun = {
  __typename?: 'SyncRun';
  boardsSynced: Scalars['Int']['output'];
  /** The connection it syncs: its settings are for managers, as through `jiraConnections`. */
  connection: JiraConnection;
  errors: Array<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  full: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  issuesDeleted: Scalars['Int']['output'];
  issuesSynced: Scalars['Int']['output'];
  /**
   * Issues the run expects to read; null before it counted them, and for the whole run when JIRA
   * would not count them (the run goes on; issuesSynced still counts).
   */
  issuesTotal?: Maybe<Scalars['Int']['output']>;
  pages: Scalars['Int']['output'];
  /** What it is doing: queued, site, boards, sprints, issues, sweep, analysis, done. */
  phase: Scalars['String']['output'];
  /** Percent done (0-100); null while the total is not known (100 once the run succeeded). */
  progress?: Maybe<Scalars['Float']['output']>;
  queuedAt: Scalars['DateTime']['output'];
  sprintsSynced: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: SyncStatus;
  warnings: Array<Scalars['String']['output']>;
};

export type SyncStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** What a connection would use, checked before it is made (testJiraConnection). */
export type TestJiraConnectionInput = {
  /** Cloud: an API token; Server/Data Center: a personal access token. */
  apiToken: Scalars['String']['input'];
  /** The site's base URL, e.g. https://acme.atlassian.net or https://jira.acme.com. */
  baseUrl: Scalars['String']['input'];
  /** Cloud only: the account's email (basic auth with the API token). */
  email?: InputMaybe<Scalars['String']['input']>;
  flavor: JiraFlavor;
  /** A story points field override to check (a field id or name); empty shows the one that would be discovered. */
  storyPointsField?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateJiraConnectionInput = {
  apiToken?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Changing it re-derives every estimate from the stored history. */
  storyPointsField?: InputMaybe<Scalars['String']['input']>;
  syncIntervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the webhook secret with one JIRA made (16 to 256 characters); it cannot be removed. rotateJiraWebhookSecret generates one. */
  webhookSecret?: InputMaybe<Scalars['String']['input']>;
  /** OFF accepts unsigned webhooks from anyone who knows the connection's URL (see WebhookSigning); REQUIRED refuses them. */
  webhookSigning?: InputMaybe<WebhookSigning>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/**
 * Whether a connection's JIRA webhooks must be signed. JIRA signs a webhook when it is given the
 * connection's secret: `X-Hub-Signature: sha256=<hex HMAC-SHA256 of the body>`.
 */
export type WebhookSigning =
  /**
   * Webhooks are accepted without a signature, and signatures are not checked: anyone who knows the
   * connection's webhook URL can then change its issues and sprints. Only for a JIRA that cannot sign
   * webhooks (older Server/Data Center); an admin must choose it explicitly.
   */
  | 'OFF'
  /** Unsigned or wrongly signed webhooks are refused (HTTP 401). Every connection starts so. */
  | 'REQUIRED';

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
  Issue: Issue;
  JiraConnection: JiraConnection;
  Sprint: Sprint;
  SyncRun: SyncRun;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Issue:
    ( { __typename: 'Issue' }
    & ( GraphQLRecursivePick<FederationTypes['Issue'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Issue'], {"key":true}> ) );
  JiraConnection:
    ( { __typename: 'JiraConnection' }
    & GraphQLRecursivePick<FederationTypes['JiraConnection'], {"id":true}> );
  Sprint:
    ( { __typename: 'Sprint' }
    & GraphQLRecursivePick<FederationTypes['Sprint'], {"id":true}> );
  SyncRun:
    ( { __typename: 'SyncRun' }
    & GraphQLRecursivePick<FederationTypes['SyncRun'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Board: ResolverTypeWrapper<Board>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateJiraConnectionInput: CreateJiraConnectionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EstimateAt: ResolverTypeWrapper<EstimateAt>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EstimateChange: ResolverTypeWrapper<EstimateChangeRow>;
  FactMembership: ResolverTypeWrapper<FactMembership>;
  FlowTime: ResolverTypeWrapper<FlowTime>;
  Issue: ResolverTypeWrapper<IssueRow>;
  IssueLink: ResolverTypeWrapper<IssueLink>;
  IssuesUpdate: ResolverTypeWrapper<Omit<IssuesUpdate, 'issues'> & { issues: Array<ResolversTypes['Issue']> }>;
  JiraBoardFound: ResolverTypeWrapper<JiraBoardFound>;
  JiraConnection: ResolverTypeWrapper<ConnectionModel>;
  JiraConnectionTest: ResolverTypeWrapper<JiraConnectionTest>;
  JiraFlavor: JiraFlavor;
  LinkDirection: LinkDirection;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PlanningIssue: ResolverTypeWrapper<PlanningIssueRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResolutionAt: ResolverTypeWrapper<ResolutionAt>;
  Role: Role;
  Sprint: ResolverTypeWrapper<SprintRef>;
  SprintIssueFact: ResolverTypeWrapper<IssueFact>;
  SprintMembership: ResolverTypeWrapper<MembershipRow>;
  StatusCategory: StatusCategory;
  StatusCategoryAt: ResolverTypeWrapper<StatusCategoryAt>;
  StatusChange: ResolverTypeWrapper<StatusChangeRow>;
  StoryPointsFieldChoice: ResolverTypeWrapper<StoryPointsFieldChoice>;
  StoryPointsFieldSource: StoryPointsFieldSource;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SyncProgress: ResolverTypeWrapper<Omit<SyncProgress, 'run'> & { run: ResolversTypes['SyncRun'] }>;
  SyncRun: ResolverTypeWrapper<SyncRunRow>;
  SyncStatus: SyncStatus;
  TestJiraConnectionInput: TestJiraConnectionInput;
  UpdateJiraConnectionInput: UpdateJiraConnectionInput;
  User: ResolverTypeWrapper<UserRef>;
  WebhookSigning: WebhookSigning;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Board: Board;
  ID: Scalars['ID']['output'];
  CreateJiraConnectionInput: CreateJiraConnectionInput;
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  EstimateAt: EstimateAt;
  Float: Scalars['Float']['output'];
  EstimateChange: EstimateChangeRow;
  FactMembership: FactMembership;
  FlowTime: FlowTime;
  Issue: IssueRow;
  IssueLink: IssueLink;
  IssuesUpdate: Omit<IssuesUpdate, 'issues'> & { issues: Array<ResolversParentTypes['Issue']> };
  JiraBoardFound: JiraBoardFound;
  JiraConnection: ConnectionModel;
  JiraConnectionTest: JiraConnectionTest;
  Mutation: Record<PropertyKey, never>;
  PlanningIssue: PlanningIssueRow;
  Query: Record<PropertyKey, never>;
  ResolutionAt: ResolutionAt;
  Sprint: SprintRef;
  SprintIssueFact: IssueFact;
  SprintMembership: MembershipRow;
  StatusCategoryAt: StatusCategoryAt;
  StatusChange: StatusChangeRow;
  StoryPointsFieldChoice: StoryPointsFieldChoice;
  Subscription: Record<PropertyKey, never>;
  SyncProgress: Omit<SyncProgress, 'run'> & { run: ResolversParentTypes['SyncRun'] };
  SyncRun: SyncRunRow;
  TestJiraConnectionInput: TestJiraConnectionInput;
  UpdateJiraConnectionInput: UpdateJiraConnectionInput;
  User: UserRef;
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

export type BoardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Board'] = ResolversParentTypes['Board']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EstimateAtResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EstimateAt'] = ResolversParentTypes['EstimateAt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type EstimateChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EstimateChange'] = ResolversParentTypes['EstimateChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type FactMembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FactMembership'] = ResolversParentTypes['FactMembership']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sprintId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type FlowTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlowTime'] = ResolversParentTypes['FlowTime']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type IssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue'], FederationReferenceType extends FederationReferenceTypes['Issue'] = FederationReferenceTypes['Issue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Issue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  assigneeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cycleTime?: Resolver<Maybe<ResolversTypes['FlowTime']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  discipline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  epic?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  estimateHistory?: Resolver<Array<ResolversTypes['EstimateChange']>, ParentType, ContextType>;
  estimateWarning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSubtask?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  jiraId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  leadTime?: Resolver<Maybe<ResolversTypes['FlowTime']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['IssueLink']>, ParentType, ContextType>;
  originalEstimate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sprintHistory?: Resolver<Array<ResolversTypes['SprintMembership']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusCategory?: Resolver<ResolversTypes['StatusCategory'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  statusId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storyPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IssueLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssueLink'] = ResolversParentTypes['IssueLink']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['LinkDirection'], ParentType, ContextType>;
  issueKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IssuesUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssuesUpdate'] = ResolversParentTypes['IssuesUpdate']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  board?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType>;
  issueIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType>;
}>;

export type JiraBoardFoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JiraBoardFound'] = ResolversParentTypes['JiraBoardFound']> = ResolversObject<{
  jiraBoardId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type JiraConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JiraConnection'] = ResolversParentTypes['JiraConnection'], FederationReferenceType extends FederationReferenceTypes['JiraConnection'] = FederationReferenceTypes['JiraConnection']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['JiraConnection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  baseUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveStoryPointsField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  flavor?: Resolver<ResolversTypes['JiraFlavor'], ParentType, ContextType>;
  hasWebhookSecret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siteTimeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storyPointsField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  syncIntervalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  syncRuns?: Resolver<Array<ResolversTypes['SyncRun']>, ParentType, ContextType, RequireFields<JiraConnectionSyncRunsArgs, 'last'>>;
  webhookPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhookSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webhookSigning?: Resolver<ResolversTypes['WebhookSigning'], ParentType, ContextType>;
  webhookUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JiraConnectionTestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JiraConnectionTest'] = ResolversParentTypes['JiraConnectionTest']> = ResolversObject<{
  baseUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  boards?: Resolver<Array<ResolversTypes['JiraBoardFound']>, ParentType, ContextType>;
  flavor?: Resolver<ResolversTypes['JiraFlavor'], ParentType, ContextType>;
  siteTimeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storyPointsField?: Resolver<Maybe<ResolversTypes['StoryPointsFieldChoice']>, ParentType, ContextType>;
  userAccount?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelSync?: Resolver<ResolversTypes['SyncRun'], ParentType, ContextType, RequireFields<MutationCancelSyncArgs, 'id'>>;
  createJiraConnection?: Resolver<ResolversTypes['JiraConnection'], ParentType, ContextType, RequireFields<MutationCreateJiraConnectionArgs, 'input'>>;
  deleteJiraConnection?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteJiraConnectionArgs, 'id'>>;
  receiveJiraWebhook?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationReceiveJiraWebhookArgs, 'bodyBase64' | 'connectionId'>>;
  rotateJiraWebhookSecret?: Resolver<ResolversTypes['JiraConnection'], ParentType, ContextType, RequireFields<MutationRotateJiraWebhookSecretArgs, 'connectionId'>>;
  startSync?: Resolver<ResolversTypes['SyncRun'], ParentType, ContextType, RequireFields<MutationStartSyncArgs, 'connectionId'>>;
  updateJiraConnection?: Resolver<ResolversTypes['JiraConnection'], ParentType, ContextType, RequireFields<MutationUpdateJiraConnectionArgs, 'id' | 'input'>>;
}>;

export type PlanningIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanningIssue'] = ResolversParentTypes['PlanningIssue']> = ResolversObject<{
  assigneeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  discipline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['IssueLink']>, ParentType, ContextType>;
  openSprintIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  originalEstimate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCategory?: Resolver<ResolversTypes['StatusCategory'], ParentType, ContextType>;
  statusId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storyPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType, RequireFields<QueryIssueArgs, 'key'>>;
  issues?: Resolver<Array<Maybe<ResolversTypes['Issue']>>, ParentType, ContextType, RequireFields<QueryIssuesArgs, 'ids'>>;
  jiraConnection?: Resolver<Maybe<ResolversTypes['JiraConnection']>, ParentType, ContextType, RequireFields<QueryJiraConnectionArgs, 'id'>>;
  jiraConnections?: Resolver<Array<ResolversTypes['JiraConnection']>, ParentType, ContextType>;
  jiraWebhookTenant?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryJiraWebhookTenantArgs, 'connectionId'>>;
  openIssues?: Resolver<Array<ResolversTypes['PlanningIssue']>, ParentType, ContextType, RequireFields<QueryOpenIssuesArgs, 'projectKey'>>;
  syncRun?: Resolver<Maybe<ResolversTypes['SyncRun']>, ParentType, ContextType, RequireFields<QuerySyncRunArgs, 'id'>>;
  testJiraConnection?: Resolver<ResolversTypes['JiraConnectionTest'], ParentType, ContextType, RequireFields<QueryTestJiraConnectionArgs, 'input'>>;
}>;

export type ResolutionAtResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolutionAt'] = ResolversParentTypes['ResolutionAt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SprintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint'], FederationReferenceType extends FederationReferenceTypes['Sprint'] = FederationReferenceTypes['Sprint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sprint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueFacts?: Resolver<Array<ResolversTypes['SprintIssueFact']>, ParentType, ContextType>;
  issues?: Resolver<Maybe<Array<ResolversTypes['Issue']>>, ParentType, ContextType>;
}>;

export type SprintIssueFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintIssueFact'] = ResolversParentTypes['SprintIssueFact']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  assigneeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discipline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimates?: Resolver<Array<ResolversTypes['EstimateAt']>, ParentType, ContextType>;
  issueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['FactMembership']>, ParentType, ContextType>;
  originalEstimates?: Resolver<Array<ResolversTypes['EstimateAt']>, ParentType, ContextType>;
  parentKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolutions?: Resolver<Array<ResolversTypes['ResolutionAt']>, ParentType, ContextType>;
  statusCategories?: Resolver<Array<ResolversTypes['StatusCategoryAt']>, ParentType, ContextType>;
  subtask?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SprintMembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintMembership'] = ResolversParentTypes['SprintMembership']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
}>;

export type StatusCategoryAtResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusCategoryAt'] = ResolversParentTypes['StatusCategoryAt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['StatusCategory'], ParentType, ContextType>;
  statusId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['StatusCategory'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoryPointsFieldChoiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StoryPointsFieldChoice'] = ResolversParentTypes['StoryPointsFieldChoice']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StoryPointsFieldSource'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  issueUpdated?: SubscriptionResolver<ResolversTypes['IssuesUpdate'], "issueUpdated", ParentType, ContextType, RequireFields<SubscriptionIssueUpdatedArgs, 'boardId'>>;
  syncProgress?: SubscriptionResolver<ResolversTypes['SyncProgress'], "syncProgress", ParentType, ContextType, RequireFields<SubscriptionSyncProgressArgs, 'connectionId'>>;
}>;

export type SyncProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncProgress'] = ResolversParentTypes['SyncProgress']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  run?: Resolver<ResolversTypes['SyncRun'], ParentType, ContextType>;
}>;

export type SyncRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncRun'] = ResolversParentTypes['SyncRun'], FederationReferenceType extends FederationReferenceTypes['SyncRun'] = FederationReferenceTypes['SyncRun']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SyncRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boardsSynced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connection?: Resolver<ResolversTypes['JiraConnection'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  full?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuesDeleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  issuesSynced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  issuesTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  queuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sprintsSynced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SyncStatus'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Board?: BoardResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EstimateAt?: EstimateAtResolvers<ContextType>;
  EstimateChange?: EstimateChangeResolvers<ContextType>;
  FactMembership?: FactMembershipResolvers<ContextType>;
  FlowTime?: FlowTimeResolvers<ContextType>;
  Issue?: IssueResolvers<ContextType>;
  IssueLink?: IssueLinkResolvers<ContextType>;
  IssuesUpdate?: IssuesUpdateResolvers<ContextType>;
  JiraBoardFound?: JiraBoardFoundResolvers<ContextType>;
  JiraConnection?: JiraConnectionResolvers<ContextType>;
  JiraConnectionTest?: JiraConnectionTestResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PlanningIssue?: PlanningIssueResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResolutionAt?: ResolutionAtResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
  SprintIssueFact?: SprintIssueFactResolvers<ContextType>;
  SprintMembership?: SprintMembershipResolvers<ContextType>;
  StatusCategoryAt?: StatusCategoryAtResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  StoryPointsFieldChoice?: StoryPointsFieldChoiceResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SyncProgress?: SyncProgressResolvers<ContextType>;
  SyncRun?: SyncRunResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  limit?: LimitDirectiveResolver<any, any, ContextType>;
}>;
