/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate completeDate }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  query Boards {\n    boards {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate }\n    }\n  }\n": typeof types.BoardsDocument,
    "\n  query SprintProgress($id: ID!) {\n    sprint(id: $id) {\n      id\n      ...SprintProgressFigures\n    }\n  }\n  fragment SprintProgressFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    analysis { statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints issueCount computedAt }\n  }\n": typeof types.SprintProgressDocument,
    "\n  subscription BoardSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      sprint { id ...SprintProgressFigures }\n    }\n  }\n": typeof types.BoardSprintAnalysisUpdatedDocument,
    "\n  query SprintReport($boardId: ID!, $sprintId: ID!) {\n    board(id: $boardId) { id name settings { timeZone } sprints { id name state startDate } }\n    sprint(id: $sprintId) { id ...SprintReportFigures }\n  }\n  fragment SprintReportFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis {\n      statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints\n      completionRate sayDoRatio scopeChangeRate issueCount computedAt\n      issues {\n        key outcome addedAfterStart commitment pointsAtStart pointsAtEnd discipline cycleTimeHours leadTimeHours\n        issue { id summary assigneeName url }\n      }\n      burndown { date remainingPoints idealPoints workingDay }\n      burnup { date scopePoints completedPoints idealPoints workingDay }\n      scopeChanges { at key kind points }\n      disciplineBreakdown {\n        discipline committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints sayDoRatio issueCount\n        cycleTime { count p50 p85 p95 }\n      }\n      cycleTime { count p50 p85 p95 }\n      leadTime { count p50 p85 p95 }\n    }\n    carryOver { key sprintCount carriedIn carriedOut points sprints { id name } issue { id summary url } }\n  }\n": typeof types.SprintReportDocument,
    "\n  subscription ReportSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      sprint { id ...SprintReportFigures }\n    }\n  }\n": typeof types.ReportSprintAnalysisUpdatedDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { accessToken refreshToken }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate completeDate }\n    }\n  }\n": types.BoardDocument,
    "\n  query Boards {\n    boards {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate }\n    }\n  }\n": types.BoardsDocument,
    "\n  query SprintProgress($id: ID!) {\n    sprint(id: $id) {\n      id\n      ...SprintProgressFigures\n    }\n  }\n  fragment SprintProgressFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    analysis { statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints issueCount computedAt }\n  }\n": types.SprintProgressDocument,
    "\n  subscription BoardSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      sprint { id ...SprintProgressFigures }\n    }\n  }\n": types.BoardSprintAnalysisUpdatedDocument,
    "\n  query SprintReport($boardId: ID!, $sprintId: ID!) {\n    board(id: $boardId) { id name settings { timeZone } sprints { id name state startDate } }\n    sprint(id: $sprintId) { id ...SprintReportFigures }\n  }\n  fragment SprintReportFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis {\n      statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints\n      completionRate sayDoRatio scopeChangeRate issueCount computedAt\n      issues {\n        key outcome addedAfterStart commitment pointsAtStart pointsAtEnd discipline cycleTimeHours leadTimeHours\n        issue { id summary assigneeName url }\n      }\n      burndown { date remainingPoints idealPoints workingDay }\n      burnup { date scopePoints completedPoints idealPoints workingDay }\n      scopeChanges { at key kind points }\n      disciplineBreakdown {\n        discipline committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints sayDoRatio issueCount\n        cycleTime { count p50 p85 p95 }\n      }\n      cycleTime { count p50 p85 p95 }\n      leadTime { count p50 p85 p95 }\n    }\n    carryOver { key sprintCount carriedIn carriedOut points sprints { id name } issue { id summary url } }\n  }\n": types.SprintReportDocument,
    "\n  subscription ReportSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      sprint { id ...SprintReportFigures }\n    }\n  }\n": types.ReportSprintAnalysisUpdatedDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { accessToken refreshToken }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate completeDate }\n    }\n  }\n"): (typeof documents)["\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate completeDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Boards {\n    boards {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate }\n    }\n  }\n"): (typeof documents)["\n  query Boards {\n    boards {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SprintProgress($id: ID!) {\n    sprint(id: $id) {\n      id\n      ...SprintProgressFigures\n    }\n  }\n  fragment SprintProgressFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    analysis { statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints issueCount computedAt }\n  }\n"): (typeof documents)["\n  query SprintProgress($id: ID!) {\n    sprint(id: $id) {\n      id\n      ...SprintProgressFigures\n    }\n  }\n  fragment SprintProgressFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    analysis { statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints issueCount computedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      sprint { id ...SprintProgressFigures }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      sprint { id ...SprintProgressFigures }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SprintReport($boardId: ID!, $sprintId: ID!) {\n    board(id: $boardId) { id name settings { timeZone } sprints { id name state startDate } }\n    sprint(id: $sprintId) { id ...SprintReportFigures }\n  }\n  fragment SprintReportFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis {\n      statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints\n      completionRate sayDoRatio scopeChangeRate issueCount computedAt\n      issues {\n        key outcome addedAfterStart commitment pointsAtStart pointsAtEnd discipline cycleTimeHours leadTimeHours\n        issue { id summary assigneeName url }\n      }\n      burndown { date remainingPoints idealPoints workingDay }\n      burnup { date scopePoints completedPoints idealPoints workingDay }\n      scopeChanges { at key kind points }\n      disciplineBreakdown {\n        discipline committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints sayDoRatio issueCount\n        cycleTime { count p50 p85 p95 }\n      }\n      cycleTime { count p50 p85 p95 }\n      leadTime { count p50 p85 p95 }\n    }\n    carryOver { key sprintCount carriedIn carriedOut points sprints { id name } issue { id summary url } }\n  }\n"): (typeof documents)["\n  query SprintReport($boardId: ID!, $sprintId: ID!) {\n    board(id: $boardId) { id name settings { timeZone } sprints { id name state startDate } }\n    sprint(id: $sprintId) { id ...SprintReportFigures }\n  }\n  fragment SprintReportFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis {\n      statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints\n      completionRate sayDoRatio scopeChangeRate issueCount computedAt\n      issues {\n        key outcome addedAfterStart commitment pointsAtStart pointsAtEnd discipline cycleTimeHours leadTimeHours\n        issue { id summary assigneeName url }\n      }\n      burndown { date remainingPoints idealPoints workingDay }\n      burnup { date scopePoints completedPoints idealPoints workingDay }\n      scopeChanges { at key kind points }\n      disciplineBreakdown {\n        discipline committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints sayDoRatio issueCount\n        cycleTime { count p50 p85 p95 }\n      }\n      cycleTime { count p50 p85 p95 }\n      leadTime { count p50 p85 p95 }\n    }\n    carryOver { key sprintCount carriedIn carriedOut points sprints { id name } issue { id summary url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReportSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      sprint { id ...SprintReportFigures }\n    }\n  }\n"): (typeof documents)["\n  subscription ReportSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      sprint { id ...SprintReportFigures }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { accessToken refreshToken }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { accessToken refreshToken }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n"): (typeof documents)["\n  mutation SignOut($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;