/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What changed in a team's capacity, as the capacity subgraph tells the queues subgraph (capacityChanged). */
export type QueueCauseInput = {
  kind: QueueCauseKind;
  sprintId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
};

/** What kind of change regenerated a queue by itself. */
export type QueueCauseKind =
  /** The board's issues changed in JIRA (a sync or a webhook). */
  | 'BACKLOG'
  /** A member's days off in the sprint changed (setMemberAvailability): user and sprint say whose and which. */
  | 'DAYS_OFF'
  /** The sprint's capacity settings changed (holidays, focus factor): sprint says which. */
  | 'SPRINT_CAPACITY'
  /** The team's capacity defaults changed. */
  | 'TEAM_CAPACITY'
  /** The team's members changed (added, removed, discipline or allocation): user says who. */
  | 'TEAM_MEMBERS';

export type CapacityQueueInputsQueryVariables = Exact<{
  representations: Array<Record<string, unknown>> | Record<string, unknown>;
}>;


export type CapacityQueueInputsQuery = { _entities: Array<
    | { id: string, queue: { utilisation: Array<{ discipline: string, plannedPoints: number }> } | null }
    | Record<PropertyKey, never>
   | null> };

export type CapacityChangedMutationVariables = Exact<{
  teamId: string | number;
  cause: QueueCauseInput;
}>;


export type CapacityChangedMutation = { capacityChanged: number };


export const CapacityQueueInputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapacityQueueInputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sprint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"plannedPoints"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CapacityQueueInputsQuery, CapacityQueueInputsQueryVariables>;
export const CapacityChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CapacityChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cause"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCauseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacityChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cause"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cause"}}}]}]}}]} as unknown as DocumentNode<CapacityChangedMutation, CapacityChangedMutationVariables>;