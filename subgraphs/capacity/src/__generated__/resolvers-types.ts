import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CapacitySettingRow, TeamRef, UserRef, SprintWithDates } from '../models.ts';
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

/**
 * One member's availability to a team. Without a sprint it is the team default; with one, it
 * overrides the default for that member in that sprint.
 */
export type CapacitySetting = {
  __typename?: 'CapacitySetting';
  allocationPercent: Scalars['Int']['output'];
  daysOff: Scalars['Float']['output'];
  discipline: Scalars['String']['output'];
  focusFactor: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  pointsPerDay: Scalars['Float']['output'];
  sprint?: Maybe<Sprint>;
  team: Team;
  user: User;
};

export type DisciplineCapacity = {
  __typename?: 'DisciplineCapacity';
  /** Person-days available: working days less days off, times allocation. */
  availableDays: Scalars['Float']['output'];
  discipline: Scalars['String']['output'];
  members: Scalars['Int']['output'];
  /** availableDays × points per day × focus factor. */
  points: Scalars['Float']['output'];
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
  /** The team's capacity over the sprint's working days; null when the sprint has no dates or team. */
  capacity?: Maybe<SprintCapacity>;
  endDate?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  startDate?: Maybe<Scalars['DateTime']['output']>;
  team?: Maybe<Team>;
};

export type SprintCapacity = {
  __typename?: 'SprintCapacity';
  byDiscipline: Array<DisciplineCapacity>;
  totalDays: Scalars['Float']['output'];
  totalPoints: Scalars['Float']['output'];
  /** Weekdays between the sprint's start and end. */
  workingDays: Scalars['Int']['output'];
};

export type Team = {
  __typename?: 'Team';
  /** The team's default capacity settings (those without a sprint). */
  capacitySettings: Array<CapacitySetting>;
  id: Scalars['ID']['output'];
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
        | GraphQLRecursivePick<FederationTypes['Sprint'], {"startDate":true,"endDate":true,"team":{"id":true}}> ) );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CapacitySetting: ResolverTypeWrapper<CapacitySettingRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisciplineCapacity: ResolverTypeWrapper<DisciplineCapacity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Sprint: ResolverTypeWrapper<SprintWithDates>;
  SprintCapacity: ResolverTypeWrapper<SprintCapacity>;
  Team: ResolverTypeWrapper<TeamRef>;
  User: ResolverTypeWrapper<UserRef>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CapacitySetting: CapacitySettingRow;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisciplineCapacity: DisciplineCapacity;
  Query: Record<PropertyKey, never>;
  Sprint: SprintWithDates;
  SprintCapacity: SprintCapacity;
  Team: TeamRef;
  User: UserRef;
  Boolean: Scalars['Boolean']['output'];
}>;

export type AuthDirectiveArgs = {
  role: Role;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CapacitySettingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CapacitySetting'] = ResolversParentTypes['CapacitySetting'], FederationReferenceType extends FederationReferenceTypes['CapacitySetting'] = FederationReferenceTypes['CapacitySetting']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CapacitySetting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocationPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysOff?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  focusFactor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointsPerDay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisciplineCapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisciplineCapacity'] = ResolversParentTypes['DisciplineCapacity']> = ResolversObject<{
  availableDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  capacitySetting?: Resolver<Maybe<ResolversTypes['CapacitySetting']>, ParentType, ContextType, RequireFields<QueryCapacitySettingArgs, 'id'>>;
}>;

export type SprintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint'], FederationReferenceType extends FederationReferenceTypes['Sprint'] = FederationReferenceTypes['Sprint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sprint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['SprintCapacity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SprintCapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintCapacity'] = ResolversParentTypes['SprintCapacity']> = ResolversObject<{
  byDiscipline?: Resolver<Array<ResolversTypes['DisciplineCapacity']>, ParentType, ContextType>;
  totalDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  workingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacitySettings?: Resolver<Array<ResolversTypes['CapacitySetting']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  CapacitySetting?: CapacitySettingResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DisciplineCapacity?: DisciplineCapacityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
  SprintCapacity?: SprintCapacityResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  auth?: AuthDirectiveResolver<any, any, ContextType>;
}>;
