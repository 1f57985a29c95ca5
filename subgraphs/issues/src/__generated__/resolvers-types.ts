import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IssueRow, SprintRef, UserRef, MembershipRow, IssueFact } from '../models.ts';
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

export type EstimateAt = {
  __typename?: 'EstimateAt';
  at: Scalars['DateTime']['output'];
  points?: Maybe<Scalars['Float']['output']>;
};

/** A JIRA issue as last synced. */
export type Issue = {
  __typename?: 'Issue';
  assignee?: Maybe<User>;
  components: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  discipline?: Maybe<Scalars['String']['output']>;
  epic?: Maybe<Issue>;
  id: Scalars['ID']['output'];
  jiraId?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  parent?: Maybe<Issue>;
  priority?: Maybe<Scalars['String']['output']>;
  /** JIRA's rank (LexoRank): sorting by it gives board order. */
  rank?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every sprint the issue has been in, oldest first. */
  sprintHistory: Array<SprintMembership>;
  status: Scalars['String']['output'];
  statusCategory: StatusCategory;
  storyPoints?: Maybe<Scalars['Float']['output']>;
  summary: Scalars['String']['output'];
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  issue?: Maybe<Issue>;
};


export type QueryIssueArgs = {
  key: Scalars['String']['input'];
};

export type Sprint = {
  __typename?: 'Sprint';
  id: Scalars['ID']['output'];
  /** What sprint analysis is computed from: one fact per time an issue was in the sprint. Internal. */
  issueFacts: Array<SprintIssueFact>;
  /** Issues in the sprint (not taken out while it ran), in rank order. */
  issues: Array<Issue>;
};

export type SprintIssueFact = {
  __typename?: 'SprintIssueFact';
  addedAt: Scalars['DateTime']['output'];
  discipline?: Maybe<Scalars['String']['output']>;
  /** The estimate over time: the value at creation, then each change. */
  estimates: Array<EstimateAt>;
  issueId: Scalars['ID']['output'];
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Status category changes over time. */
  statusCategories: Array<StatusCategoryAt>;
};

export type SprintMembership = {
  __typename?: 'SprintMembership';
  addedAt: Scalars['DateTime']['output'];
  /** When the issue was taken out of the sprint while it ran; null if it stayed. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  sprint: Sprint;
};

export type StatusCategory =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

export type StatusCategoryAt = {
  __typename?: 'StatusCategoryAt';
  at: Scalars['DateTime']['output'];
  category: StatusCategory;
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
  Issue: Issue;
  Sprint: Sprint;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Issue:
    ( { __typename: 'Issue' }
    & ( GraphQLRecursivePick<FederationTypes['Issue'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Issue'], {"key":true}> ) );
  Sprint:
    ( { __typename: 'Sprint' }
    & GraphQLRecursivePick<FederationTypes['Sprint'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EstimateAt: ResolverTypeWrapper<EstimateAt>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Issue: ResolverTypeWrapper<IssueRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Sprint: ResolverTypeWrapper<SprintRef>;
  SprintIssueFact: ResolverTypeWrapper<IssueFact>;
  SprintMembership: ResolverTypeWrapper<MembershipRow>;
  StatusCategory: StatusCategory;
  StatusCategoryAt: ResolverTypeWrapper<StatusCategoryAt>;
  User: ResolverTypeWrapper<UserRef>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  EstimateAt: EstimateAt;
  Float: Scalars['Float']['output'];
  Issue: IssueRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  Sprint: SprintRef;
  SprintIssueFact: IssueFact;
  SprintMembership: MembershipRow;
  StatusCategoryAt: StatusCategoryAt;
  User: UserRef;
  Boolean: Scalars['Boolean']['output'];
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EstimateAtResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EstimateAt'] = ResolversParentTypes['EstimateAt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type IssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue'], FederationReferenceType extends FederationReferenceTypes['Issue'] = FederationReferenceTypes['Issue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Issue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discipline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  epic?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jiraId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sprintHistory?: Resolver<Array<ResolversTypes['SprintMembership']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusCategory?: Resolver<ResolversTypes['StatusCategory'], ParentType, ContextType>;
  storyPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType, RequireFields<QueryIssueArgs, 'key'>>;
}>;

export type SprintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint'], FederationReferenceType extends FederationReferenceTypes['Sprint'] = FederationReferenceTypes['Sprint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sprint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueFacts?: Resolver<Array<ResolversTypes['SprintIssueFact']>, ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType>;
}>;

export type SprintIssueFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintIssueFact'] = ResolversParentTypes['SprintIssueFact']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discipline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimates?: Resolver<Array<ResolversTypes['EstimateAt']>, ParentType, ContextType>;
  issueId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  statusCategories?: Resolver<Array<ResolversTypes['StatusCategoryAt']>, ParentType, ContextType>;
}>;

export type SprintMembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintMembership'] = ResolversParentTypes['SprintMembership']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type StatusCategoryAtResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusCategoryAt'] = ResolversParentTypes['StatusCategoryAt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['StatusCategory'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  EstimateAt?: EstimateAtResolvers<ContextType>;
  Issue?: IssueResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
  SprintIssueFact?: SprintIssueFactResolvers<ContextType>;
  SprintMembership?: SprintMembershipResolvers<ContextType>;
  StatusCategoryAt?: StatusCategoryAtResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

