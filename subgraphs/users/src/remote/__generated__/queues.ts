/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What changed, as the subgraph that saw it tells the queues subgraph (queueInputsChanged). */
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

/** What made the queue as it is. */
export type QueueTrigger =
  | 'BACKLOG_CHANGED'
  | 'CAPACITY_CHANGED'
  /** An item was pinned, unpinned or moved. */
  | 'PINS_CHANGED'
  /** Someone generated it (generateQueue). */
  | 'REQUESTED';

export type QueueInputsChangedMutationVariables = Exact<{
  teamIds?: Array<string | number> | string | number | null | undefined;
  trigger: QueueTrigger;
  cause?: QueueCauseInput | null | undefined;
}>;


export type QueueInputsChangedMutation = { queueInputsChanged: number };


export const QueueInputsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueInputsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trigger"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QueueTrigger"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cause"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCauseInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueInputsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"trigger"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trigger"}}},{"kind":"Argument","name":{"kind":"Name","value":"cause"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cause"}}}]}]}}]} as unknown as DocumentNode<QueueInputsChangedMutation, QueueInputsChangedMutationVariables>;