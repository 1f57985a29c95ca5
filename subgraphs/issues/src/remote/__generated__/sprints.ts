/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BoardColumnInput = {
  name: string;
  statusIds: Array<string>;
};

/** Internal: a board as the JIRA sync read it. */
export type JiraBoardInput = {
  columns: Array<BoardColumnInput>;
  estimationField?: string | null | undefined;
  jiraBoardId: number;
  name: string;
  projectKey?: string | null | undefined;
};

export type JiraReportIssueInput = {
  addedDuringSprint: boolean;
  currentEstimate?: number | null | undefined;
  done: boolean;
  initialEstimate?: number | null | undefined;
  key: string;
  list: JiraReportList;
  statusId?: string | null | undefined;
  statusName?: string | null | undefined;
  summary: string;
};

export type JiraReportList =
  | 'COMPLETED'
  | 'COMPLETED_IN_ANOTHER_SPRINT'
  | 'NOT_COMPLETED'
  | 'PUNTED';

export type JiraReportSumsInput = {
  all?: number | null | undefined;
  completed?: number | null | undefined;
  completedInAnotherSprint?: number | null | undefined;
  completedInAnotherSprintInitial?: number | null | undefined;
  completedInitial?: number | null | undefined;
  notCompleted?: number | null | undefined;
  notCompletedInitial?: number | null | undefined;
  punted?: number | null | undefined;
  puntedInitial?: number | null | undefined;
};

/** Internal: a sprint as the JIRA sync read it, from a board's sprint list or a webhook. */
export type JiraSprintInput = {
  /** Server/Data Center only: when the sprint was started (Start pressed). Cloud does not send it. */
  activatedDate?: string | null | undefined;
  completeDate?: string | null | undefined;
  endDate?: string | null | undefined;
  /** When JIRA said this (a webhook's timestamp; a sync's read time): older news of the sprint is ignored. */
  eventAt?: string | null | undefined;
  goal?: string | null | undefined;
  /** The board it was listed on (or, for webhooks, its origin board). */
  jiraBoardId: number;
  jiraSprintId: number;
  name: string;
  originBoardId?: number | null | undefined;
  /** JIRA's startDate: the planned start. */
  startDate?: string | null | undefined;
  state: SprintState;
};

/** Internal: JIRA's sprint report of a closed sprint as the sync fetched it, or the site's refusal. */
export type JiraSprintReportInput = {
  /** The sync's summary of the sprint and its issues: the report is fetched again only when it changes. */
  fingerprint: string;
  issues?: Array<JiraReportIssueInput> | null | undefined;
  jiraSprintId: number;
  sums?: JiraReportSumsInput | null | undefined;
  /** A failure worth trying again (no answer, rate limited): a report already stored is kept. */
  transient?: boolean | null | undefined;
  /** Set when the site refused the report (404, 403, unexpected shape, no answer); then sums and issues are left out. */
  unavailableReason?: string | null | undefined;
};

export type SprintState =
  | 'ACTIVE'
  | 'CLOSED'
  | 'FUTURE';

export type LiveIssueBoardsQueryVariables = Exact<{
  representations: Array<Record<string, unknown>> | Record<string, unknown>;
  withBoards: boolean;
}>;


export type LiveIssueBoardsQuery = { boards?: Array<{ id: string, projectKey: string | null }>, _entities: Array<
    | { id: string, board: { id: string } }
    | Record<PropertyKey, never>
   | null> };

export type SyncBoardsMutationVariables = Exact<{
  connectionId: string | number;
  boards: Array<JiraBoardInput> | JiraBoardInput;
}>;


export type SyncBoardsMutation = { syncJiraBoards: number };

export type SyncSprintsMutationVariables = Exact<{
  connectionId: string | number;
  sprints: Array<JiraSprintInput> | JiraSprintInput;
}>;


export type SyncSprintsMutation = { syncJiraSprints: Array<string> };

export type DeleteSprintMutationVariables = Exact<{
  connectionId: string | number;
  jiraSprintId: number;
  eventAt?: string | null | undefined;
}>;


export type DeleteSprintMutation = { deleteJiraSprint: boolean };

export type SprintsChangedMutationVariables = Exact<{
  sprintIds: Array<string | number> | string | number;
  wait?: boolean | null | undefined;
}>;


export type SprintsChangedMutation = { sprintsChanged: number };

export type SprintReportFingerprintsQueryVariables = Exact<{
  connectionId: string | number;
  jiraSprintIds: Array<number> | number;
}>;


export type SprintReportFingerprintsQuery = { jiraSprintReportFingerprints: Array<{ jiraSprintId: number, fingerprint: string }> };

export type SyncSprintReportsMutationVariables = Exact<{
  connectionId: string | number;
  reports: Array<JiraSprintReportInput> | JiraSprintReportInput;
}>;


export type SyncSprintReportsMutation = { syncJiraSprintReports: number };

export type DeleteJiraConnectionDataMutationVariables = Exact<{
  connectionId: string | number;
}>;


export type DeleteJiraConnectionDataMutation = { deleteJiraConnectionData: number };


export const LiveIssueBoardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveIssueBoards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withBoards"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boards"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withBoards"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sprint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveIssueBoardsQuery, LiveIssueBoardsQueryVariables>;
export const SyncBoardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncBoards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"boards"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JiraBoardInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncJiraBoards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"boards"},"value":{"kind":"Variable","name":{"kind":"Name","value":"boards"}}}]}]}}]} as unknown as DocumentNode<SyncBoardsMutation, SyncBoardsMutationVariables>;
export const SyncSprintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncSprints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sprints"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JiraSprintInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncJiraSprints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sprints"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sprints"}}}]}]}}]} as unknown as DocumentNode<SyncSprintsMutation, SyncSprintsMutationVariables>;
export const DeleteSprintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSprint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jiraSprintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteJiraSprint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"jiraSprintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jiraSprintId"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventAt"}}}]}]}}]} as unknown as DocumentNode<DeleteSprintMutation, DeleteSprintMutationVariables>;
export const SprintsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SprintsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sprintIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wait"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sprintsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sprintIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sprintIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"wait"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wait"}}}]}]}}]} as unknown as DocumentNode<SprintsChangedMutation, SprintsChangedMutationVariables>;
export const SprintReportFingerprintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SprintReportFingerprints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jiraSprintIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jiraSprintReportFingerprints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"jiraSprintIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jiraSprintIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jiraSprintId"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}}]}}]} as unknown as DocumentNode<SprintReportFingerprintsQuery, SprintReportFingerprintsQueryVariables>;
export const SyncSprintReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncSprintReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reports"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JiraSprintReportInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncJiraSprintReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reports"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reports"}}}]}]}}]} as unknown as DocumentNode<SyncSprintReportsMutation, SyncSprintReportsMutationVariables>;
export const DeleteJiraConnectionDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteJiraConnectionData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteJiraConnectionData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}}]}]}}]} as unknown as DocumentNode<DeleteJiraConnectionDataMutation, DeleteJiraConnectionDataMutationVariables>;