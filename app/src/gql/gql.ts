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
    "\n  subscription LiveIssuesUpdated($boardId: ID!) {\n    issueUpdated(boardId: $boardId) {\n      at\n      issueIds\n      issues { id key summary type status statusCategory storyPoints assigneeName resolution deletedAt }\n    }\n  }\n": typeof types.LiveIssuesUpdatedDocument,
    "\n  subscription LiveSprintUpdated($sprintId: ID!) {\n    sprintUpdated(sprintId: $sprintId) {\n      at\n      sprint { id name state goal startDate endDate completeDate }\n    }\n  }\n": typeof types.LiveSprintUpdatedDocument,
    "\n  subscription LiveBoardSprintsUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      board { id sprints { id name state startDate endDate } }\n      sprint { id }\n    }\n  }\n": typeof types.LiveBoardSprintsUpdatedDocument,
    "\n  fragment LiveSprintIssueIds on Sprint {\n    id\n    analysis { issues { issue { id } } }\n  }\n": typeof types.LiveSprintIssueIdsFragmentDoc,
    "\n  query Me { me { id email role } }\n": typeof types.MeDocument,
    "\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate completeDate }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  query Boards {\n    boards {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { ...BoardCardSprint }\n    }\n  }\n  fragment BoardCardSprint on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis { statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints issueCount computedAt }\n  }\n": typeof types.BoardsDocument,
    "\n  subscription BoardSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      board { id sprints { ...BoardCardSprint } }\n      sprint { ...BoardCardSprint }\n    }\n  }\n": typeof types.BoardSprintAnalysisUpdatedDocument,
    "\n  query SingleSignOn($email: String!) {\n    singleSignOn(email: $email) { issuer clientId audience displayName scopes }\n  }\n": typeof types.SingleSignOnDocument,
    "\n  query SprintReport($boardId: ID!, $sprintId: ID!) {\n    board(id: $boardId) { id name settings { timeZone } sprints { id name state startDate endDate completeDate } }\n    sprint(id: $sprintId) { id ...SprintReportFigures }\n  }\n  fragment SprintReportFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis {\n      statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints\n      completionRate sayDoRatio scopeChangeRate issueCount computedAt\n      issues {\n        key outcome addedAfterStart commitment pointsAtStart pointsAtJoin pointsAtEnd discipline cycleTimeHours leadTimeHours\n        issue { id summary assigneeName url }\n      }\n      burndown { date remainingPoints idealPoints workingDay }\n      burnup { date scopePoints completedPoints idealPoints workingDay }\n      scopeChanges { at key kind points }\n      disciplineBreakdown {\n        discipline committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints sayDoRatio issueCount\n        cycleTime { count p50 p85 p95 }\n      }\n      cycleTime { count p50 p85 p95 }\n      leadTime { count p50 p85 p95 }\n    }\n    carryOver { key sprintCount carriedIn carriedOut points sprints { id name } issue { id summary url } }\n  }\n": typeof types.SprintReportDocument,
    "\n  subscription ReportSprintUpdated($sprintId: ID!) {\n    sprintUpdated(sprintId: $sprintId) {\n      at\n      sprint { id ...SprintReportFigures }\n    }\n  }\n": typeof types.ReportSprintUpdatedDocument,
    "\n  query Velocity($boardId: ID!, $last: Int) {\n    board(id: $boardId) {\n      id\n      name\n      settings { estimationStatistic }\n      velocity(last: $last) {\n        sprint { id name }\n        committedPoints completedPoints sayDoRatio scopeChangeRate rollingAverage3 rollingAverage5\n      }\n      predictability(last: $last) {\n        sprints averageCommittedPoints averageCompletedPoints averageSayDoRatio velocityVariation predictability averageScopeChangeRate\n      }\n    }\n  }\n": typeof types.VelocityDocument,
    "\n  subscription VelocitySprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) { at sprint { id state } }\n  }\n": typeof types.VelocitySprintAnalysisUpdatedDocument,
    "\n  fragment ReportFields on Report {\n    id\n    kind\n    format\n    status\n    progress\n    cached\n    sizeBytes\n    fileName\n    error\n    createdAt\n    finishedAt\n    last\n    from\n    to\n    sprint { id name }\n    board { id name }\n    team { id name }\n    requestedBy { id displayName }\n    schedule { id }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  query BoardReports($boardId: ID!) {\n    me { id role }\n    board(id: $boardId) {\n      id\n      name\n      team { id name reports(limit: 100) { ...ReportFields } }\n      sprints { id name state startDate reports { ...ReportFields } }\n    }\n  }\n": typeof types.BoardReportsDocument,
    "\n  query SprintReports($sprintId: ID!) {\n    me { id role }\n    sprint(id: $sprintId) { id name reports { ...ReportFields } }\n  }\n": typeof types.SprintReportsDocument,
    "\n  mutation GenerateReport($input: GenerateReportInput!, $idempotencyKey: String) {\n    generateReport(input: $input, idempotencyKey: $idempotencyKey) { ...ReportFields }\n  }\n": typeof types.GenerateReportDocument,
    "\n  subscription ReportProgress($reportId: ID!) {\n    reportProgress(reportId: $reportId) { at report { id status progress error } }\n  }\n": typeof types.ReportProgressDocument,
    "\n  subscription ReportReady($reportId: ID!) {\n    reportReady(reportId: $reportId) { at report { ...ReportFields } }\n  }\n": typeof types.ReportReadyDocument,
    "\n  query ReportStatus($id: ID!) {\n    report(id: $id) { ...ReportFields }\n  }\n": typeof types.ReportStatusDocument,
    "\n  fragment ScheduleFields on ReportSchedule {\n    id\n    kind\n    format\n    recipients @include(if: $withRecipients)\n    cron\n    timeZone\n    atSprintClose\n    rangeDays\n    paused\n    nextRunAt\n    lastRunAt\n    createdAt\n  }\n": typeof types.ScheduleFieldsFragmentDoc,
    "\n  query BoardSchedules($boardId: ID!, $withRecipients: Boolean!) {\n    reportEmailEnabled\n    board(id: $boardId) {\n      id\n      name\n      team { id name reportSchedules { ...ScheduleFields } }\n    }\n  }\n": typeof types.BoardSchedulesDocument,
    "\n  mutation CreateReportSchedule($input: CreateReportScheduleInput!, $withRecipients: Boolean! = true) {\n    createReportSchedule(input: $input) { ...ScheduleFields }\n  }\n": typeof types.CreateReportScheduleDocument,
    "\n  mutation UpdateReportSchedule($id: ID!, $input: UpdateReportScheduleInput!, $withRecipients: Boolean! = true) {\n    updateReportSchedule(id: $id, input: $input) { ...ScheduleFields }\n  }\n": typeof types.UpdateReportScheduleDocument,
    "\n  mutation RunReportSchedule($id: ID!, $idempotencyKey: String) {\n    runReportSchedule(id: $id, idempotencyKey: $idempotencyKey) { id status }\n  }\n": typeof types.RunReportScheduleDocument,
    "\n  mutation DeleteReportSchedule($id: ID!) {\n    deleteReportSchedule(id: $id)\n  }\n": typeof types.DeleteReportScheduleDocument,
    "\n  query ScheduleDeliveries($scheduleId: ID!) {\n    reportDeliveries(scheduleId: $scheduleId, limit: 50) {\n      id\n      recipient\n      status\n      attempts\n      smtpResponse\n      createdAt\n      lastAttemptAt\n      nextAttemptAt\n      sentAt\n      report { id kind status sprint { id name } }\n    }\n  }\n": typeof types.ScheduleDeliveriesDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { accessToken refreshToken }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n": typeof types.SignOutDocument,
    "\n  query SignedInAs { me { email } }\n": typeof types.SignedInAsDocument,
};
const documents: Documents = {
    "\n  subscription LiveIssuesUpdated($boardId: ID!) {\n    issueUpdated(boardId: $boardId) {\n      at\n      issueIds\n      issues { id key summary type status statusCategory storyPoints assigneeName resolution deletedAt }\n    }\n  }\n": types.LiveIssuesUpdatedDocument,
    "\n  subscription LiveSprintUpdated($sprintId: ID!) {\n    sprintUpdated(sprintId: $sprintId) {\n      at\n      sprint { id name state goal startDate endDate completeDate }\n    }\n  }\n": types.LiveSprintUpdatedDocument,
    "\n  subscription LiveBoardSprintsUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      board { id sprints { id name state startDate endDate } }\n      sprint { id }\n    }\n  }\n": types.LiveBoardSprintsUpdatedDocument,
    "\n  fragment LiveSprintIssueIds on Sprint {\n    id\n    analysis { issues { issue { id } } }\n  }\n": types.LiveSprintIssueIdsFragmentDoc,
    "\n  query Me { me { id email role } }\n": types.MeDocument,
    "\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate completeDate }\n    }\n  }\n": types.BoardDocument,
    "\n  query Boards {\n    boards {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { ...BoardCardSprint }\n    }\n  }\n  fragment BoardCardSprint on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis { statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints issueCount computedAt }\n  }\n": types.BoardsDocument,
    "\n  subscription BoardSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      board { id sprints { ...BoardCardSprint } }\n      sprint { ...BoardCardSprint }\n    }\n  }\n": types.BoardSprintAnalysisUpdatedDocument,
    "\n  query SingleSignOn($email: String!) {\n    singleSignOn(email: $email) { issuer clientId audience displayName scopes }\n  }\n": types.SingleSignOnDocument,
    "\n  query SprintReport($boardId: ID!, $sprintId: ID!) {\n    board(id: $boardId) { id name settings { timeZone } sprints { id name state startDate endDate completeDate } }\n    sprint(id: $sprintId) { id ...SprintReportFigures }\n  }\n  fragment SprintReportFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis {\n      statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints\n      completionRate sayDoRatio scopeChangeRate issueCount computedAt\n      issues {\n        key outcome addedAfterStart commitment pointsAtStart pointsAtJoin pointsAtEnd discipline cycleTimeHours leadTimeHours\n        issue { id summary assigneeName url }\n      }\n      burndown { date remainingPoints idealPoints workingDay }\n      burnup { date scopePoints completedPoints idealPoints workingDay }\n      scopeChanges { at key kind points }\n      disciplineBreakdown {\n        discipline committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints sayDoRatio issueCount\n        cycleTime { count p50 p85 p95 }\n      }\n      cycleTime { count p50 p85 p95 }\n      leadTime { count p50 p85 p95 }\n    }\n    carryOver { key sprintCount carriedIn carriedOut points sprints { id name } issue { id summary url } }\n  }\n": types.SprintReportDocument,
    "\n  subscription ReportSprintUpdated($sprintId: ID!) {\n    sprintUpdated(sprintId: $sprintId) {\n      at\n      sprint { id ...SprintReportFigures }\n    }\n  }\n": types.ReportSprintUpdatedDocument,
    "\n  query Velocity($boardId: ID!, $last: Int) {\n    board(id: $boardId) {\n      id\n      name\n      settings { estimationStatistic }\n      velocity(last: $last) {\n        sprint { id name }\n        committedPoints completedPoints sayDoRatio scopeChangeRate rollingAverage3 rollingAverage5\n      }\n      predictability(last: $last) {\n        sprints averageCommittedPoints averageCompletedPoints averageSayDoRatio velocityVariation predictability averageScopeChangeRate\n      }\n    }\n  }\n": types.VelocityDocument,
    "\n  subscription VelocitySprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) { at sprint { id state } }\n  }\n": types.VelocitySprintAnalysisUpdatedDocument,
    "\n  fragment ReportFields on Report {\n    id\n    kind\n    format\n    status\n    progress\n    cached\n    sizeBytes\n    fileName\n    error\n    createdAt\n    finishedAt\n    last\n    from\n    to\n    sprint { id name }\n    board { id name }\n    team { id name }\n    requestedBy { id displayName }\n    schedule { id }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  query BoardReports($boardId: ID!) {\n    me { id role }\n    board(id: $boardId) {\n      id\n      name\n      team { id name reports(limit: 100) { ...ReportFields } }\n      sprints { id name state startDate reports { ...ReportFields } }\n    }\n  }\n": types.BoardReportsDocument,
    "\n  query SprintReports($sprintId: ID!) {\n    me { id role }\n    sprint(id: $sprintId) { id name reports { ...ReportFields } }\n  }\n": types.SprintReportsDocument,
    "\n  mutation GenerateReport($input: GenerateReportInput!, $idempotencyKey: String) {\n    generateReport(input: $input, idempotencyKey: $idempotencyKey) { ...ReportFields }\n  }\n": types.GenerateReportDocument,
    "\n  subscription ReportProgress($reportId: ID!) {\n    reportProgress(reportId: $reportId) { at report { id status progress error } }\n  }\n": types.ReportProgressDocument,
    "\n  subscription ReportReady($reportId: ID!) {\n    reportReady(reportId: $reportId) { at report { ...ReportFields } }\n  }\n": types.ReportReadyDocument,
    "\n  query ReportStatus($id: ID!) {\n    report(id: $id) { ...ReportFields }\n  }\n": types.ReportStatusDocument,
    "\n  fragment ScheduleFields on ReportSchedule {\n    id\n    kind\n    format\n    recipients @include(if: $withRecipients)\n    cron\n    timeZone\n    atSprintClose\n    rangeDays\n    paused\n    nextRunAt\n    lastRunAt\n    createdAt\n  }\n": types.ScheduleFieldsFragmentDoc,
    "\n  query BoardSchedules($boardId: ID!, $withRecipients: Boolean!) {\n    reportEmailEnabled\n    board(id: $boardId) {\n      id\n      name\n      team { id name reportSchedules { ...ScheduleFields } }\n    }\n  }\n": types.BoardSchedulesDocument,
    "\n  mutation CreateReportSchedule($input: CreateReportScheduleInput!, $withRecipients: Boolean! = true) {\n    createReportSchedule(input: $input) { ...ScheduleFields }\n  }\n": types.CreateReportScheduleDocument,
    "\n  mutation UpdateReportSchedule($id: ID!, $input: UpdateReportScheduleInput!, $withRecipients: Boolean! = true) {\n    updateReportSchedule(id: $id, input: $input) { ...ScheduleFields }\n  }\n": types.UpdateReportScheduleDocument,
    "\n  mutation RunReportSchedule($id: ID!, $idempotencyKey: String) {\n    runReportSchedule(id: $id, idempotencyKey: $idempotencyKey) { id status }\n  }\n": types.RunReportScheduleDocument,
    "\n  mutation DeleteReportSchedule($id: ID!) {\n    deleteReportSchedule(id: $id)\n  }\n": types.DeleteReportScheduleDocument,
    "\n  query ScheduleDeliveries($scheduleId: ID!) {\n    reportDeliveries(scheduleId: $scheduleId, limit: 50) {\n      id\n      recipient\n      status\n      attempts\n      smtpResponse\n      createdAt\n      lastAttemptAt\n      nextAttemptAt\n      sentAt\n      report { id kind status sprint { id name } }\n    }\n  }\n": types.ScheduleDeliveriesDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) { accessToken refreshToken }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut($refreshToken: String!) { logout(refreshToken: $refreshToken) }\n": types.SignOutDocument,
    "\n  query SignedInAs { me { email } }\n": types.SignedInAsDocument,
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
export function graphql(source: "\n  subscription LiveIssuesUpdated($boardId: ID!) {\n    issueUpdated(boardId: $boardId) {\n      at\n      issueIds\n      issues { id key summary type status statusCategory storyPoints assigneeName resolution deletedAt }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveIssuesUpdated($boardId: ID!) {\n    issueUpdated(boardId: $boardId) {\n      at\n      issueIds\n      issues { id key summary type status statusCategory storyPoints assigneeName resolution deletedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveSprintUpdated($sprintId: ID!) {\n    sprintUpdated(sprintId: $sprintId) {\n      at\n      sprint { id name state goal startDate endDate completeDate }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveSprintUpdated($sprintId: ID!) {\n    sprintUpdated(sprintId: $sprintId) {\n      at\n      sprint { id name state goal startDate endDate completeDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveBoardSprintsUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      board { id sprints { id name state startDate endDate } }\n      sprint { id }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveBoardSprintsUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      board { id sprints { id name state startDate endDate } }\n      sprint { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveSprintIssueIds on Sprint {\n    id\n    analysis { issues { issue { id } } }\n  }\n"): (typeof documents)["\n  fragment LiveSprintIssueIds on Sprint {\n    id\n    analysis { issues { issue { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { id email role } }\n"): (typeof documents)["\n  query Me { me { id email role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate completeDate }\n    }\n  }\n"): (typeof documents)["\n  query Board($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { id name state startDate endDate completeDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Boards {\n    boards {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { ...BoardCardSprint }\n    }\n  }\n  fragment BoardCardSprint on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis { statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints issueCount computedAt }\n  }\n"): (typeof documents)["\n  query Boards {\n    boards {\n      id\n      name\n      projectKey\n      team { id name }\n      sprints { ...BoardCardSprint }\n    }\n  }\n  fragment BoardCardSprint on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis { statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints issueCount computedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      board { id sprints { ...BoardCardSprint } }\n      sprint { ...BoardCardSprint }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardSprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) {\n      at\n      board { id sprints { ...BoardCardSprint } }\n      sprint { ...BoardCardSprint }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SingleSignOn($email: String!) {\n    singleSignOn(email: $email) { issuer clientId audience displayName scopes }\n  }\n"): (typeof documents)["\n  query SingleSignOn($email: String!) {\n    singleSignOn(email: $email) { issuer clientId audience displayName scopes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SprintReport($boardId: ID!, $sprintId: ID!) {\n    board(id: $boardId) { id name settings { timeZone } sprints { id name state startDate endDate completeDate } }\n    sprint(id: $sprintId) { id ...SprintReportFigures }\n  }\n  fragment SprintReportFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis {\n      statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints\n      completionRate sayDoRatio scopeChangeRate issueCount computedAt\n      issues {\n        key outcome addedAfterStart commitment pointsAtStart pointsAtJoin pointsAtEnd discipline cycleTimeHours leadTimeHours\n        issue { id summary assigneeName url }\n      }\n      burndown { date remainingPoints idealPoints workingDay }\n      burnup { date scopePoints completedPoints idealPoints workingDay }\n      scopeChanges { at key kind points }\n      disciplineBreakdown {\n        discipline committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints sayDoRatio issueCount\n        cycleTime { count p50 p85 p95 }\n      }\n      cycleTime { count p50 p85 p95 }\n      leadTime { count p50 p85 p95 }\n    }\n    carryOver { key sprintCount carriedIn carriedOut points sprints { id name } issue { id summary url } }\n  }\n"): (typeof documents)["\n  query SprintReport($boardId: ID!, $sprintId: ID!) {\n    board(id: $boardId) { id name settings { timeZone } sprints { id name state startDate endDate completeDate } }\n    sprint(id: $sprintId) { id ...SprintReportFigures }\n  }\n  fragment SprintReportFigures on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    completeDate\n    analysis {\n      statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints\n      completionRate sayDoRatio scopeChangeRate issueCount computedAt\n      issues {\n        key outcome addedAfterStart commitment pointsAtStart pointsAtJoin pointsAtEnd discipline cycleTimeHours leadTimeHours\n        issue { id summary assigneeName url }\n      }\n      burndown { date remainingPoints idealPoints workingDay }\n      burnup { date scopePoints completedPoints idealPoints workingDay }\n      scopeChanges { at key kind points }\n      disciplineBreakdown {\n        discipline committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints sayDoRatio issueCount\n        cycleTime { count p50 p85 p95 }\n      }\n      cycleTime { count p50 p85 p95 }\n      leadTime { count p50 p85 p95 }\n    }\n    carryOver { key sprintCount carriedIn carriedOut points sprints { id name } issue { id summary url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReportSprintUpdated($sprintId: ID!) {\n    sprintUpdated(sprintId: $sprintId) {\n      at\n      sprint { id ...SprintReportFigures }\n    }\n  }\n"): (typeof documents)["\n  subscription ReportSprintUpdated($sprintId: ID!) {\n    sprintUpdated(sprintId: $sprintId) {\n      at\n      sprint { id ...SprintReportFigures }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Velocity($boardId: ID!, $last: Int) {\n    board(id: $boardId) {\n      id\n      name\n      settings { estimationStatistic }\n      velocity(last: $last) {\n        sprint { id name }\n        committedPoints completedPoints sayDoRatio scopeChangeRate rollingAverage3 rollingAverage5\n      }\n      predictability(last: $last) {\n        sprints averageCommittedPoints averageCompletedPoints averageSayDoRatio velocityVariation predictability averageScopeChangeRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query Velocity($boardId: ID!, $last: Int) {\n    board(id: $boardId) {\n      id\n      name\n      settings { estimationStatistic }\n      velocity(last: $last) {\n        sprint { id name }\n        committedPoints completedPoints sayDoRatio scopeChangeRate rollingAverage3 rollingAverage5\n      }\n      predictability(last: $last) {\n        sprints averageCommittedPoints averageCompletedPoints averageSayDoRatio velocityVariation predictability averageScopeChangeRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VelocitySprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) { at sprint { id state } }\n  }\n"): (typeof documents)["\n  subscription VelocitySprintAnalysisUpdated($boardId: ID!) {\n    sprintAnalysisUpdated(boardId: $boardId) { at sprint { id state } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on Report {\n    id\n    kind\n    format\n    status\n    progress\n    cached\n    sizeBytes\n    fileName\n    error\n    createdAt\n    finishedAt\n    last\n    from\n    to\n    sprint { id name }\n    board { id name }\n    team { id name }\n    requestedBy { id displayName }\n    schedule { id }\n  }\n"): (typeof documents)["\n  fragment ReportFields on Report {\n    id\n    kind\n    format\n    status\n    progress\n    cached\n    sizeBytes\n    fileName\n    error\n    createdAt\n    finishedAt\n    last\n    from\n    to\n    sprint { id name }\n    board { id name }\n    team { id name }\n    requestedBy { id displayName }\n    schedule { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardReports($boardId: ID!) {\n    me { id role }\n    board(id: $boardId) {\n      id\n      name\n      team { id name reports(limit: 100) { ...ReportFields } }\n      sprints { id name state startDate reports { ...ReportFields } }\n    }\n  }\n"): (typeof documents)["\n  query BoardReports($boardId: ID!) {\n    me { id role }\n    board(id: $boardId) {\n      id\n      name\n      team { id name reports(limit: 100) { ...ReportFields } }\n      sprints { id name state startDate reports { ...ReportFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SprintReports($sprintId: ID!) {\n    me { id role }\n    sprint(id: $sprintId) { id name reports { ...ReportFields } }\n  }\n"): (typeof documents)["\n  query SprintReports($sprintId: ID!) {\n    me { id role }\n    sprint(id: $sprintId) { id name reports { ...ReportFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateReport($input: GenerateReportInput!, $idempotencyKey: String) {\n    generateReport(input: $input, idempotencyKey: $idempotencyKey) { ...ReportFields }\n  }\n"): (typeof documents)["\n  mutation GenerateReport($input: GenerateReportInput!, $idempotencyKey: String) {\n    generateReport(input: $input, idempotencyKey: $idempotencyKey) { ...ReportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReportProgress($reportId: ID!) {\n    reportProgress(reportId: $reportId) { at report { id status progress error } }\n  }\n"): (typeof documents)["\n  subscription ReportProgress($reportId: ID!) {\n    reportProgress(reportId: $reportId) { at report { id status progress error } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReportReady($reportId: ID!) {\n    reportReady(reportId: $reportId) { at report { ...ReportFields } }\n  }\n"): (typeof documents)["\n  subscription ReportReady($reportId: ID!) {\n    reportReady(reportId: $reportId) { at report { ...ReportFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportStatus($id: ID!) {\n    report(id: $id) { ...ReportFields }\n  }\n"): (typeof documents)["\n  query ReportStatus($id: ID!) {\n    report(id: $id) { ...ReportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleFields on ReportSchedule {\n    id\n    kind\n    format\n    recipients @include(if: $withRecipients)\n    cron\n    timeZone\n    atSprintClose\n    rangeDays\n    paused\n    nextRunAt\n    lastRunAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ScheduleFields on ReportSchedule {\n    id\n    kind\n    format\n    recipients @include(if: $withRecipients)\n    cron\n    timeZone\n    atSprintClose\n    rangeDays\n    paused\n    nextRunAt\n    lastRunAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardSchedules($boardId: ID!, $withRecipients: Boolean!) {\n    reportEmailEnabled\n    board(id: $boardId) {\n      id\n      name\n      team { id name reportSchedules { ...ScheduleFields } }\n    }\n  }\n"): (typeof documents)["\n  query BoardSchedules($boardId: ID!, $withRecipients: Boolean!) {\n    reportEmailEnabled\n    board(id: $boardId) {\n      id\n      name\n      team { id name reportSchedules { ...ScheduleFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReportSchedule($input: CreateReportScheduleInput!, $withRecipients: Boolean! = true) {\n    createReportSchedule(input: $input) { ...ScheduleFields }\n  }\n"): (typeof documents)["\n  mutation CreateReportSchedule($input: CreateReportScheduleInput!, $withRecipients: Boolean! = true) {\n    createReportSchedule(input: $input) { ...ScheduleFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReportSchedule($id: ID!, $input: UpdateReportScheduleInput!, $withRecipients: Boolean! = true) {\n    updateReportSchedule(id: $id, input: $input) { ...ScheduleFields }\n  }\n"): (typeof documents)["\n  mutation UpdateReportSchedule($id: ID!, $input: UpdateReportScheduleInput!, $withRecipients: Boolean! = true) {\n    updateReportSchedule(id: $id, input: $input) { ...ScheduleFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunReportSchedule($id: ID!, $idempotencyKey: String) {\n    runReportSchedule(id: $id, idempotencyKey: $idempotencyKey) { id status }\n  }\n"): (typeof documents)["\n  mutation RunReportSchedule($id: ID!, $idempotencyKey: String) {\n    runReportSchedule(id: $id, idempotencyKey: $idempotencyKey) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReportSchedule($id: ID!) {\n    deleteReportSchedule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteReportSchedule($id: ID!) {\n    deleteReportSchedule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleDeliveries($scheduleId: ID!) {\n    reportDeliveries(scheduleId: $scheduleId, limit: 50) {\n      id\n      recipient\n      status\n      attempts\n      smtpResponse\n      createdAt\n      lastAttemptAt\n      nextAttemptAt\n      sentAt\n      report { id kind status sprint { id name } }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleDeliveries($scheduleId: ID!) {\n    reportDeliveries(scheduleId: $scheduleId, limit: 50) {\n      id\n      recipient\n      status\n      attempts\n      smtpResponse\n      createdAt\n      lastAttemptAt\n      nextAttemptAt\n      sentAt\n      report { id kind status sprint { id name } }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedInAs { me { email } }\n"): (typeof documents)["\n  query SignedInAs { me { email } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;