import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReportRow, DeliveryRow, ScheduleRow, SprintRef, BoardRef, TeamRef, UserRef } from '../models.ts';
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
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Board = {
  __typename?: 'Board';
  id: Scalars['ID']['output'];
};

export type CreateReportScheduleInput = {
  atSprintClose?: InputMaybe<Scalars['Boolean']['input']>;
  /** A cron expression (5 fields), at most hourly; at least one of cron and atSprintClose. */
  cron?: InputMaybe<Scalars['String']['input']>;
  format: ReportFormat;
  kind: ReportKind;
  /** CAPACITY and HISTORY: days covered up to each firing (1 to 730). */
  rangeDays?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 50 email addresses. */
  recipients: Array<Scalars['String']['input']>;
  teamId: Scalars['ID']['input'];
  /** IANA time zone the cron expression is read in. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type DeliveryStatus =
  /** Every attempt failed, or the server refused the address for good. */
  | 'FAILED'
  /** Waiting for the report, or to be sent. */
  | 'PENDING'
  /** An attempt failed; another is due at nextAttemptAt. */
  | 'RETRYING'
  | 'SENT'
  /** The recipient unsubscribed: nothing was sent. */
  | 'UNSUBSCRIBED';

export type GenerateReportInput = {
  /** VELOCITY: one board (or teamId for each of the team's boards). */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  format: ReportFormat;
  /** CAPACITY, HISTORY: first day of the range (default: the 90 days ending on `to`). */
  from?: InputMaybe<Scalars['Date']['input']>;
  kind: ReportKind;
  /** VELOCITY: how many closed sprints, 1 to 50 (default 7, as JIRA). */
  last?: InputMaybe<Scalars['Int']['input']>;
  /** SPRINT: the sprint. */
  sprintId?: InputMaybe<Scalars['ID']['input']>;
  /** CAPACITY, HISTORY (and VELOCITY without boardId): the team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** CAPACITY, HISTORY: last day of the range (default: today, UTC). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Team managers and admins. */
  createReportSchedule: ReportSchedule;
  /** Team managers and admins. Its reports and delivery log stay. */
  deleteReportSchedule: Scalars['Boolean']['output'];
  /**
   * Emails the report to these addresses now (once it is READY, if it is still being made): an HTML
   * body with the headline numbers and the file attached. Needs SMTP_URL. Team managers and admins.
   * `idempotencyKey`: a retry with the same key answers the deliveries of the first request, and
   * sends nothing again.
   */
  emailReport: Array<ReportDelivery>;
  /** Queues a report. Watch it with report(id) or the reportReady subscription, then download it. */
  generateReport: Report;
  /**
   * Sends the schedule's report now, as its cron firing would (a SPRINT schedule: its team's active
   * sprints, else the latest closed one), paused or not; its cron times stay as they are. Answers the
   * reports requested; their emails go once each is READY (the delivery log, reportDeliveries). Team
   * managers and admins. `idempotencyKey`: a retry with the same key answers the first request's
   * reports and sends nothing again.
   */
  runReportSchedule: Array<Report>;
  /** Internal: the unsubscribe link's token. */
  unsubscribeReportEmail: Unsubscribed;
  /** Team managers and admins. Changes take effect from its next firing; a report already requested is sent as it was asked for. */
  updateReportSchedule: ReportSchedule;
};


export type MutationCreateReportScheduleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateReportScheduleInput;
};


export type MutationDeleteReportScheduleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEmailReportArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reportId: Scalars['ID']['input'];
  to: Array<Scalars['String']['input']>;
};


export type MutationGenerateReportArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GenerateReportInput;
};


export type MutationRunReportScheduleArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUnsubscribeReportEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationUpdateReportScheduleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReportScheduleInput;
};

export type Query = {
  __typename?: 'Query';
  report?: Maybe<Report>;
  /** The delivery log, newest first: of a report, a schedule, or the tenant. Managers and admins. */
  reportDeliveries: Array<ReportDelivery>;
  /** Whether this server sends email (SMTP_URL is set): emailReport, createReportSchedule and runReportSchedule need it. */
  reportEmailEnabled: Scalars['Boolean']['output'];
  reportSchedule?: Maybe<ReportSchedule>;
  /** Internal: what an unsubscribe link would do (its signature checked), for the page that asks to confirm. */
  unsubscribeLink?: Maybe<Unsubscribed>;
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportDeliveriesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  reportId?: InputMaybe<Scalars['ID']['input']>;
  scheduleId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryReportScheduleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnsubscribeLinkArgs = {
  token: Scalars['String']['input'];
};

/**
 * A report asked for. Generation runs in the background (progress, then READY or FAILED; the
 * reportReady subscription says when). The same request on unchanged data answers the document made
 * before (cached).
 */
export type Report = {
  __typename?: 'Report';
  /** The board of a SPRINT report, or of a VELOCITY report about one board. */
  board?: Maybe<Board>;
  /** True when the document is one made earlier from the same inputs on the same data: nothing was recomputed. */
  cached: Scalars['Boolean']['output'];
  contentType?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Its emails, newest first. Team managers and admins. */
  deliveries: Array<ReportDelivery>;
  /**
   * A link that downloads the file without signing in, valid for 15 minutes; null until READY. Signed-in
   * users can also GET /reports/{id}/download with their Authorization header.
   */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** Why it failed. */
  error?: Maybe<Scalars['String']['output']>;
  fileName?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  format: ReportFormat;
  /** The range of a CAPACITY or HISTORY report. */
  from?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: ReportKind;
  /** How many closed sprints a VELOCITY report shows. */
  last?: Maybe<Scalars['Int']['output']>;
  /** 0 to 1 while it is generated; 1 when READY. */
  progress: Scalars['Float']['output'];
  /** Who asked for it; null when a schedule did. */
  requestedBy?: Maybe<User>;
  /** The schedule that made it, if one did. */
  schedule?: Maybe<ReportSchedule>;
  sizeBytes?: Maybe<Scalars['Int']['output']>;
  /** The sprint of a SPRINT report. */
  sprint?: Maybe<Sprint>;
  status: ReportStatus;
  /** The team the report is about (for a SPRINT report, its board's team when generated). */
  team?: Maybe<Team>;
  to?: Maybe<Scalars['Date']['output']>;
};

/** One email of a report to one recipient. */
export type ReportDelivery = {
  __typename?: 'ReportDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  messageId?: Maybe<Scalars['String']['output']>;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  recipient: Scalars['String']['output'];
  report: Report;
  schedule?: Maybe<ReportSchedule>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** The SMTP server's last answer, or the error of the last attempt. */
  smtpResponse?: Maybe<Scalars['String']['output']>;
  status: DeliveryStatus;
};

export type ReportFormat =
  /** One row per issue (SPRINT), per sprint (VELOCITY), per sprint and discipline (CAPACITY, HISTORY). */
  | 'CSV'
  /** One self-contained file: charts as inline SVG, nothing loaded from elsewhere. */
  | 'HTML'
  | 'JSON'
  | 'MARKDOWN'
  | 'PDF';

export type ReportKind =
  /** A team's capacity planned vs. committed vs. completed per discipline, over the sprints that started in a date range. */
  | 'CAPACITY'
  /** A team's trends over the sprints that closed in a date range: velocity, say/do, scope change, carry-over, cycle time, per discipline. */
  | 'HISTORY'
  /** One sprint: its whole analysis with the issue lists, capacity planned vs. used per discipline, and its queue's outcome. */
  | 'SPRINT'
  /** A board's (or each of a team's boards') last N closed sprints with rolling averages. */
  | 'VELOCITY';

export type ReportProgress = {
  __typename?: 'ReportProgress';
  /** When it was announced. */
  at: Scalars['DateTime']['output'];
  report: Report;
};

export type ReportReady = {
  __typename?: 'ReportReady';
  /** When it was announced. */
  at: Scalars['DateTime']['output'];
  report: Report;
};

/** A team's report, emailed on a cron expression and/or whenever one of its sprints closes. */
export type ReportSchedule = {
  __typename?: 'ReportSchedule';
  /** Also sent when a sprint of the team's boards closes (from a sync or a sprint_closed webhook). */
  atSprintClose: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** Five fields (minute hour day-of-month month day-of-week), in timeZone. */
  cron?: Maybe<Scalars['String']['output']>;
  format: ReportFormat;
  id: Scalars['ID']['output'];
  kind: ReportKind;
  lastRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the cron expression fires next; null without one, or while paused. */
  nextRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** Paused: it neither fires on its cron expression nor at sprint close until resumed (runReportSchedule still sends it). */
  paused: Scalars['Boolean']['output'];
  /** CAPACITY and HISTORY cover this many days up to the firing. */
  rangeDays: Scalars['Int']['output'];
  /** Who receives it, less those who unsubscribed. Managers and admins. */
  recipients: Array<Scalars['String']['output']>;
  /** Reports it made, newest first. */
  reports: Array<Report>;
  team?: Maybe<Team>;
  timeZone: Scalars['String']['output'];
};


/** A team's report, emailed on a cron expression and/or whenever one of its sprints closes. */
export type ReportScheduleReportsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type ReportStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'READY'
  | 'RUNNING';

/** Tenant roles, most powerful first; each includes the ones after it. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MEMBER'
  | 'VIEWER';

export type Sprint = {
  __typename?: 'Sprint';
  id: Scalars['ID']['output'];
  /** Reports about this sprint, newest first. */
  reports?: Maybe<Array<Report>>;
};

/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** The report's progress moved (about every 250 ms at most) or it finished. */
  reportProgress: ReportProgress;
  /** The report is ready (or failed). Subscribed after it finished, it answers at once. */
  reportReady: ReportReady;
};


/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type SubscriptionReportProgressArgs = {
  reportId: Scalars['ID']['input'];
};


/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type SubscriptionReportReadyArgs = {
  reportId: Scalars['ID']['input'];
};

export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
  reportSchedules?: Maybe<Array<ReportSchedule>>;
  /** Reports about this team (and its boards' sprints), newest first. */
  reports?: Maybe<Array<Report>>;
};


export type TeamReportsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** Internal: what an unsubscribe link did. */
export type Unsubscribed = {
  __typename?: 'Unsubscribed';
  email: Scalars['String']['output'];
  /** The schedule's description, or null when the address left all of the organisation's report emails. */
  scope?: Maybe<Scalars['String']['output']>;
};

/** What updateReportSchedule changes: the fields given; the others stay. Checked as createReportSchedule checks them. */
export type UpdateReportScheduleInput = {
  atSprintClose?: InputMaybe<Scalars['Boolean']['input']>;
  /** A cron expression (5 fields), at most hourly; null or empty removes it (atSprintClose must then be true). */
  cron?: InputMaybe<Scalars['String']['input']>;
  format?: InputMaybe<ReportFormat>;
  kind?: InputMaybe<ReportKind>;
  /**
   * true pauses it (no firing, nextRunAt null); false resumes it: its next cron time is worked out from
   * now, and sprints that closed while it was paused are not reported.
   */
  paused?: InputMaybe<Scalars['Boolean']['input']>;
  /** CAPACITY and HISTORY: days covered up to each firing (1 to 730). */
  rangeDays?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 50 email addresses: the whole list. */
  recipients?: InputMaybe<Array<Scalars['String']['input']>>;
  /** IANA time zone the cron expression is read in. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
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
  Report: Report;
  ReportDelivery: ReportDelivery;
  ReportSchedule: ReportSchedule;
  Sprint: Sprint;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Report:
    ( { __typename: 'Report' }
    & GraphQLRecursivePick<FederationTypes['Report'], {"id":true}> );
  ReportDelivery:
    ( { __typename: 'ReportDelivery' }
    & GraphQLRecursivePick<FederationTypes['ReportDelivery'], {"id":true}> );
  ReportSchedule:
    ( { __typename: 'ReportSchedule' }
    & GraphQLRecursivePick<FederationTypes['ReportSchedule'], {"id":true}> );
  Sprint:
    ( { __typename: 'Sprint' }
    & GraphQLRecursivePick<FederationTypes['Sprint'], {"id":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Board: ResolverTypeWrapper<BoardRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateReportScheduleInput: CreateReportScheduleInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryStatus: DeliveryStatus;
  GenerateReportInput: GenerateReportInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Report: ResolverTypeWrapper<ReportRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ReportDelivery: ResolverTypeWrapper<DeliveryRow>;
  ReportFormat: ReportFormat;
  ReportKind: ReportKind;
  ReportProgress: ResolverTypeWrapper<Omit<ReportProgress, 'report'> & { report: ResolversTypes['Report'] }>;
  ReportReady: ResolverTypeWrapper<Omit<ReportReady, 'report'> & { report: ResolversTypes['Report'] }>;
  ReportSchedule: ResolverTypeWrapper<ScheduleRow>;
  ReportStatus: ReportStatus;
  Role: Role;
  Sprint: ResolverTypeWrapper<SprintRef>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Team: ResolverTypeWrapper<TeamRef>;
  Unsubscribed: ResolverTypeWrapper<Unsubscribed>;
  UpdateReportScheduleInput: UpdateReportScheduleInput;
  User: ResolverTypeWrapper<UserRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Board: BoardRef;
  ID: Scalars['ID']['output'];
  CreateReportScheduleInput: CreateReportScheduleInput;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  GenerateReportInput: GenerateReportInput;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Report: ReportRow;
  Float: Scalars['Float']['output'];
  ReportDelivery: DeliveryRow;
  ReportProgress: Omit<ReportProgress, 'report'> & { report: ResolversParentTypes['Report'] };
  ReportReady: Omit<ReportReady, 'report'> & { report: ResolversParentTypes['Report'] };
  ReportSchedule: ScheduleRow;
  Sprint: SprintRef;
  Subscription: Record<PropertyKey, never>;
  Team: TeamRef;
  Unsubscribed: Unsubscribed;
  UpdateReportScheduleInput: UpdateReportScheduleInput;
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

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createReportSchedule?: Resolver<ResolversTypes['ReportSchedule'], ParentType, ContextType, RequireFields<MutationCreateReportScheduleArgs, 'input'>>;
  deleteReportSchedule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteReportScheduleArgs, 'id'>>;
  emailReport?: Resolver<Array<ResolversTypes['ReportDelivery']>, ParentType, ContextType, RequireFields<MutationEmailReportArgs, 'reportId' | 'to'>>;
  generateReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationGenerateReportArgs, 'input'>>;
  runReportSchedule?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<MutationRunReportScheduleArgs, 'id'>>;
  unsubscribeReportEmail?: Resolver<ResolversTypes['Unsubscribed'], ParentType, ContextType, RequireFields<MutationUnsubscribeReportEmailArgs, 'token'>>;
  updateReportSchedule?: Resolver<ResolversTypes['ReportSchedule'], ParentType, ContextType, RequireFields<MutationUpdateReportScheduleArgs, 'id' | 'input'>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reportDeliveries?: Resolver<Array<ResolversTypes['ReportDelivery']>, ParentType, ContextType, RequireFields<QueryReportDeliveriesArgs, 'limit'>>;
  reportEmailEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportSchedule?: Resolver<Maybe<ResolversTypes['ReportSchedule']>, ParentType, ContextType, RequireFields<QueryReportScheduleArgs, 'id'>>;
  unsubscribeLink?: Resolver<Maybe<ResolversTypes['Unsubscribed']>, ParentType, ContextType, RequireFields<QueryUnsubscribeLinkArgs, 'token'>>;
}>;

export type ReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report'], FederationReferenceType extends FederationReferenceTypes['Report'] = FederationReferenceTypes['Report']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Report']> | FederationReferenceType, FederationReferenceType, ContextType>;
  board?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType>;
  cached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['ReportDelivery']>, ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ReportFormat'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportKind'], ParentType, ContextType>;
  last?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['ReportSchedule']>, ParentType, ContextType>;
  sizeBytes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ReportDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportDelivery'] = ResolversParentTypes['ReportDelivery'], FederationReferenceType extends FederationReferenceTypes['ReportDelivery'] = FederationReferenceTypes['ReportDelivery']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReportDelivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['ReportSchedule']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  smtpResponse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
}>;

export type ReportProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportProgress'] = ResolversParentTypes['ReportProgress']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
}>;

export type ReportReadyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportReady'] = ResolversParentTypes['ReportReady']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
}>;

export type ReportScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportSchedule'] = ResolversParentTypes['ReportSchedule'], FederationReferenceType extends FederationReferenceTypes['ReportSchedule'] = FederationReferenceTypes['ReportSchedule']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReportSchedule']> | FederationReferenceType, FederationReferenceType, ContextType>;
  atSprintClose?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  cron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ReportFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportKind'], ParentType, ContextType>;
  lastRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rangeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<ReportScheduleReportsArgs, 'limit'>>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SprintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint'], FederationReferenceType extends FederationReferenceTypes['Sprint'] = FederationReferenceTypes['Sprint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sprint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reports?: Resolver<Maybe<Array<ResolversTypes['Report']>>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  reportProgress?: SubscriptionResolver<ResolversTypes['ReportProgress'], "reportProgress", ParentType, ContextType, RequireFields<SubscriptionReportProgressArgs, 'reportId'>>;
  reportReady?: SubscriptionResolver<ResolversTypes['ReportReady'], "reportReady", ParentType, ContextType, RequireFields<SubscriptionReportReadyArgs, 'reportId'>>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reportSchedules?: Resolver<Maybe<Array<ResolversTypes['ReportSchedule']>>, ParentType, ContextType>;
  reports?: Resolver<Maybe<Array<ResolversTypes['Report']>>, ParentType, ContextType, RequireFields<TeamReportsArgs, 'limit'>>;
}>;

export type UnsubscribedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Unsubscribed'] = ResolversParentTypes['Unsubscribed']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Board?: BoardResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportDelivery?: ReportDeliveryResolvers<ContextType>;
  ReportProgress?: ReportProgressResolvers<ContextType>;
  ReportReady?: ReportReadyResolvers<ContextType>;
  ReportSchedule?: ReportScheduleResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  Unsubscribed?: UnsubscribedResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  limit?: LimitDirectiveResolver<any, any, ContextType>;
}>;
