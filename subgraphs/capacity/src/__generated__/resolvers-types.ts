import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CapacitySettingRow, TeamRef, UserRef, SprintWithDates } from '../models.ts';
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

/**
 * A team's capacity settings: the team's defaults (no sprint), or one sprint's overrides, where a null
 * field follows the default. Members' disciplines and allocations are their team memberships
 * (`Team.members`, users subgraph).
 */
export type CapacitySetting = {
  __typename?: 'CapacitySetting';
  /** Members' days off in this sprint (empty for the defaults). */
  daysOff: Array<MemberDaysOff>;
  /** Points per available person-day for a discipline without enough analysed history (built-in default 1). */
  defaultPointsPerDay?: Maybe<Scalars['Float']['output']>;
  /**
   * The share of available time that goes to sprint work, 0 < f ≤ 1 (built-in default 0.8). It
   * discounts the default points per day only: a rate measured from history already holds the team's
   * real focus. A sprint's own focus factor adjusts a measured rate by sprint ÷ team focus
   * (`SprintCapacity.adjustment`).
   */
  focusFactor?: Maybe<Scalars['Float']['output']>;
  /** How many of the board's last analysed sprints a discipline's points per person-day average over (built-in default 3). */
  historySprints?: Maybe<Scalars['Int']['output']>;
  /** Non-working days: the team's holidays (defaults), or extra ones in this sprint (a sprint's overrides). */
  holidays: Array<Holiday>;
  /** Working hours in a person-day, for capacity in hours (built-in default 8). */
  hoursPerDay?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Null: the team's defaults. */
  sprint?: Maybe<Sprint>;
  team?: Maybe<Team>;
};

export type CapacityUpdate = {
  __typename?: 'CapacityUpdate';
  /** When it was announced. */
  at: Scalars['DateTime']['output'];
  /** The sprint whose capacity changed; null when the change is the team's (defaults, members): every sprint. */
  sprint?: Maybe<Sprint>;
  team?: Maybe<Team>;
};

export type DisciplineCapacity = {
  __typename?: 'DisciplineCapacity';
  /** Person-days available: Σ (working days − days off) × allocation. */
  availableDays: Scalars['Float']['output'];
  committedPoints: Scalars['Float']['output'];
  discipline: Scalars['String']['output'];
  /**
   * What availableDays × pointsPerDay is multiplied by: the focus factor for DEFAULT; for HISTORY the
   * sprint's adjustment (1 unless the sprint overrides the focus factor), as the measured rate already
   * holds the team's focus.
   */
  factor: Scalars['Float']['output'];
  /**
   * The discipline's average completed points over the sprints its points per day come from; null for
   * DEFAULT. With the same person-days as theirs, points equal it (times factor).
   */
  historyAverageCompletedPoints?: Maybe<Scalars['Float']['output']>;
  /** How many analysed sprints the points per day come from (0 for DEFAULT). */
  historySprints: Scalars['Int']['output'];
  /** availableDays × hours per day × focus factor. */
  hours: Scalars['Float']['output'];
  /** Members of the discipline with an allocation to the team. */
  members: Scalars['Int']['output'];
  /** availableDays × pointsPerDay × factor. */
  points: Scalars['Float']['output'];
  /** Points per available person-day: from history, or the team's default. */
  pointsPerDay: Scalars['Float']['output'];
  pointsPerDaySource: ThroughputSource;
  /** committedPoints ÷ points; null when the discipline has no capacity. */
  utilisation?: Maybe<Scalars['Float']['output']>;
};

export type Holiday = {
  __typename?: 'Holiday';
  /** A calendar date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type HolidayInput = {
  /** YYYY-MM-DD. */
  date: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** One member's share of the sprint's capacity. */
export type MemberCapacity = {
  __typename?: 'MemberCapacity';
  allocationPercent: Scalars['Int']['output'];
  /** (working days − days off) × allocation. */
  availableDays: Scalars['Float']['output'];
  daysOff: Scalars['Float']['output'];
  discipline: Scalars['String']['output'];
  hours: Scalars['Float']['output'];
  /** availableDays × their discipline's points per day × its factor: their personal capacity. */
  points: Scalars['Float']['output'];
  user?: Maybe<User>;
};

export type MemberDaysOff = {
  __typename?: 'MemberDaysOff';
  days: Scalars['Float']['output'];
  user?: Maybe<User>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * A member's days off in a sprint (halves allowed; 0 clears): not negative, and at most the sprint's
   * working days. Team managers and admins.
   */
  setMemberAvailability: CapacitySetting;
  /** Overrides the team's defaults for one sprint (of a board of the team). Team managers and admins. */
  setSprintCapacity: CapacitySetting;
  /** Sets the team's capacity defaults. Team managers and admins. */
  setTeamCapacity: CapacitySetting;
  /**
   * Internal (sprints subgraph, once its change commits): these sprints were synced, deleted or
   * re-analysed, or their board's team changed. Capacity copies what it reads of them (board, team,
   * state, dates, the stored analysis's points per discipline) into its own tables, which queries
   * read. Returns how many of them exist.
   */
  sprintInputsChanged: Scalars['Int']['output'];
  /** Internal (queues subgraph): these sprints' queues were generated or changed. Returns how many of them have a queue. */
  sprintQueuesChanged: Scalars['Int']['output'];
  /** Internal (users subgraph): these teams' members changed (added, removed, discipline, allocation, name). Returns how many of the teams exist. */
  teamMembersChanged: Scalars['Int']['output'];
};


export type MutationSetMemberAvailabilityArgs = {
  daysOff: Scalars['Float']['input'];
  sprintId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetSprintCapacityArgs = {
  input: SprintCapacityInput;
  sprintId: Scalars['ID']['input'];
};


export type MutationSetTeamCapacityArgs = {
  input: TeamCapacityInput;
  teamId: Scalars['ID']['input'];
};


export type MutationSprintInputsChangedArgs = {
  sprintIds: Array<Scalars['ID']['input']>;
};


export type MutationSprintQueuesChangedArgs = {
  sprintIds: Array<Scalars['ID']['input']>;
};


export type MutationTeamMembersChangedArgs = {
  teamIds: Array<Scalars['ID']['input']>;
};

export type Query = {
  __typename?: 'Query';
  capacitySetting?: Maybe<CapacitySetting>;
};


export type QueryCapacitySettingArgs = {
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
  /**
   * The team's capacity over the sprint's working days, per discipline and per member; null when the
   * sprint has no dates or its board no team.
   */
  capacity?: Maybe<SprintCapacity>;
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The non-working dates of the sprint's team besides weekends: the team's holidays and the sprint's
   * own, by date (a date set in both once). Empty when its board has no team. The sprint's burndown
   * guideline stays flat on them.
   */
  holidays: Array<Holiday>;
  id: Scalars['ID']['output'];
  startDate?: Maybe<Scalars['DateTime']['output']>;
  team?: Maybe<Team>;
};

export type SprintCapacity = {
  __typename?: 'SprintCapacity';
  /**
   * The factor points from a measured rate are multiplied by: the sprint's own focus factor ÷ the
   * team's (a sprint override); 1 when the sprint sets none.
   */
  adjustment: Scalars['Float']['output'];
  byDiscipline: Array<DisciplineCapacity>;
  /**
   * The points the sprint holds against its capacity: for a started sprint, JIRA's commitment (the
   * analysis at the start); for a future one, its queue's planned points. Zero when neither exists.
   */
  committedPoints: Scalars['Float']['output'];
  /** The sprint's focus factor: it discounts hours, and points only where the points per day are the default. */
  focusFactor: Scalars['Float']['output'];
  /** The board's last analysed sprints the points per day are measured over (historySprints of them at most), newest first. */
  history: Array<Sprint>;
  /**
   * The average completed points of those sprints in the disciplines the team has members in today
   * (those the capacity covers); null without history. A sprint with the same people and days as
   * theirs gets about this capacity.
   */
  historyAverageCompletedPoints?: Maybe<Scalars['Float']['output']>;
  /**
   * The average completed points of those sprints in the disciplines nobody on the team is in today,
   * "Unassigned" among them: delivered, but by no one the capacity counts, so left out of
   * historyAverageCompletedPoints. Null without history.
   */
  historyUnstaffedCompletedPoints?: Maybe<Scalars['Float']['output']>;
  /** The holidays that fell on those weekdays. */
  holidays: Array<Holiday>;
  hoursPerDay: Scalars['Float']['output'];
  members: Array<MemberCapacity>;
  /** Person-days available: Σ (working days − days off) × allocation. */
  totalDays: Scalars['Float']['output'];
  /** totalDays × hours per day × focus factor. */
  totalHours: Scalars['Float']['output'];
  totalPoints: Scalars['Float']['output'];
  /** committedPoints ÷ totalPoints; null without capacity. */
  utilisation?: Maybe<Scalars['Float']['output']>;
  /** Weekdays from the sprint's start to its end (UTC dates), less the team's and the sprint's holidays. */
  workingDays: Scalars['Int']['output'];
};

/** One sprint's overrides. A field left out keeps its value; null follows the team's default again. */
export type SprintCapacityInput = {
  focusFactor?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces the sprint's extra non-working days; each within the sprint. */
  holidays?: InputMaybe<Array<HolidayInput>>;
};

/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** The team's capacity changed: its settings, a sprint's settings or days off, or its members. */
  capacityUpdated: CapacityUpdate;
};


/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type SubscriptionCapacityUpdatedArgs = {
  teamId: Scalars['ID']['input'];
};

export type Team = {
  __typename?: 'Team';
  /** The team's defaults first (when set), then each sprint's overrides. */
  capacitySettings?: Maybe<Array<CapacitySetting>>;
  id: Scalars['ID']['output'];
};

/** The team's defaults. A field left out keeps its value; null resets it to the built-in default. */
export type TeamCapacityInput = {
  defaultPointsPerDay?: InputMaybe<Scalars['Float']['input']>;
  focusFactor?: InputMaybe<Scalars['Float']['input']>;
  historySprints?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the team's holidays. */
  holidays?: InputMaybe<Array<HolidayInput>>;
  hoursPerDay?: InputMaybe<Scalars['Float']['input']>;
};

/** Where a discipline's points per person-day come from. */
export type ThroughputSource =
  /** Too little history: the team's default points per day, discounted by the focus factor. */
  | 'DEFAULT'
  /**
   * Completed points ÷ available person-days over the board's last analysed sprints: the team's real
   * focus is in it. A past sprint's person-days run from its start to the later of its planned end
   * and its close, × its own adjustment (its focus override ÷ the team's focus).
   */
  | 'HISTORY';

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
  CapacitySetting: CapacitySetting;
  Sprint: Sprint;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CapacitySetting:
    ( { __typename: 'CapacitySetting' }
    & GraphQLRecursivePick<FederationTypes['CapacitySetting'], {"id":true}> );
  Sprint:
    ( { __typename: 'Sprint' }
    & GraphQLRecursivePick<FederationTypes['Sprint'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Sprint'], {"startDate":true,"endDate":true,"team":{"id":true}}>
        | GraphQLRecursivePick<FederationTypes['Sprint'], {"startDate":true,"endDate":true,"team":{"id":true}}>
        | GraphQLRecursivePick<FederationTypes['Sprint'], {"team":{"id":true}}> ) );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CapacitySetting: ResolverTypeWrapper<CapacitySettingRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CapacityUpdate: ResolverTypeWrapper<Omit<CapacityUpdate, 'sprint' | 'team'> & { sprint?: Maybe<ResolversTypes['Sprint']>, team?: Maybe<ResolversTypes['Team']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisciplineCapacity: ResolverTypeWrapper<DisciplineCapacity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Holiday: ResolverTypeWrapper<Holiday>;
  HolidayInput: HolidayInput;
  MemberCapacity: ResolverTypeWrapper<Omit<MemberCapacity, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  MemberDaysOff: ResolverTypeWrapper<Omit<MemberDaysOff, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Sprint: ResolverTypeWrapper<SprintWithDates>;
  SprintCapacity: ResolverTypeWrapper<Omit<SprintCapacity, 'history' | 'members'> & { history: Array<ResolversTypes['Sprint']>, members: Array<ResolversTypes['MemberCapacity']> }>;
  SprintCapacityInput: SprintCapacityInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Team: ResolverTypeWrapper<TeamRef>;
  TeamCapacityInput: TeamCapacityInput;
  ThroughputSource: ThroughputSource;
  User: ResolverTypeWrapper<UserRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CapacitySetting: CapacitySettingRow;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  CapacityUpdate: Omit<CapacityUpdate, 'sprint' | 'team'> & { sprint?: Maybe<ResolversParentTypes['Sprint']>, team?: Maybe<ResolversParentTypes['Team']> };
  DateTime: Scalars['DateTime']['output'];
  DisciplineCapacity: DisciplineCapacity;
  String: Scalars['String']['output'];
  Holiday: Holiday;
  HolidayInput: HolidayInput;
  MemberCapacity: Omit<MemberCapacity, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  MemberDaysOff: Omit<MemberDaysOff, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Sprint: SprintWithDates;
  SprintCapacity: Omit<SprintCapacity, 'history' | 'members'> & { history: Array<ResolversParentTypes['Sprint']>, members: Array<ResolversParentTypes['MemberCapacity']> };
  SprintCapacityInput: SprintCapacityInput;
  Subscription: Record<PropertyKey, never>;
  Team: TeamRef;
  TeamCapacityInput: TeamCapacityInput;
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

export type CapacitySettingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CapacitySetting'] = ResolversParentTypes['CapacitySetting'], FederationReferenceType extends FederationReferenceTypes['CapacitySetting'] = FederationReferenceTypes['CapacitySetting']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CapacitySetting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  daysOff?: Resolver<Array<ResolversTypes['MemberDaysOff']>, ParentType, ContextType>;
  defaultPointsPerDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  focusFactor?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  historySprints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['Holiday']>, ParentType, ContextType>;
  hoursPerDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type CapacityUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CapacityUpdate'] = ResolversParentTypes['CapacityUpdate']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisciplineCapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisciplineCapacity'] = ResolversParentTypes['DisciplineCapacity']> = ResolversObject<{
  availableDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  historyAverageCompletedPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  historySprints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsPerDay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsPerDaySource?: Resolver<ResolversTypes['ThroughputSource'], ParentType, ContextType>;
  utilisation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type HolidayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Holiday'] = ResolversParentTypes['Holiday']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MemberCapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberCapacity'] = ResolversParentTypes['MemberCapacity']> = ResolversObject<{
  allocationPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availableDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  daysOff?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type MemberDaysOffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberDaysOff'] = ResolversParentTypes['MemberDaysOff']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  setMemberAvailability?: Resolver<ResolversTypes['CapacitySetting'], ParentType, ContextType, RequireFields<MutationSetMemberAvailabilityArgs, 'daysOff' | 'sprintId' | 'userId'>>;
  setSprintCapacity?: Resolver<ResolversTypes['CapacitySetting'], ParentType, ContextType, RequireFields<MutationSetSprintCapacityArgs, 'input' | 'sprintId'>>;
  setTeamCapacity?: Resolver<ResolversTypes['CapacitySetting'], ParentType, ContextType, RequireFields<MutationSetTeamCapacityArgs, 'input' | 'teamId'>>;
  sprintInputsChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSprintInputsChangedArgs, 'sprintIds'>>;
  sprintQueuesChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSprintQueuesChangedArgs, 'sprintIds'>>;
  teamMembersChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationTeamMembersChangedArgs, 'teamIds'>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  capacitySetting?: Resolver<Maybe<ResolversTypes['CapacitySetting']>, ParentType, ContextType, RequireFields<QueryCapacitySettingArgs, 'id'>>;
}>;

export type SprintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint'], FederationReferenceType extends FederationReferenceTypes['Sprint'] = FederationReferenceTypes['Sprint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sprint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['SprintCapacity']>, ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['Holiday']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SprintCapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintCapacity'] = ResolversParentTypes['SprintCapacity']> = ResolversObject<{
  adjustment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  byDiscipline?: Resolver<Array<ResolversTypes['DisciplineCapacity']>, ParentType, ContextType>;
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  focusFactor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Sprint']>, ParentType, ContextType>;
  historyAverageCompletedPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  historyUnstaffedCompletedPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['Holiday']>, ParentType, ContextType>;
  hoursPerDay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['MemberCapacity']>, ParentType, ContextType>;
  totalDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  utilisation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  workingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  capacityUpdated?: SubscriptionResolver<ResolversTypes['CapacityUpdate'], "capacityUpdated", ParentType, ContextType, RequireFields<SubscriptionCapacityUpdatedArgs, 'teamId'>>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacitySettings?: Resolver<Maybe<Array<ResolversTypes['CapacitySetting']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  CapacitySetting?: CapacitySettingResolvers<ContextType>;
  CapacityUpdate?: CapacityUpdateResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DisciplineCapacity?: DisciplineCapacityResolvers<ContextType>;
  Holiday?: HolidayResolvers<ContextType>;
  MemberCapacity?: MemberCapacityResolvers<ContextType>;
  MemberDaysOff?: MemberDaysOffResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
  SprintCapacity?: SprintCapacityResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  limit?: LimitDirectiveResolver<any, any, ContextType>;
}>;
