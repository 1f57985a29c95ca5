/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type ReportCapacityQueryVariables = Exact<{
  representations: Array<Record<string, unknown>> | Record<string, unknown>;
}>;


export type ReportCapacityQuery = { _entities: Array<
    | { capacity: { workingDays: number, focusFactor: number, adjustment: number, historyAverageCompletedPoints: number | null, historyUnstaffedCompletedPoints: number | null, totalDays: number, totalPoints: number, committedPoints: number, utilisation: number | null, byDiscipline: Array<{ discipline: string, members: number, availableDays: number, points: number, committedPoints: number, utilisation: number | null, pointsPerDaySource: ThroughputSource }> } | null }
    | Record<PropertyKey, never>
   | null> };


export const ReportCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sprint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"focusFactor"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"historyAverageCompletedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"historyUnstaffedCompletedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"totalDays"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"committedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"}},{"kind":"Field","name":{"kind":"Name","value":"byDiscipline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discipline"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"availableDays"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"committedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerDaySource"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportCapacityQuery, ReportCapacityQueryVariables>;