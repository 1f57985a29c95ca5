import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { QueueRow, QueueItemRow, QueueConflictRow, IssueRef, SprintRef } from '../models.ts';
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

export type ConflictKind =
  | 'ASSIGNEE_OVER_CAPACITY'
  | 'BLOCKED_OUTSIDE_QUEUE'
  | 'DEPENDENCY_CYCLE'
  | 'NO_CAPACITY'
  | 'OVER_CAPACITY'
  | 'UNESTIMATED';

export type Issue = {
  __typename?: 'Issue';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  queue?: Maybe<Queue>;
};


export type QueryQueueArgs = {
  id: Scalars['ID']['input'];
};

/** The planned work for a sprint, in order. */
export type Queue = {
  __typename?: 'Queue';
  conflicts: Array<QueueConflict>;
  generatedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  items: Array<QueueItem>;
  sprint: Sprint;
  status: QueueStatus;
};

export type QueueConflict = {
  __typename?: 'QueueConflict';
  issues: Array<Issue>;
  kind: ConflictKind;
  message: Scalars['String']['output'];
};

export type QueueItem = {
  __typename?: 'QueueItem';
  discipline?: Maybe<Scalars['String']['output']>;
  issue: Issue;
  points?: Maybe<Scalars['Float']['output']>;
  position: Scalars['Int']['output'];
  reason: QueueItemReason;
};

export type QueueItemReason =
  | 'CARRY_OVER'
  | 'DEPENDENCY'
  | 'PINNED'
  | 'RANK';

export type QueueStatus =
  | 'ACCEPTED'
  | 'DRAFT';

/** Tenant roles, most powerful first; each includes the ones after it. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MEMBER'
  | 'VIEWER';

export type Sprint = {
  __typename?: 'Sprint';
  id: Scalars['ID']['output'];
  /** The sprint's most recently generated queue, if any. */
  queue?: Maybe<Queue>;
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
  Queue: Queue;
  Sprint: Sprint;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Queue:
    ( { __typename: 'Queue' }
    & GraphQLRecursivePick<FederationTypes['Queue'], {"id":true}> );
  Sprint:
    ( { __typename: 'Sprint' }
    & GraphQLRecursivePick<FederationTypes['Sprint'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ConflictKind: ConflictKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Issue: ResolverTypeWrapper<IssueRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Queue: ResolverTypeWrapper<QueueRow>;
  QueueConflict: ResolverTypeWrapper<QueueConflictRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  QueueItem: ResolverTypeWrapper<QueueItemRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  QueueItemReason: QueueItemReason;
  QueueStatus: QueueStatus;
  Role: Role;
  Sprint: ResolverTypeWrapper<SprintRef>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Issue: IssueRef;
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  Queue: QueueRow;
  QueueConflict: QueueConflictRow;
  String: Scalars['String']['output'];
  QueueItem: QueueItemRow;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  Sprint: SprintRef;
  Boolean: Scalars['Boolean']['output'];
}>;

export type AuthDirectiveArgs = {
  role: Role;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  queue?: Resolver<Maybe<ResolversTypes['Queue']>, ParentType, ContextType, RequireFields<QueryQueueArgs, 'id'>>;
}>;

export type QueueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Queue'] = ResolversParentTypes['Queue'], FederationReferenceType extends FederationReferenceTypes['Queue'] = FederationReferenceTypes['Queue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Queue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['QueueConflict']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['QueueItem']>, ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QueueStatus'], ParentType, ContextType>;
}>;

export type QueueConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueueConflict'] = ResolversParentTypes['QueueConflict']> = ResolversObject<{
  issues?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConflictKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueueItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueueItem'] = ResolversParentTypes['QueueItem']> = ResolversObject<{
  discipline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['QueueItemReason'], ParentType, ContextType>;
}>;

export type SprintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint'], FederationReferenceType extends FederationReferenceTypes['Sprint'] = FederationReferenceTypes['Sprint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sprint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['Queue']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Issue?: IssueResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Queue?: QueueResolvers<ContextType>;
  QueueConflict?: QueueConflictResolvers<ContextType>;
  QueueItem?: QueueItemResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  auth?: AuthDirectiveResolver<any, any, ContextType>;
}>;
