/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type QueueItemReason =
  /** Unfinished in the board's current sprint: planned first. */
  | 'CARRY_OVER'
  /** Pulled in ahead of its rank because an item ranked higher is blocked by it. */
  | 'DEPENDENCY'
  /** A planner fixed it at this position. */
  | 'PINNED'
  /** Already in the sprint in JIRA: planned next, in JIRA's rank order, and kept even over capacity. */
  | 'PLANNED_IN_JIRA'
  /** Next in board rank (then priority) order that fitted. */
  | 'RANK';

export type QueueStatus =
  /** A planner accepted it: it no longer regenerates (see outdatedAt). */
  | 'ACCEPTED'
  /** Generated; regenerates by itself when the team's capacity or the backlog changes. */
  | 'DRAFT';

export type ReportQueueQueryVariables = Exact<{
  representations: Array<Record<string, unknown>> | Record<string, unknown>;
}>;


export type ReportQueueQuery = { _entities: Array<
    | { queue: { status: QueueStatus, generatedAt: string, acceptedAt: string | null, items: Array<{ position: number, discipline: string | null, points: number | null, reason: QueueItemReason, issue: { id: string } | null }> } | null }
    | Record<PropertyKey, never>
   | null> };


export const ReportQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sprint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportQueueQuery, ReportQueueQueryVariables>;