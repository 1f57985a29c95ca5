import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BoardRow, SprintRow, AnalysisRow, EstimateChangeEntry, TeamRef, VelocityRow } from '../models.ts';
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
  Date: { input: string; output: string; }
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A JIRA board: a team's view of its sprints. */
export type Board = {
  __typename?: 'Board';
  /** The board's columns, left to right, with their JIRA status ids: the right-most one is done. */
  columns: Array<BoardColumn>;
  /** The board's estimation field in JIRA (its estimation statistic). */
  estimationField?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jiraBoardId?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  projectKey?: Maybe<Scalars['String']['output']>;
  /** The board's sprints in board order, oldest first; `last` keeps the most recent N. */
  sprints: Array<Sprint>;
  team?: Maybe<Team>;
  /** Committed and completed points of the last N closed sprints, oldest first. */
  velocity: Array<VelocityEntry>;
};


/** A JIRA board: a team's view of its sprints. */
export type BoardSprintsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A JIRA board: a team's view of its sprints. */
export type BoardVelocityArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type BoardColumn = {
  __typename?: 'BoardColumn';
  name: Scalars['String']['output'];
  statusIds: Array<Scalars['String']['output']>;
};

export type BoardColumnInput = {
  name: Scalars['String']['input'];
  statusIds: Array<Scalars['String']['input']>;
};

export type BurndownPoint = {
  __typename?: 'BurndownPoint';
  date: Scalars['Date']['output'];
  idealPoints: Scalars['Float']['output'];
  /** Points in the sprint and not done at the end of that day; null for days after the sprint completed, or still to come. */
  remainingPoints?: Maybe<Scalars['Float']['output']>;
};

export type DisciplineFigures = {
  __typename?: 'DisciplineFigures';
  committedPoints: Scalars['Float']['output'];
  completedPoints: Scalars['Float']['output'];
  discipline: Scalars['String']['output'];
};

/** An issue, owned by the issues subgraph: sprints only points at it. */
export type Issue = {
  __typename?: 'Issue';
  id: Scalars['ID']['output'];
};

/** Internal: a board as the JIRA sync read it. */
export type JiraBoardInput = {
  columns: Array<BoardColumnInput>;
  estimationField?: InputMaybe<Scalars['String']['input']>;
  jiraBoardId: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  projectKey?: InputMaybe<Scalars['String']['input']>;
};

/** Internal: a sprint as the JIRA sync read it, from a board's sprint list or a webhook. */
export type JiraSprintInput = {
  completeDate?: InputMaybe<Scalars['DateTime']['input']>;
  endDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** When JIRA said this (a webhook's timestamp; a sync's read time): older news of the sprint is ignored. */
  eventAt?: InputMaybe<Scalars['DateTime']['input']>;
  goal?: InputMaybe<Scalars['String']['input']>;
  /** The board it was listed on (or, for webhooks, its origin board). */
  jiraBoardId: Scalars['Int']['input'];
  jiraSprintId: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  originBoardId?: InputMaybe<Scalars['Int']['input']>;
  startDate?: InputMaybe<Scalars['DateTime']['input']>;
  state: SprintState;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Internal: a JIRA connection was deleted: its boards, sprints and analyses go. Returns the boards deleted. */
  deleteJiraConnectionData: Scalars['Int']['output'];
  /** Internal: marks a sprint deleted in JIRA. */
  deleteJiraSprint: Scalars['Boolean']['output'];
  /** Assigns a board to a team (or none): its sprints' capacity and queues are that team's. */
  setBoardTeam: Board;
  /** Internal: issue history of these sprints changed. Recomputes their analyses now (wait) or in the background. */
  sprintsChanged: Scalars['Int']['output'];
  /** Internal: upserts the connection's boards; returns how many. */
  syncJiraBoards: Scalars['Int']['output'];
  /** Internal: upserts sprints of synced boards; returns the ids written (sprints of unknown boards are skipped). */
  syncJiraSprints: Array<Scalars['ID']['output']>;
};


export type MutationDeleteJiraConnectionDataArgs = {
  connectionId: Scalars['ID']['input'];
};


export type MutationDeleteJiraSprintArgs = {
  connectionId: Scalars['ID']['input'];
  eventAt?: InputMaybe<Scalars['DateTime']['input']>;
  jiraSprintId: Scalars['Int']['input'];
};


export type MutationSetBoardTeamArgs = {
  boardId: Scalars['ID']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSprintsChangedArgs = {
  sprintIds: Array<Scalars['ID']['input']>;
  wait?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSyncJiraBoardsArgs = {
  boards: Array<JiraBoardInput>;
  connectionId: Scalars['ID']['input'];
};


export type MutationSyncJiraSprintsArgs = {
  connectionId: Scalars['ID']['input'];
  sprints: Array<JiraSprintInput>;
};

export type Query = {
  __typename?: 'Query';
  board?: Maybe<Board>;
  boards: Array<Board>;
  sprint?: Maybe<Sprint>;
};


export type QueryBoardArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySprintArgs = {
  id: Scalars['ID']['input'];
};

/** Tenant roles, most powerful first; each includes the ones after it. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MEMBER'
  | 'VIEWER';

export type Sprint = {
  __typename?: 'Sprint';
  /** The sprint's analysis as last computed from issue history; null for a sprint that has not started. */
  analysis?: Maybe<SprintAnalysis>;
  board: Board;
  completeDate?: Maybe<Scalars['DateTime']['output']>;
  endDate?: Maybe<Scalars['DateTime']['output']>;
  goal?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jiraSprintId?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  startDate?: Maybe<Scalars['DateTime']['output']>;
  state: SprintState;
  /** The board's team. */
  team?: Maybe<Team>;
};

/**
 * Points are story points. Committed: in the sprint when it started, at their estimate then.
 * Completed: done when the sprint completed (now, for an active sprint), at their estimate then.
 */
export type SprintAnalysis = {
  __typename?: 'SprintAnalysis';
  /** Points of issues added after the sprint started. */
  addedPoints: Scalars['Float']['output'];
  /** One point per day from start to end. */
  burndown: Array<BurndownPoint>;
  committedPoints: Scalars['Float']['output'];
  /** Points of issues done at completion that were already done before the sprint started, or before they joined it (JIRA: completed outside this sprint). Counted in no other figure. */
  completedOutsidePoints: Scalars['Float']['output'];
  completedPoints: Scalars['Float']['output'];
  /** completedPoints ÷ committedPoints; null when nothing was committed. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  computedAt: Scalars['DateTime']['output'];
  disciplineBreakdown: Array<DisciplineFigures>;
  /** Estimates changed while the sprint ran, of issues in it at the time (JIRA shows them as 3 → 3.5). */
  estimateChanges: Array<SprintEstimateChange>;
  /** Issues that were ever in the sprint. */
  issueCount: Scalars['Int']['output'];
  /** Points of issues still in the sprint and not done when it completed. */
  notCompletedPoints: Scalars['Float']['output'];
  /** Points of issues taken out of the sprint while it ran. */
  removedPoints: Scalars['Float']['output'];
  /** (addedPoints + removedPoints) ÷ committedPoints; null when nothing was committed. */
  scopeChangeRate?: Maybe<Scalars['Float']['output']>;
};

export type SprintEstimateChange = {
  __typename?: 'SprintEstimateChange';
  at: Scalars['DateTime']['output'];
  from?: Maybe<Scalars['Float']['output']>;
  issue: Issue;
  to?: Maybe<Scalars['Float']['output']>;
};

export type SprintState =
  | 'ACTIVE'
  | 'CLOSED'
  | 'FUTURE';

export type Team = {
  __typename?: 'Team';
  boards: Array<Board>;
  id: Scalars['ID']['output'];
};

export type VelocityEntry = {
  __typename?: 'VelocityEntry';
  committedPoints: Scalars['Float']['output'];
  completedPoints: Scalars['Float']['output'];
  sprint: Sprint;
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
  Board: Board;
  Sprint: Sprint;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Board:
    ( { __typename: 'Board' }
    & GraphQLRecursivePick<FederationTypes['Board'], {"id":true}> );
  Sprint:
    ( { __typename: 'Sprint' }
    & GraphQLRecursivePick<FederationTypes['Sprint'], {"id":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Board: ResolverTypeWrapper<BoardRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BoardColumn: ResolverTypeWrapper<BoardColumn>;
  BoardColumnInput: BoardColumnInput;
  BurndownPoint: ResolverTypeWrapper<BurndownPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisciplineFigures: ResolverTypeWrapper<DisciplineFigures>;
  Issue: ResolverTypeWrapper<Issue>;
  JiraBoardInput: JiraBoardInput;
  JiraSprintInput: JiraSprintInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Sprint: ResolverTypeWrapper<SprintRow>;
  SprintAnalysis: ResolverTypeWrapper<AnalysisRow>;
  SprintEstimateChange: ResolverTypeWrapper<EstimateChangeEntry>;
  SprintState: SprintState;
  Team: ResolverTypeWrapper<TeamRef>;
  VelocityEntry: ResolverTypeWrapper<VelocityRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Board: BoardRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  BoardColumn: BoardColumn;
  BoardColumnInput: BoardColumnInput;
  BurndownPoint: BurndownPoint;
  Float: Scalars['Float']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisciplineFigures: DisciplineFigures;
  Issue: Issue;
  JiraBoardInput: JiraBoardInput;
  JiraSprintInput: JiraSprintInput;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Sprint: SprintRow;
  SprintAnalysis: AnalysisRow;
  SprintEstimateChange: EstimateChangeEntry;
  Team: TeamRef;
  VelocityEntry: VelocityRow;
}>;

export type AuthDirectiveArgs = {
  role: Role;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BoardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Board'] = ResolversParentTypes['Board'], FederationReferenceType extends FederationReferenceTypes['Board'] = FederationReferenceTypes['Board']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Board']> | FederationReferenceType, FederationReferenceType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['BoardColumn']>, ParentType, ContextType>;
  estimationField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jiraBoardId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sprints?: Resolver<Array<ResolversTypes['Sprint']>, ParentType, ContextType, Partial<BoardSprintsArgs>>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  velocity?: Resolver<Array<ResolversTypes['VelocityEntry']>, ParentType, ContextType, RequireFields<BoardVelocityArgs, 'last'>>;
}>;

export type BoardColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardColumn'] = ResolversParentTypes['BoardColumn']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BurndownPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BurndownPoint'] = ResolversParentTypes['BurndownPoint']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  idealPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  remainingPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisciplineFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisciplineFigures'] = ResolversParentTypes['DisciplineFigures']> = ResolversObject<{
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteJiraConnectionData?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationDeleteJiraConnectionDataArgs, 'connectionId'>>;
  deleteJiraSprint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteJiraSprintArgs, 'connectionId' | 'jiraSprintId'>>;
  setBoardTeam?: Resolver<ResolversTypes['Board'], ParentType, ContextType, RequireFields<MutationSetBoardTeamArgs, 'boardId'>>;
  sprintsChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSprintsChangedArgs, 'sprintIds'>>;
  syncJiraBoards?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSyncJiraBoardsArgs, 'boards' | 'connectionId'>>;
  syncJiraSprints?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationSyncJiraSprintsArgs, 'connectionId' | 'sprints'>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  board?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType, RequireFields<QueryBoardArgs, 'id'>>;
  boards?: Resolver<Array<ResolversTypes['Board']>, ParentType, ContextType>;
  sprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType, RequireFields<QuerySprintArgs, 'id'>>;
}>;

export type SprintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint'], FederationReferenceType extends FederationReferenceTypes['Sprint'] = FederationReferenceTypes['Sprint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sprint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  analysis?: Resolver<Maybe<ResolversTypes['SprintAnalysis']>, ParentType, ContextType>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  completeDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jiraSprintId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SprintState'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type SprintAnalysisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintAnalysis'] = ResolversParentTypes['SprintAnalysis']> = ResolversObject<{
  addedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  burndown?: Resolver<Array<ResolversTypes['BurndownPoint']>, ParentType, ContextType>;
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedOutsidePoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disciplineBreakdown?: Resolver<Array<ResolversTypes['DisciplineFigures']>, ParentType, ContextType>;
  estimateChanges?: Resolver<Array<ResolversTypes['SprintEstimateChange']>, ParentType, ContextType>;
  issueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notCompletedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  removedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scopeChangeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SprintEstimateChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintEstimateChange'] = ResolversParentTypes['SprintEstimateChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boards?: Resolver<Array<ResolversTypes['Board']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VelocityEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VelocityEntry'] = ResolversParentTypes['VelocityEntry']> = ResolversObject<{
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Board?: BoardResolvers<ContextType>;
  BoardColumn?: BoardColumnResolvers<ContextType>;
  BurndownPoint?: BurndownPointResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisciplineFigures?: DisciplineFiguresResolvers<ContextType>;
  Issue?: IssueResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
  SprintAnalysis?: SprintAnalysisResolvers<ContextType>;
  SprintEstimateChange?: SprintEstimateChangeResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  VelocityEntry?: VelocityEntryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  auth?: AuthDirectiveResolver<any, any, ContextType>;
}>;
