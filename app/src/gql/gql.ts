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
    "\n  fragment CapacitySettingFields on CapacitySetting {\n    id\n    sprint { id }\n    focusFactor defaultPointsPerDay historySprints hoursPerDay\n    holidays { date name }\n  }\n": typeof types.CapacitySettingFieldsFragmentDoc,
    "\n  fragment SprintCapacityFields on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    capacity {\n      workingDays\n      holidays { date name }\n      focusFactor adjustment hoursPerDay\n      totalDays totalHours totalPoints committedPoints utilisation\n      history { id name }\n      historyAverageCompletedPoints historyUnstaffedCompletedPoints\n      byDiscipline {\n        discipline members availableDays hours pointsPerDay pointsPerDaySource historySprints factor points\n        historyAverageCompletedPoints committedPoints utilisation\n      }\n      members { user { id displayName } discipline allocationPercent daysOff availableDays hours points }\n    }\n  }\n": typeof types.SprintCapacityFieldsFragmentDoc,
    "\n  query CapacityBoard($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      team { id name capacitySettings { ...CapacitySettingFields } }\n      sprints { id name state startDate endDate }\n    }\n  }\n": typeof types.CapacityBoardDocument,
    "\n  query SprintCapacity($sprintId: ID!) {\n    sprint(id: $sprintId) { ...SprintCapacityFields }\n  }\n": typeof types.SprintCapacityDocument,
    "\n  mutation SetMemberAvailability($sprintId: ID!, $userId: ID!, $daysOff: Float!) {\n    setMemberAvailability(sprintId: $sprintId, userId: $userId, daysOff: $daysOff) {\n      ...CapacitySettingFields\n      sprint { ...SprintCapacityFields }\n    }\n  }\n": typeof types.SetMemberAvailabilityDocument,
    "\n  mutation SetSprintCapacity($sprintId: ID!, $input: SprintCapacityInput!) {\n    setSprintCapacity(sprintId: $sprintId, input: $input) {\n      ...CapacitySettingFields\n      team { id capacitySettings { ...CapacitySettingFields } }\n      sprint { ...SprintCapacityFields }\n    }\n  }\n": typeof types.SetSprintCapacityDocument,
    "\n  mutation SetTeamCapacity($teamId: ID!, $input: TeamCapacityInput!) {\n    setTeamCapacity(teamId: $teamId, input: $input) {\n      ...CapacitySettingFields\n      team { id capacitySettings { ...CapacitySettingFields } }\n    }\n  }\n": typeof types.SetTeamCapacityDocument,
    "\n  subscription CapacityUpdated($teamId: ID!) {\n    capacityUpdated(teamId: $teamId) {\n      at\n      team { id capacitySettings { ...CapacitySettingFields } }\n      sprint { ...SprintCapacityFields }\n    }\n  }\n": typeof types.CapacityUpdatedDocument,
    "\n  query TeamPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members { user { id displayName email } discipline role allocationPercent }\n      boards { id name }\n    }\n    tenant { id disciplines }\n  }\n": typeof types.TeamPageDocument,
    "\n  query TenantUsers { users { id displayName email disabled } }\n": typeof types.TenantUsersDocument,
    "\n  fragment TeamMembersFields on Team { id members { user { id displayName email } discipline role allocationPercent } }\n": typeof types.TeamMembersFieldsFragmentDoc,
    "\n  mutation AddTeamMember($teamId: ID!, $userId: ID!, $role: TeamRole!, $discipline: String!, $allocationPercent: Int!) {\n    addTeamMember(teamId: $teamId, userId: $userId, role: $role, discipline: $discipline, allocationPercent: $allocationPercent) { ...TeamMembersFields }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation UpdateTeamMember($teamId: ID!, $userId: ID!, $input: UpdateTeamMemberInput!) {\n    updateTeamMember(teamId: $teamId, userId: $userId, input: $input) { ...TeamMembersFields }\n  }\n": typeof types.UpdateTeamMemberDocument,
    "\n  mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {\n    removeTeamMember(teamId: $teamId, userId: $userId)\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  mutation SetDisciplines($names: [String!]!) { setDisciplines(names: $names) }\n": typeof types.SetDisciplinesDocument,
    "\n  subscription TeamCapacityUpdated($teamId: ID!) {\n    capacityUpdated(teamId: $teamId) { at sprint { id } }\n  }\n": typeof types.TeamCapacityUpdatedDocument,
    "\n  query Teams { teams { id name members { user { id } } boards { id name } } }\n": typeof types.TeamsDocument,
    "\n  fragment ReportFields on Report {\n    id\n    kind\n    format\n    status\n    progress\n    cached\n    sizeBytes\n    fileName\n    error\n    createdAt\n    finishedAt\n    last\n    from\n    to\n    sprint { id name }\n    board { id name }\n    team { id name }\n    requestedBy { id displayName }\n    schedule { id }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  query BoardReports($boardId: ID!) {\n    me { id role }\n    board(id: $boardId) {\n      id\n      name\n      team { id name reports(limit: 100) { ...ReportFields } }\n      sprints { id name state startDate reports { ...ReportFields } }\n    }\n  }\n": typeof types.BoardReportsDocument,
    "\n  query SprintReports($sprintId: ID!) {\n    me { id role }\n    sprint(id: $sprintId) { id name reports { ...ReportFields } }\n  }\n": typeof types.SprintReportsDocument,
    "\n  mutation GenerateReport($input: GenerateReportInput!, $idempotencyKey: String) {\n    generateReport(input: $input, idempotencyKey: $idempotencyKey) { ...ReportFields }\n  }\n": typeof types.GenerateReportDocument,
    "\n  subscription ReportProgress($reportId: ID!) {\n    reportProgress(reportId: $reportId) { at report { id status progress error } }\n  }\n": typeof types.ReportProgressDocument,
    "\n  subscription ReportReady($reportId: ID!) {\n    reportReady(reportId: $reportId) { at report { ...ReportFields } }\n  }\n": typeof types.ReportReadyDocument,
    "\n  query ReportStatus($id: ID!) {\n    report(id: $id) { ...ReportFields }\n  }\n": typeof types.ReportStatusDocument,
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
    "\n  fragment CapacitySettingFields on CapacitySetting {\n    id\n    sprint { id }\n    focusFactor defaultPointsPerDay historySprints hoursPerDay\n    holidays { date name }\n  }\n": types.CapacitySettingFieldsFragmentDoc,
    "\n  fragment SprintCapacityFields on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    capacity {\n      workingDays\n      holidays { date name }\n      focusFactor adjustment hoursPerDay\n      totalDays totalHours totalPoints committedPoints utilisation\n      history { id name }\n      historyAverageCompletedPoints historyUnstaffedCompletedPoints\n      byDiscipline {\n        discipline members availableDays hours pointsPerDay pointsPerDaySource historySprints factor points\n        historyAverageCompletedPoints committedPoints utilisation\n      }\n      members { user { id displayName } discipline allocationPercent daysOff availableDays hours points }\n    }\n  }\n": types.SprintCapacityFieldsFragmentDoc,
    "\n  query CapacityBoard($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      team { id name capacitySettings { ...CapacitySettingFields } }\n      sprints { id name state startDate endDate }\n    }\n  }\n": types.CapacityBoardDocument,
    "\n  query SprintCapacity($sprintId: ID!) {\n    sprint(id: $sprintId) { ...SprintCapacityFields }\n  }\n": types.SprintCapacityDocument,
    "\n  mutation SetMemberAvailability($sprintId: ID!, $userId: ID!, $daysOff: Float!) {\n    setMemberAvailability(sprintId: $sprintId, userId: $userId, daysOff: $daysOff) {\n      ...CapacitySettingFields\n      sprint { ...SprintCapacityFields }\n    }\n  }\n": types.SetMemberAvailabilityDocument,
    "\n  mutation SetSprintCapacity($sprintId: ID!, $input: SprintCapacityInput!) {\n    setSprintCapacity(sprintId: $sprintId, input: $input) {\n      ...CapacitySettingFields\n      team { id capacitySettings { ...CapacitySettingFields } }\n      sprint { ...SprintCapacityFields }\n    }\n  }\n": types.SetSprintCapacityDocument,
    "\n  mutation SetTeamCapacity($teamId: ID!, $input: TeamCapacityInput!) {\n    setTeamCapacity(teamId: $teamId, input: $input) {\n      ...CapacitySettingFields\n      team { id capacitySettings { ...CapacitySettingFields } }\n    }\n  }\n": types.SetTeamCapacityDocument,
    "\n  subscription CapacityUpdated($teamId: ID!) {\n    capacityUpdated(teamId: $teamId) {\n      at\n      team { id capacitySettings { ...CapacitySettingFields } }\n      sprint { ...SprintCapacityFields }\n    }\n  }\n": types.CapacityUpdatedDocument,
    "\n  query TeamPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members { user { id displayName email } discipline role allocationPercent }\n      boards { id name }\n    }\n    tenant { id disciplines }\n  }\n": types.TeamPageDocument,
    "\n  query TenantUsers { users { id displayName email disabled } }\n": types.TenantUsersDocument,
    "\n  fragment TeamMembersFields on Team { id members { user { id displayName email } discipline role allocationPercent } }\n": types.TeamMembersFieldsFragmentDoc,
    "\n  mutation AddTeamMember($teamId: ID!, $userId: ID!, $role: TeamRole!, $discipline: String!, $allocationPercent: Int!) {\n    addTeamMember(teamId: $teamId, userId: $userId, role: $role, discipline: $discipline, allocationPercent: $allocationPercent) { ...TeamMembersFields }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation UpdateTeamMember($teamId: ID!, $userId: ID!, $input: UpdateTeamMemberInput!) {\n    updateTeamMember(teamId: $teamId, userId: $userId, input: $input) { ...TeamMembersFields }\n  }\n": types.UpdateTeamMemberDocument,
    "\n  mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {\n    removeTeamMember(teamId: $teamId, userId: $userId)\n  }\n": types.RemoveTeamMemberDocument,
    "\n  mutation SetDisciplines($names: [String!]!) { setDisciplines(names: $names) }\n": types.SetDisciplinesDocument,
    "\n  subscription TeamCapacityUpdated($teamId: ID!) {\n    capacityUpdated(teamId: $teamId) { at sprint { id } }\n  }\n": types.TeamCapacityUpdatedDocument,
    "\n  query Teams { teams { id name members { user { id } } boards { id name } } }\n": types.TeamsDocument,
    "\n  fragment ReportFields on Report {\n    id\n    kind\n    format\n    status\n    progress\n    cached\n    sizeBytes\n    fileName\n    error\n    createdAt\n    finishedAt\n    last\n    from\n    to\n    sprint { id name }\n    board { id name }\n    team { id name }\n    requestedBy { id displayName }\n    schedule { id }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  query BoardReports($boardId: ID!) {\n    me { id role }\n    board(id: $boardId) {\n      id\n      name\n      team { id name reports(limit: 100) { ...ReportFields } }\n      sprints { id name state startDate reports { ...ReportFields } }\n    }\n  }\n": types.BoardReportsDocument,
    "\n  query SprintReports($sprintId: ID!) {\n    me { id role }\n    sprint(id: $sprintId) { id name reports { ...ReportFields } }\n  }\n": types.SprintReportsDocument,
    "\n  mutation GenerateReport($input: GenerateReportInput!, $idempotencyKey: String) {\n    generateReport(input: $input, idempotencyKey: $idempotencyKey) { ...ReportFields }\n  }\n": types.GenerateReportDocument,
    "\n  subscription ReportProgress($reportId: ID!) {\n    reportProgress(reportId: $reportId) { at report { id status progress error } }\n  }\n": types.ReportProgressDocument,
    "\n  subscription ReportReady($reportId: ID!) {\n    reportReady(reportId: $reportId) { at report { ...ReportFields } }\n  }\n": types.ReportReadyDocument,
    "\n  query ReportStatus($id: ID!) {\n    report(id: $id) { ...ReportFields }\n  }\n": types.ReportStatusDocument,
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
export function graphql(source: "\n  fragment CapacitySettingFields on CapacitySetting {\n    id\n    sprint { id }\n    focusFactor defaultPointsPerDay historySprints hoursPerDay\n    holidays { date name }\n  }\n"): (typeof documents)["\n  fragment CapacitySettingFields on CapacitySetting {\n    id\n    sprint { id }\n    focusFactor defaultPointsPerDay historySprints hoursPerDay\n    holidays { date name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SprintCapacityFields on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    capacity {\n      workingDays\n      holidays { date name }\n      focusFactor adjustment hoursPerDay\n      totalDays totalHours totalPoints committedPoints utilisation\n      history { id name }\n      historyAverageCompletedPoints historyUnstaffedCompletedPoints\n      byDiscipline {\n        discipline members availableDays hours pointsPerDay pointsPerDaySource historySprints factor points\n        historyAverageCompletedPoints committedPoints utilisation\n      }\n      members { user { id displayName } discipline allocationPercent daysOff availableDays hours points }\n    }\n  }\n"): (typeof documents)["\n  fragment SprintCapacityFields on Sprint {\n    id\n    name\n    state\n    startDate\n    endDate\n    capacity {\n      workingDays\n      holidays { date name }\n      focusFactor adjustment hoursPerDay\n      totalDays totalHours totalPoints committedPoints utilisation\n      history { id name }\n      historyAverageCompletedPoints historyUnstaffedCompletedPoints\n      byDiscipline {\n        discipline members availableDays hours pointsPerDay pointsPerDaySource historySprints factor points\n        historyAverageCompletedPoints committedPoints utilisation\n      }\n      members { user { id displayName } discipline allocationPercent daysOff availableDays hours points }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityBoard($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      team { id name capacitySettings { ...CapacitySettingFields } }\n      sprints { id name state startDate endDate }\n    }\n  }\n"): (typeof documents)["\n  query CapacityBoard($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      team { id name capacitySettings { ...CapacitySettingFields } }\n      sprints { id name state startDate endDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SprintCapacity($sprintId: ID!) {\n    sprint(id: $sprintId) { ...SprintCapacityFields }\n  }\n"): (typeof documents)["\n  query SprintCapacity($sprintId: ID!) {\n    sprint(id: $sprintId) { ...SprintCapacityFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberAvailability($sprintId: ID!, $userId: ID!, $daysOff: Float!) {\n    setMemberAvailability(sprintId: $sprintId, userId: $userId, daysOff: $daysOff) {\n      ...CapacitySettingFields\n      sprint { ...SprintCapacityFields }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberAvailability($sprintId: ID!, $userId: ID!, $daysOff: Float!) {\n    setMemberAvailability(sprintId: $sprintId, userId: $userId, daysOff: $daysOff) {\n      ...CapacitySettingFields\n      sprint { ...SprintCapacityFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSprintCapacity($sprintId: ID!, $input: SprintCapacityInput!) {\n    setSprintCapacity(sprintId: $sprintId, input: $input) {\n      ...CapacitySettingFields\n      team { id capacitySettings { ...CapacitySettingFields } }\n      sprint { ...SprintCapacityFields }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSprintCapacity($sprintId: ID!, $input: SprintCapacityInput!) {\n    setSprintCapacity(sprintId: $sprintId, input: $input) {\n      ...CapacitySettingFields\n      team { id capacitySettings { ...CapacitySettingFields } }\n      sprint { ...SprintCapacityFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamCapacity($teamId: ID!, $input: TeamCapacityInput!) {\n    setTeamCapacity(teamId: $teamId, input: $input) {\n      ...CapacitySettingFields\n      team { id capacitySettings { ...CapacitySettingFields } }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTeamCapacity($teamId: ID!, $input: TeamCapacityInput!) {\n    setTeamCapacity(teamId: $teamId, input: $input) {\n      ...CapacitySettingFields\n      team { id capacitySettings { ...CapacitySettingFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CapacityUpdated($teamId: ID!) {\n    capacityUpdated(teamId: $teamId) {\n      at\n      team { id capacitySettings { ...CapacitySettingFields } }\n      sprint { ...SprintCapacityFields }\n    }\n  }\n"): (typeof documents)["\n  subscription CapacityUpdated($teamId: ID!) {\n    capacityUpdated(teamId: $teamId) {\n      at\n      team { id capacitySettings { ...CapacitySettingFields } }\n      sprint { ...SprintCapacityFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members { user { id displayName email } discipline role allocationPercent }\n      boards { id name }\n    }\n    tenant { id disciplines }\n  }\n"): (typeof documents)["\n  query TeamPage($teamId: ID!) {\n    team(id: $teamId) {\n      id\n      name\n      members { user { id displayName email } discipline role allocationPercent }\n      boards { id name }\n    }\n    tenant { id disciplines }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantUsers { users { id displayName email disabled } }\n"): (typeof documents)["\n  query TenantUsers { users { id displayName email disabled } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMembersFields on Team { id members { user { id displayName email } discipline role allocationPercent } }\n"): (typeof documents)["\n  fragment TeamMembersFields on Team { id members { user { id displayName email } discipline role allocationPercent } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($teamId: ID!, $userId: ID!, $role: TeamRole!, $discipline: String!, $allocationPercent: Int!) {\n    addTeamMember(teamId: $teamId, userId: $userId, role: $role, discipline: $discipline, allocationPercent: $allocationPercent) { ...TeamMembersFields }\n  }\n"): (typeof documents)["\n  mutation AddTeamMember($teamId: ID!, $userId: ID!, $role: TeamRole!, $discipline: String!, $allocationPercent: Int!) {\n    addTeamMember(teamId: $teamId, userId: $userId, role: $role, discipline: $discipline, allocationPercent: $allocationPercent) { ...TeamMembersFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeamMember($teamId: ID!, $userId: ID!, $input: UpdateTeamMemberInput!) {\n    updateTeamMember(teamId: $teamId, userId: $userId, input: $input) { ...TeamMembersFields }\n  }\n"): (typeof documents)["\n  mutation UpdateTeamMember($teamId: ID!, $userId: ID!, $input: UpdateTeamMemberInput!) {\n    updateTeamMember(teamId: $teamId, userId: $userId, input: $input) { ...TeamMembersFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {\n    removeTeamMember(teamId: $teamId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {\n    removeTeamMember(teamId: $teamId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDisciplines($names: [String!]!) { setDisciplines(names: $names) }\n"): (typeof documents)["\n  mutation SetDisciplines($names: [String!]!) { setDisciplines(names: $names) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TeamCapacityUpdated($teamId: ID!) {\n    capacityUpdated(teamId: $teamId) { at sprint { id } }\n  }\n"): (typeof documents)["\n  subscription TeamCapacityUpdated($teamId: ID!) {\n    capacityUpdated(teamId: $teamId) { at sprint { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams { teams { id name members { user { id } } boards { id name } } }\n"): (typeof documents)["\n  query Teams { teams { id name members { user { id } } boards { id name } } }\n"];
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