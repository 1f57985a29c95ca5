/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type GenerateReportInput = {
  /** VELOCITY: one board (or teamId for each of the team's boards). */
  boardId?: string | number | null | undefined;
  format: ReportFormat;
  /** CAPACITY, HISTORY: first day of the range (default: the 90 days ending on `to`). */
  from?: string | null | undefined;
  kind: ReportKind;
  /** VELOCITY: how many closed sprints, 1 to 50 (default 7, as JIRA). */
  last?: number | null | undefined;
  /** SPRINT: the sprint. */
  sprintId?: string | number | null | undefined;
  /** CAPACITY, HISTORY (and VELOCITY without boardId): the team. */
  teamId?: string | number | null | undefined;
  /** CAPACITY, HISTORY: last day of the range (default: today, UTC). */
  to?: string | null | undefined;
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

export type GenerateReportMutationVariables = Exact<{
  input: GenerateReportInput;
}>;


export type GenerateReportMutation = { generateReport: { id: string } };


export const GenerateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GenerateReportMutation, GenerateReportMutationVariables>;