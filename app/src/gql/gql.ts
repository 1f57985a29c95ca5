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
    "\n  query Me { me { id email role teamRoles { team { id } role } } }\n": typeof types.MeDocument,
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
    "\n  mutation CreateTeam($name: String!, $idempotencyKey: String) {\n    createTeam(name: $name, idempotencyKey: $idempotencyKey) { id name members { user { id } } boards { id name } }\n  }\n": typeof types.CreateTeamDocument,
    "\n  query FirstRunConnections { jiraConnections { id name lastSyncedAt } }\n": typeof types.FirstRunConnectionsDocument,
    "\n  fragment SyncRunFields on SyncRun {\n    id\n    full\n    status\n    phase\n    progress\n    pages\n    issuesSynced\n    issuesTotal\n    sprintsSynced\n    boardsSynced\n    issuesDeleted\n    errors\n    warnings\n    queuedAt\n    startedAt\n    finishedAt\n  }\n": typeof types.SyncRunFieldsFragmentDoc,
    "\n  query JiraConnections {\n    jiraConnections {\n      id\n      name\n      flavor\n      baseUrl\n      lastSyncedAt\n      syncRuns(last: 1) { ...SyncRunFields }\n    }\n  }\n": typeof types.JiraConnectionsDocument,
    "\n  query JiraConnection($id: ID!) {\n    jiraConnection(id: $id) {\n      id\n      name\n      flavor\n      baseUrl\n      email\n      storyPointsField\n      effectiveStoryPointsField\n      siteTimeZone\n      syncIntervalMinutes\n      hasWebhookSecret\n      webhookSigning\n      webhookUrl\n      lastSyncedAt\n      createdAt\n      boards { id name projectKey jiraBoardId team { id name } }\n      syncRuns(last: 10) { ...SyncRunFields }\n    }\n  }\n": typeof types.JiraConnectionDocument,
    "\n  query TestJiraConnection($input: TestJiraConnectionInput!) {\n    testJiraConnection(input: $input) {\n      baseUrl\n      flavor\n      userName\n      userAccount\n      siteTimeZone\n      boards { jiraBoardId name type projectKey }\n      storyPointsField { id name source }\n      warnings\n    }\n  }\n": typeof types.TestJiraConnectionDocument,
    "\n  mutation CreateJiraConnection($input: CreateJiraConnectionInput!, $idempotencyKey: String) {\n    createJiraConnection(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      webhookSecret\n      webhookUrl\n    }\n  }\n": typeof types.CreateJiraConnectionDocument,
    "\n  mutation UpdateJiraConnection($id: ID!, $input: UpdateJiraConnectionInput!) {\n    updateJiraConnection(id: $id, input: $input) {\n      id\n      name\n      email\n      storyPointsField\n      effectiveStoryPointsField\n      syncIntervalMinutes\n      webhookSigning\n      hasWebhookSecret\n    }\n  }\n": typeof types.UpdateJiraConnectionDocument,
    "\n  mutation RotateJiraWebhookSecret($connectionId: ID!) {\n    rotateJiraWebhookSecret(connectionId: $connectionId) { id webhookSecret hasWebhookSecret }\n  }\n": typeof types.RotateJiraWebhookSecretDocument,
    "\n  mutation DeleteJiraConnection($id: ID!) { deleteJiraConnection(id: $id) }\n": typeof types.DeleteJiraConnectionDocument,
    "\n  mutation StartSync($connectionId: ID!, $full: Boolean, $idempotencyKey: String) {\n    startSync(connectionId: $connectionId, full: $full, idempotencyKey: $idempotencyKey) { ...SyncRunFields }\n  }\n": typeof types.StartSyncDocument,
    "\n  mutation CancelSync($id: ID!) { cancelSync(id: $id) { ...SyncRunFields } }\n": typeof types.CancelSyncDocument,
    "\n  subscription SyncProgress($connectionId: ID!) {\n    syncProgress(connectionId: $connectionId) {\n      at\n      run { ...SyncRunFields }\n    }\n  }\n": typeof types.SyncProgressDocument,
    "\n  fragment QueueFields on Queue {\n    id\n    status\n    generatedAt\n    trigger\n    generatedBy { id displayName }\n    options { includeCarryOver }\n    items {\n      position\n      discipline\n      points\n      reason\n      pinned\n      issue { id key summary url assigneeName storyPoints }\n    }\n    utilisation { discipline capacityPoints plannedPoints }\n    leftOut { reason issue { id key summary url storyPoints } }\n    conflicts { kind message issues { id key summary url } }\n    acceptedAt\n    acceptedBy { id displayName }\n    outdatedAt\n    cause { kind user { id displayName } sprint { id name } }\n  }\n": typeof types.QueueFieldsFragmentDoc,
    "\n  query QueuePage($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      team { id name }\n      sprints { id name state startDate endDate }\n    }\n  }\n": typeof types.QueuePageDocument,
    "\n  query SprintQueue($sprintId: ID!) {\n    sprint(id: $sprintId) {\n      id\n      name\n      queue { ...QueueFields }\n    }\n  }\n": typeof types.SprintQueueDocument,
    "\n  mutation GenerateQueue($sprintId: ID!, $options: QueueOptionsInput, $idempotencyKey: String) {\n    generateQueue(sprintId: $sprintId, options: $options, idempotencyKey: $idempotencyKey) {\n      ...QueueFields\n      sprint { id queue { id } }\n    }\n  }\n": typeof types.GenerateQueueDocument,
    "\n  mutation MoveQueueItem($queueId: ID!, $issueId: ID!, $position: Int!) {\n    moveQueueItem(queueId: $queueId, issueId: $issueId, position: $position) { ...QueueFields }\n  }\n": typeof types.MoveQueueItemDocument,
    "\n  mutation PinQueueItem($queueId: ID!, $issueId: ID!, $position: Int) {\n    pinQueueItem(queueId: $queueId, issueId: $issueId, position: $position) { ...QueueFields }\n  }\n": typeof types.PinQueueItemDocument,
    "\n  mutation UnpinQueueItem($queueId: ID!, $issueId: ID!) {\n    unpinQueueItem(queueId: $queueId, issueId: $issueId) { ...QueueFields }\n  }\n": typeof types.UnpinQueueItemDocument,
    "\n  mutation AcceptQueue($queueId: ID!) {\n    acceptQueue(queueId: $queueId) { ...QueueFields }\n  }\n": typeof types.AcceptQueueDocument,
    "\n  subscription LiveQueueUpdated($sprintId: ID!) {\n    queueUpdated(sprintId: $sprintId) {\n      at\n      sprint { id queue { id } }\n      queue { ...QueueFields }\n    }\n  }\n": typeof types.LiveQueueUpdatedDocument,
    "\n  fragment ReportFields on Report {\n    id\n    kind\n    format\n    status\n    progress\n    cached\n    sizeBytes\n    fileName\n    error\n    createdAt\n    finishedAt\n    last\n    from\n    to\n    sprint { id name }\n    board { id name }\n    team { id name }\n    requestedBy { id displayName }\n    schedule { id }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  query BoardReports($boardId: ID!) {\n    me { id role }\n    board(id: $boardId) {\n      id\n      name\n      team { id name reports(limit: 100) { ...ReportFields } }\n      sprints { id name state startDate reports { ...ReportFields } }\n    }\n  }\n": typeof types.BoardReportsDocument,
    "\n  query SprintReports($sprintId: ID!) {\n    me { id role }\n    sprint(id: $sprintId) { id name reports { ...ReportFields } }\n  }\n": typeof types.SprintReportsDocument,
    "\n  mutation GenerateReport($input: GenerateReportInput!, $idempotencyKey: String) {\n    generateReport(input: $input, idempotencyKey: $idempotencyKey) { ...ReportFields }\n  }\n": typeof types.GenerateReportDocument,
    "\n  subscription ReportProgress($reportId: ID!) {\n    reportProgress(reportId: $reportId) { at report { id status progress error } }\n  }\n": typeof types.ReportProgressDocument,
    "\n  subscription ReportReady($reportId: ID!) {\n    reportReady(reportId: $reportId) { at report { ...ReportFields } }\n  }\n": typeof types.ReportReadyDocument,
    "\n  query ReportStatus($id: ID!) {\n    report(id: $id) { ...ReportFields }\n  }\n": typeof types.ReportStatusDocument,
    "\n  fragment ScheduleFields on ReportSchedule {\n    id\n    kind\n    format\n    recipients @include(if: $withRecipients)\n    cron\n    timeZone\n    atSprintClose\n    rangeDays\n    paused\n    nextRunAt\n    lastRunAt\n    createdAt\n  }\n": typeof types.ScheduleFieldsFragmentDoc,
    "\n  query BoardSchedules($boardId: ID!, $withRecipients: Boolean!) {\n    reportEmailEnabled\n    board(id: $boardId) {\n      id\n      name\n      team { id name reportSchedules { ...ScheduleFields } }\n    }\n  }\n": typeof types.BoardSchedulesDocument,
    "\n  mutation CreateReportSchedule($input: CreateReportScheduleInput!, $idempotencyKey: String, $withRecipients: Boolean! = true) {\n    createReportSchedule(input: $input, idempotencyKey: $idempotencyKey) { ...ScheduleFields }\n  }\n": typeof types.CreateReportScheduleDocument,
    "\n  mutation UpdateReportSchedule($id: ID!, $input: UpdateReportScheduleInput!, $withRecipients: Boolean! = true) {\n    updateReportSchedule(id: $id, input: $input) { ...ScheduleFields }\n  }\n": typeof types.UpdateReportScheduleDocument,
    "\n  mutation RunReportSchedule($id: ID!, $idempotencyKey: String) {\n    runReportSchedule(id: $id, idempotencyKey: $idempotencyKey) { id status }\n  }\n": typeof types.RunReportScheduleDocument,
    "\n  mutation DeleteReportSchedule($id: ID!) {\n    deleteReportSchedule(id: $id)\n  }\n": typeof types.DeleteReportScheduleDocument,
    "\n  query ScheduleDeliveries($scheduleId: ID!) {\n    reportDeliveries(scheduleId: $scheduleId, limit: 50) {\n      id\n      recipient\n      status\n      attempts\n      smtpResponse\n      createdAt\n      lastAttemptAt\n      nextAttemptAt\n      sentAt\n      report { id kind status sprint { id name } }\n    }\n  }\n": typeof types.ScheduleDeliveriesDocument,
    "\n  fragment BoardSettingsFields on BoardSettings {\n    estimationStatistic\n    estimationStatisticOverridden\n    subtaskPolicy\n    cancelledResolutions\n    disciplineRules { discipline components labels issueTypes }\n    timeZone\n  }\n": typeof types.BoardSettingsFieldsFragmentDoc,
    "\n  query BoardSettings($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      estimationField\n      team { id name }\n      settings { ...BoardSettingsFields }\n      sprints { id name state completeDate }\n    }\n    tenant { id disciplines }\n  }\n": typeof types.BoardSettingsDocument,
    "\n  query BoardSettingsTeams { teams { id name } }\n": typeof types.BoardSettingsTeamsDocument,
    "\n  query BoardSettingsPreview($boardId: ID!, $settings: BoardSettingsInput!, $sprintId: ID) {\n    boardSettingsPreview(boardId: $boardId, settings: $settings, sprintId: $sprintId) {\n      sprint { id name }\n      current { ...PreviewFigures }\n      preview { ...PreviewFigures }\n    }\n  }\n  fragment PreviewFigures on SprintAnalysis {\n    statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints cancelledPoints sayDoRatio\n  }\n": typeof types.BoardSettingsPreviewDocument,
    "\n  mutation UpdateBoardSettings($boardId: ID!, $settings: BoardSettingsInput!) {\n    updateBoardSettings(boardId: $boardId, settings: $settings) {\n      id\n      settings { ...BoardSettingsFields }\n    }\n  }\n": typeof types.UpdateBoardSettingsDocument,
    "\n  mutation SetBoardTeam($boardId: ID!, $teamId: ID) {\n    setBoardTeam(boardId: $boardId, teamId: $teamId) { id team { id name } }\n  }\n": typeof types.SetBoardTeamDocument,
    "\n  query AdminUsers {\n    users { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!, $idempotencyKey: String) {\n    createUser(input: $input, idempotencyKey: $idempotencyKey) { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  query AdminOidcProviders {\n    oidcProviders {\n      id issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision clientId displayName emailDomains\n    }\n  }\n": typeof types.AdminOidcProvidersDocument,
    "\n  mutation AdminSetOidcProvider($input: OidcProviderInput!) {\n    setOidcProvider(input: $input) {\n      id issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision clientId displayName emailDomains\n    }\n  }\n": typeof types.AdminSetOidcProviderDocument,
    "\n  mutation AdminRemoveOidcProvider($issuer: String!) { removeOidcProvider(issuer: $issuer) }\n": typeof types.AdminRemoveOidcProviderDocument,
    "\n  query AdminTestOidcProvider($input: OidcProviderInput!) {\n    testOidcProvider(input: $input) { ok checks { kind passed message code } keys { kid alg kty accepted } }\n  }\n": typeof types.AdminTestOidcProviderDocument,
    "\n  query AdminAuditLog($limit: Int, $beforeId: ID, $actorId: ID, $kind: String) {\n    auditLog(limit: $limit, beforeId: $beforeId, actorId: $actorId, kind: $kind) {\n      id at actor { id displayName email } actorEmail action targetType targetId details\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminAuditFilters {\n    auditLogKinds\n    users { id displayName email }\n    teams { id name }\n    boards { id name sprints { id name } }\n  }\n": typeof types.AdminAuditFiltersDocument,
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
    "\n  query Me { me { id email role teamRoles { team { id } role } } }\n": types.MeDocument,
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
    "\n  mutation CreateTeam($name: String!, $idempotencyKey: String) {\n    createTeam(name: $name, idempotencyKey: $idempotencyKey) { id name members { user { id } } boards { id name } }\n  }\n": types.CreateTeamDocument,
    "\n  query FirstRunConnections { jiraConnections { id name lastSyncedAt } }\n": types.FirstRunConnectionsDocument,
    "\n  fragment SyncRunFields on SyncRun {\n    id\n    full\n    status\n    phase\n    progress\n    pages\n    issuesSynced\n    issuesTotal\n    sprintsSynced\n    boardsSynced\n    issuesDeleted\n    errors\n    warnings\n    queuedAt\n    startedAt\n    finishedAt\n  }\n": types.SyncRunFieldsFragmentDoc,
    "\n  query JiraConnections {\n    jiraConnections {\n      id\n      name\n      flavor\n      baseUrl\n      lastSyncedAt\n      syncRuns(last: 1) { ...SyncRunFields }\n    }\n  }\n": types.JiraConnectionsDocument,
    "\n  query JiraConnection($id: ID!) {\n    jiraConnection(id: $id) {\n      id\n      name\n      flavor\n      baseUrl\n      email\n      storyPointsField\n      effectiveStoryPointsField\n      siteTimeZone\n      syncIntervalMinutes\n      hasWebhookSecret\n      webhookSigning\n      webhookUrl\n      lastSyncedAt\n      createdAt\n      boards { id name projectKey jiraBoardId team { id name } }\n      syncRuns(last: 10) { ...SyncRunFields }\n    }\n  }\n": types.JiraConnectionDocument,
    "\n  query TestJiraConnection($input: TestJiraConnectionInput!) {\n    testJiraConnection(input: $input) {\n      baseUrl\n      flavor\n      userName\n      userAccount\n      siteTimeZone\n      boards { jiraBoardId name type projectKey }\n      storyPointsField { id name source }\n      warnings\n    }\n  }\n": types.TestJiraConnectionDocument,
    "\n  mutation CreateJiraConnection($input: CreateJiraConnectionInput!, $idempotencyKey: String) {\n    createJiraConnection(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      webhookSecret\n      webhookUrl\n    }\n  }\n": types.CreateJiraConnectionDocument,
    "\n  mutation UpdateJiraConnection($id: ID!, $input: UpdateJiraConnectionInput!) {\n    updateJiraConnection(id: $id, input: $input) {\n      id\n      name\n      email\n      storyPointsField\n      effectiveStoryPointsField\n      syncIntervalMinutes\n      webhookSigning\n      hasWebhookSecret\n    }\n  }\n": types.UpdateJiraConnectionDocument,
    "\n  mutation RotateJiraWebhookSecret($connectionId: ID!) {\n    rotateJiraWebhookSecret(connectionId: $connectionId) { id webhookSecret hasWebhookSecret }\n  }\n": types.RotateJiraWebhookSecretDocument,
    "\n  mutation DeleteJiraConnection($id: ID!) { deleteJiraConnection(id: $id) }\n": types.DeleteJiraConnectionDocument,
    "\n  mutation StartSync($connectionId: ID!, $full: Boolean, $idempotencyKey: String) {\n    startSync(connectionId: $connectionId, full: $full, idempotencyKey: $idempotencyKey) { ...SyncRunFields }\n  }\n": types.StartSyncDocument,
    "\n  mutation CancelSync($id: ID!) { cancelSync(id: $id) { ...SyncRunFields } }\n": types.CancelSyncDocument,
    "\n  subscription SyncProgress($connectionId: ID!) {\n    syncProgress(connectionId: $connectionId) {\n      at\n      run { ...SyncRunFields }\n    }\n  }\n": types.SyncProgressDocument,
    "\n  fragment QueueFields on Queue {\n    id\n    status\n    generatedAt\n    trigger\n    generatedBy { id displayName }\n    options { includeCarryOver }\n    items {\n      position\n      discipline\n      points\n      reason\n      pinned\n      issue { id key summary url assigneeName storyPoints }\n    }\n    utilisation { discipline capacityPoints plannedPoints }\n    leftOut { reason issue { id key summary url storyPoints } }\n    conflicts { kind message issues { id key summary url } }\n    acceptedAt\n    acceptedBy { id displayName }\n    outdatedAt\n    cause { kind user { id displayName } sprint { id name } }\n  }\n": types.QueueFieldsFragmentDoc,
    "\n  query QueuePage($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      team { id name }\n      sprints { id name state startDate endDate }\n    }\n  }\n": types.QueuePageDocument,
    "\n  query SprintQueue($sprintId: ID!) {\n    sprint(id: $sprintId) {\n      id\n      name\n      queue { ...QueueFields }\n    }\n  }\n": types.SprintQueueDocument,
    "\n  mutation GenerateQueue($sprintId: ID!, $options: QueueOptionsInput, $idempotencyKey: String) {\n    generateQueue(sprintId: $sprintId, options: $options, idempotencyKey: $idempotencyKey) {\n      ...QueueFields\n      sprint { id queue { id } }\n    }\n  }\n": types.GenerateQueueDocument,
    "\n  mutation MoveQueueItem($queueId: ID!, $issueId: ID!, $position: Int!) {\n    moveQueueItem(queueId: $queueId, issueId: $issueId, position: $position) { ...QueueFields }\n  }\n": types.MoveQueueItemDocument,
    "\n  mutation PinQueueItem($queueId: ID!, $issueId: ID!, $position: Int) {\n    pinQueueItem(queueId: $queueId, issueId: $issueId, position: $position) { ...QueueFields }\n  }\n": types.PinQueueItemDocument,
    "\n  mutation UnpinQueueItem($queueId: ID!, $issueId: ID!) {\n    unpinQueueItem(queueId: $queueId, issueId: $issueId) { ...QueueFields }\n  }\n": types.UnpinQueueItemDocument,
    "\n  mutation AcceptQueue($queueId: ID!) {\n    acceptQueue(queueId: $queueId) { ...QueueFields }\n  }\n": types.AcceptQueueDocument,
    "\n  subscription LiveQueueUpdated($sprintId: ID!) {\n    queueUpdated(sprintId: $sprintId) {\n      at\n      sprint { id queue { id } }\n      queue { ...QueueFields }\n    }\n  }\n": types.LiveQueueUpdatedDocument,
    "\n  fragment ReportFields on Report {\n    id\n    kind\n    format\n    status\n    progress\n    cached\n    sizeBytes\n    fileName\n    error\n    createdAt\n    finishedAt\n    last\n    from\n    to\n    sprint { id name }\n    board { id name }\n    team { id name }\n    requestedBy { id displayName }\n    schedule { id }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  query BoardReports($boardId: ID!) {\n    me { id role }\n    board(id: $boardId) {\n      id\n      name\n      team { id name reports(limit: 100) { ...ReportFields } }\n      sprints { id name state startDate reports { ...ReportFields } }\n    }\n  }\n": types.BoardReportsDocument,
    "\n  query SprintReports($sprintId: ID!) {\n    me { id role }\n    sprint(id: $sprintId) { id name reports { ...ReportFields } }\n  }\n": types.SprintReportsDocument,
    "\n  mutation GenerateReport($input: GenerateReportInput!, $idempotencyKey: String) {\n    generateReport(input: $input, idempotencyKey: $idempotencyKey) { ...ReportFields }\n  }\n": types.GenerateReportDocument,
    "\n  subscription ReportProgress($reportId: ID!) {\n    reportProgress(reportId: $reportId) { at report { id status progress error } }\n  }\n": types.ReportProgressDocument,
    "\n  subscription ReportReady($reportId: ID!) {\n    reportReady(reportId: $reportId) { at report { ...ReportFields } }\n  }\n": types.ReportReadyDocument,
    "\n  query ReportStatus($id: ID!) {\n    report(id: $id) { ...ReportFields }\n  }\n": types.ReportStatusDocument,
    "\n  fragment ScheduleFields on ReportSchedule {\n    id\n    kind\n    format\n    recipients @include(if: $withRecipients)\n    cron\n    timeZone\n    atSprintClose\n    rangeDays\n    paused\n    nextRunAt\n    lastRunAt\n    createdAt\n  }\n": types.ScheduleFieldsFragmentDoc,
    "\n  query BoardSchedules($boardId: ID!, $withRecipients: Boolean!) {\n    reportEmailEnabled\n    board(id: $boardId) {\n      id\n      name\n      team { id name reportSchedules { ...ScheduleFields } }\n    }\n  }\n": types.BoardSchedulesDocument,
    "\n  mutation CreateReportSchedule($input: CreateReportScheduleInput!, $idempotencyKey: String, $withRecipients: Boolean! = true) {\n    createReportSchedule(input: $input, idempotencyKey: $idempotencyKey) { ...ScheduleFields }\n  }\n": types.CreateReportScheduleDocument,
    "\n  mutation UpdateReportSchedule($id: ID!, $input: UpdateReportScheduleInput!, $withRecipients: Boolean! = true) {\n    updateReportSchedule(id: $id, input: $input) { ...ScheduleFields }\n  }\n": types.UpdateReportScheduleDocument,
    "\n  mutation RunReportSchedule($id: ID!, $idempotencyKey: String) {\n    runReportSchedule(id: $id, idempotencyKey: $idempotencyKey) { id status }\n  }\n": types.RunReportScheduleDocument,
    "\n  mutation DeleteReportSchedule($id: ID!) {\n    deleteReportSchedule(id: $id)\n  }\n": types.DeleteReportScheduleDocument,
    "\n  query ScheduleDeliveries($scheduleId: ID!) {\n    reportDeliveries(scheduleId: $scheduleId, limit: 50) {\n      id\n      recipient\n      status\n      attempts\n      smtpResponse\n      createdAt\n      lastAttemptAt\n      nextAttemptAt\n      sentAt\n      report { id kind status sprint { id name } }\n    }\n  }\n": types.ScheduleDeliveriesDocument,
    "\n  fragment BoardSettingsFields on BoardSettings {\n    estimationStatistic\n    estimationStatisticOverridden\n    subtaskPolicy\n    cancelledResolutions\n    disciplineRules { discipline components labels issueTypes }\n    timeZone\n  }\n": types.BoardSettingsFieldsFragmentDoc,
    "\n  query BoardSettings($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      estimationField\n      team { id name }\n      settings { ...BoardSettingsFields }\n      sprints { id name state completeDate }\n    }\n    tenant { id disciplines }\n  }\n": types.BoardSettingsDocument,
    "\n  query BoardSettingsTeams { teams { id name } }\n": types.BoardSettingsTeamsDocument,
    "\n  query BoardSettingsPreview($boardId: ID!, $settings: BoardSettingsInput!, $sprintId: ID) {\n    boardSettingsPreview(boardId: $boardId, settings: $settings, sprintId: $sprintId) {\n      sprint { id name }\n      current { ...PreviewFigures }\n      preview { ...PreviewFigures }\n    }\n  }\n  fragment PreviewFigures on SprintAnalysis {\n    statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints cancelledPoints sayDoRatio\n  }\n": types.BoardSettingsPreviewDocument,
    "\n  mutation UpdateBoardSettings($boardId: ID!, $settings: BoardSettingsInput!) {\n    updateBoardSettings(boardId: $boardId, settings: $settings) {\n      id\n      settings { ...BoardSettingsFields }\n    }\n  }\n": types.UpdateBoardSettingsDocument,
    "\n  mutation SetBoardTeam($boardId: ID!, $teamId: ID) {\n    setBoardTeam(boardId: $boardId, teamId: $teamId) { id team { id name } }\n  }\n": types.SetBoardTeamDocument,
    "\n  query AdminUsers {\n    users { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!, $idempotencyKey: String) {\n    createUser(input: $input, idempotencyKey: $idempotencyKey) { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n": types.AdminUpdateUserDocument,
    "\n  query AdminOidcProviders {\n    oidcProviders {\n      id issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision clientId displayName emailDomains\n    }\n  }\n": types.AdminOidcProvidersDocument,
    "\n  mutation AdminSetOidcProvider($input: OidcProviderInput!) {\n    setOidcProvider(input: $input) {\n      id issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision clientId displayName emailDomains\n    }\n  }\n": types.AdminSetOidcProviderDocument,
    "\n  mutation AdminRemoveOidcProvider($issuer: String!) { removeOidcProvider(issuer: $issuer) }\n": types.AdminRemoveOidcProviderDocument,
    "\n  query AdminTestOidcProvider($input: OidcProviderInput!) {\n    testOidcProvider(input: $input) { ok checks { kind passed message code } keys { kid alg kty accepted } }\n  }\n": types.AdminTestOidcProviderDocument,
    "\n  query AdminAuditLog($limit: Int, $beforeId: ID, $actorId: ID, $kind: String) {\n    auditLog(limit: $limit, beforeId: $beforeId, actorId: $actorId, kind: $kind) {\n      id at actor { id displayName email } actorEmail action targetType targetId details\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminAuditFilters {\n    auditLogKinds\n    users { id displayName email }\n    teams { id name }\n    boards { id name sprints { id name } }\n  }\n": types.AdminAuditFiltersDocument,
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
export function graphql(source: "\n  query Me { me { id email role teamRoles { team { id } role } } }\n"): (typeof documents)["\n  query Me { me { id email role teamRoles { team { id } role } } }\n"];
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
export function graphql(source: "\n  mutation CreateTeam($name: String!, $idempotencyKey: String) {\n    createTeam(name: $name, idempotencyKey: $idempotencyKey) { id name members { user { id } } boards { id name } }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($name: String!, $idempotencyKey: String) {\n    createTeam(name: $name, idempotencyKey: $idempotencyKey) { id name members { user { id } } boards { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstRunConnections { jiraConnections { id name lastSyncedAt } }\n"): (typeof documents)["\n  query FirstRunConnections { jiraConnections { id name lastSyncedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SyncRunFields on SyncRun {\n    id\n    full\n    status\n    phase\n    progress\n    pages\n    issuesSynced\n    issuesTotal\n    sprintsSynced\n    boardsSynced\n    issuesDeleted\n    errors\n    warnings\n    queuedAt\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment SyncRunFields on SyncRun {\n    id\n    full\n    status\n    phase\n    progress\n    pages\n    issuesSynced\n    issuesTotal\n    sprintsSynced\n    boardsSynced\n    issuesDeleted\n    errors\n    warnings\n    queuedAt\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JiraConnections {\n    jiraConnections {\n      id\n      name\n      flavor\n      baseUrl\n      lastSyncedAt\n      syncRuns(last: 1) { ...SyncRunFields }\n    }\n  }\n"): (typeof documents)["\n  query JiraConnections {\n    jiraConnections {\n      id\n      name\n      flavor\n      baseUrl\n      lastSyncedAt\n      syncRuns(last: 1) { ...SyncRunFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JiraConnection($id: ID!) {\n    jiraConnection(id: $id) {\n      id\n      name\n      flavor\n      baseUrl\n      email\n      storyPointsField\n      effectiveStoryPointsField\n      siteTimeZone\n      syncIntervalMinutes\n      hasWebhookSecret\n      webhookSigning\n      webhookUrl\n      lastSyncedAt\n      createdAt\n      boards { id name projectKey jiraBoardId team { id name } }\n      syncRuns(last: 10) { ...SyncRunFields }\n    }\n  }\n"): (typeof documents)["\n  query JiraConnection($id: ID!) {\n    jiraConnection(id: $id) {\n      id\n      name\n      flavor\n      baseUrl\n      email\n      storyPointsField\n      effectiveStoryPointsField\n      siteTimeZone\n      syncIntervalMinutes\n      hasWebhookSecret\n      webhookSigning\n      webhookUrl\n      lastSyncedAt\n      createdAt\n      boards { id name projectKey jiraBoardId team { id name } }\n      syncRuns(last: 10) { ...SyncRunFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestJiraConnection($input: TestJiraConnectionInput!) {\n    testJiraConnection(input: $input) {\n      baseUrl\n      flavor\n      userName\n      userAccount\n      siteTimeZone\n      boards { jiraBoardId name type projectKey }\n      storyPointsField { id name source }\n      warnings\n    }\n  }\n"): (typeof documents)["\n  query TestJiraConnection($input: TestJiraConnectionInput!) {\n    testJiraConnection(input: $input) {\n      baseUrl\n      flavor\n      userName\n      userAccount\n      siteTimeZone\n      boards { jiraBoardId name type projectKey }\n      storyPointsField { id name source }\n      warnings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJiraConnection($input: CreateJiraConnectionInput!, $idempotencyKey: String) {\n    createJiraConnection(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      webhookSecret\n      webhookUrl\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJiraConnection($input: CreateJiraConnectionInput!, $idempotencyKey: String) {\n    createJiraConnection(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      name\n      webhookSecret\n      webhookUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJiraConnection($id: ID!, $input: UpdateJiraConnectionInput!) {\n    updateJiraConnection(id: $id, input: $input) {\n      id\n      name\n      email\n      storyPointsField\n      effectiveStoryPointsField\n      syncIntervalMinutes\n      webhookSigning\n      hasWebhookSecret\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJiraConnection($id: ID!, $input: UpdateJiraConnectionInput!) {\n    updateJiraConnection(id: $id, input: $input) {\n      id\n      name\n      email\n      storyPointsField\n      effectiveStoryPointsField\n      syncIntervalMinutes\n      webhookSigning\n      hasWebhookSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateJiraWebhookSecret($connectionId: ID!) {\n    rotateJiraWebhookSecret(connectionId: $connectionId) { id webhookSecret hasWebhookSecret }\n  }\n"): (typeof documents)["\n  mutation RotateJiraWebhookSecret($connectionId: ID!) {\n    rotateJiraWebhookSecret(connectionId: $connectionId) { id webhookSecret hasWebhookSecret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteJiraConnection($id: ID!) { deleteJiraConnection(id: $id) }\n"): (typeof documents)["\n  mutation DeleteJiraConnection($id: ID!) { deleteJiraConnection(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSync($connectionId: ID!, $full: Boolean, $idempotencyKey: String) {\n    startSync(connectionId: $connectionId, full: $full, idempotencyKey: $idempotencyKey) { ...SyncRunFields }\n  }\n"): (typeof documents)["\n  mutation StartSync($connectionId: ID!, $full: Boolean, $idempotencyKey: String) {\n    startSync(connectionId: $connectionId, full: $full, idempotencyKey: $idempotencyKey) { ...SyncRunFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSync($id: ID!) { cancelSync(id: $id) { ...SyncRunFields } }\n"): (typeof documents)["\n  mutation CancelSync($id: ID!) { cancelSync(id: $id) { ...SyncRunFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SyncProgress($connectionId: ID!) {\n    syncProgress(connectionId: $connectionId) {\n      at\n      run { ...SyncRunFields }\n    }\n  }\n"): (typeof documents)["\n  subscription SyncProgress($connectionId: ID!) {\n    syncProgress(connectionId: $connectionId) {\n      at\n      run { ...SyncRunFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueFields on Queue {\n    id\n    status\n    generatedAt\n    trigger\n    generatedBy { id displayName }\n    options { includeCarryOver }\n    items {\n      position\n      discipline\n      points\n      reason\n      pinned\n      issue { id key summary url assigneeName storyPoints }\n    }\n    utilisation { discipline capacityPoints plannedPoints }\n    leftOut { reason issue { id key summary url storyPoints } }\n    conflicts { kind message issues { id key summary url } }\n    acceptedAt\n    acceptedBy { id displayName }\n    outdatedAt\n    cause { kind user { id displayName } sprint { id name } }\n  }\n"): (typeof documents)["\n  fragment QueueFields on Queue {\n    id\n    status\n    generatedAt\n    trigger\n    generatedBy { id displayName }\n    options { includeCarryOver }\n    items {\n      position\n      discipline\n      points\n      reason\n      pinned\n      issue { id key summary url assigneeName storyPoints }\n    }\n    utilisation { discipline capacityPoints plannedPoints }\n    leftOut { reason issue { id key summary url storyPoints } }\n    conflicts { kind message issues { id key summary url } }\n    acceptedAt\n    acceptedBy { id displayName }\n    outdatedAt\n    cause { kind user { id displayName } sprint { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueuePage($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      team { id name }\n      sprints { id name state startDate endDate }\n    }\n  }\n"): (typeof documents)["\n  query QueuePage($boardId: ID!) {\n    board(id: $boardId) {\n      id\n      name\n      team { id name }\n      sprints { id name state startDate endDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SprintQueue($sprintId: ID!) {\n    sprint(id: $sprintId) {\n      id\n      name\n      queue { ...QueueFields }\n    }\n  }\n"): (typeof documents)["\n  query SprintQueue($sprintId: ID!) {\n    sprint(id: $sprintId) {\n      id\n      name\n      queue { ...QueueFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateQueue($sprintId: ID!, $options: QueueOptionsInput, $idempotencyKey: String) {\n    generateQueue(sprintId: $sprintId, options: $options, idempotencyKey: $idempotencyKey) {\n      ...QueueFields\n      sprint { id queue { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateQueue($sprintId: ID!, $options: QueueOptionsInput, $idempotencyKey: String) {\n    generateQueue(sprintId: $sprintId, options: $options, idempotencyKey: $idempotencyKey) {\n      ...QueueFields\n      sprint { id queue { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveQueueItem($queueId: ID!, $issueId: ID!, $position: Int!) {\n    moveQueueItem(queueId: $queueId, issueId: $issueId, position: $position) { ...QueueFields }\n  }\n"): (typeof documents)["\n  mutation MoveQueueItem($queueId: ID!, $issueId: ID!, $position: Int!) {\n    moveQueueItem(queueId: $queueId, issueId: $issueId, position: $position) { ...QueueFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinQueueItem($queueId: ID!, $issueId: ID!, $position: Int) {\n    pinQueueItem(queueId: $queueId, issueId: $issueId, position: $position) { ...QueueFields }\n  }\n"): (typeof documents)["\n  mutation PinQueueItem($queueId: ID!, $issueId: ID!, $position: Int) {\n    pinQueueItem(queueId: $queueId, issueId: $issueId, position: $position) { ...QueueFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinQueueItem($queueId: ID!, $issueId: ID!) {\n    unpinQueueItem(queueId: $queueId, issueId: $issueId) { ...QueueFields }\n  }\n"): (typeof documents)["\n  mutation UnpinQueueItem($queueId: ID!, $issueId: ID!) {\n    unpinQueueItem(queueId: $queueId, issueId: $issueId) { ...QueueFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptQueue($queueId: ID!) {\n    acceptQueue(queueId: $queueId) { ...QueueFields }\n  }\n"): (typeof documents)["\n  mutation AcceptQueue($queueId: ID!) {\n    acceptQueue(queueId: $queueId) { ...QueueFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveQueueUpdated($sprintId: ID!) {\n    queueUpdated(sprintId: $sprintId) {\n      at\n      sprint { id queue { id } }\n      queue { ...QueueFields }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveQueueUpdated($sprintId: ID!) {\n    queueUpdated(sprintId: $sprintId) {\n      at\n      sprint { id queue { id } }\n      queue { ...QueueFields }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateReportSchedule($input: CreateReportScheduleInput!, $idempotencyKey: String, $withRecipients: Boolean! = true) {\n    createReportSchedule(input: $input, idempotencyKey: $idempotencyKey) { ...ScheduleFields }\n  }\n"): (typeof documents)["\n  mutation CreateReportSchedule($input: CreateReportScheduleInput!, $idempotencyKey: String, $withRecipients: Boolean! = true) {\n    createReportSchedule(input: $input, idempotencyKey: $idempotencyKey) { ...ScheduleFields }\n  }\n"];
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
export function graphql(source: "\n  fragment BoardSettingsFields on BoardSettings {\n    estimationStatistic\n    estimationStatisticOverridden\n    subtaskPolicy\n    cancelledResolutions\n    disciplineRules { discipline components labels issueTypes }\n    timeZone\n  }\n"): (typeof documents)["\n  fragment BoardSettingsFields on BoardSettings {\n    estimationStatistic\n    estimationStatisticOverridden\n    subtaskPolicy\n    cancelledResolutions\n    disciplineRules { discipline components labels issueTypes }\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardSettings($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      estimationField\n      team { id name }\n      settings { ...BoardSettingsFields }\n      sprints { id name state completeDate }\n    }\n    tenant { id disciplines }\n  }\n"): (typeof documents)["\n  query BoardSettings($id: ID!) {\n    board(id: $id) {\n      id\n      name\n      estimationField\n      team { id name }\n      settings { ...BoardSettingsFields }\n      sprints { id name state completeDate }\n    }\n    tenant { id disciplines }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardSettingsTeams { teams { id name } }\n"): (typeof documents)["\n  query BoardSettingsTeams { teams { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardSettingsPreview($boardId: ID!, $settings: BoardSettingsInput!, $sprintId: ID) {\n    boardSettingsPreview(boardId: $boardId, settings: $settings, sprintId: $sprintId) {\n      sprint { id name }\n      current { ...PreviewFigures }\n      preview { ...PreviewFigures }\n    }\n  }\n  fragment PreviewFigures on SprintAnalysis {\n    statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints cancelledPoints sayDoRatio\n  }\n"): (typeof documents)["\n  query BoardSettingsPreview($boardId: ID!, $settings: BoardSettingsInput!, $sprintId: ID) {\n    boardSettingsPreview(boardId: $boardId, settings: $settings, sprintId: $sprintId) {\n      sprint { id name }\n      current { ...PreviewFigures }\n      preview { ...PreviewFigures }\n    }\n  }\n  fragment PreviewFigures on SprintAnalysis {\n    statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints cancelledPoints sayDoRatio\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBoardSettings($boardId: ID!, $settings: BoardSettingsInput!) {\n    updateBoardSettings(boardId: $boardId, settings: $settings) {\n      id\n      settings { ...BoardSettingsFields }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBoardSettings($boardId: ID!, $settings: BoardSettingsInput!) {\n    updateBoardSettings(boardId: $boardId, settings: $settings) {\n      id\n      settings { ...BoardSettingsFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBoardTeam($boardId: ID!, $teamId: ID) {\n    setBoardTeam(boardId: $boardId, teamId: $teamId) { id team { id name } }\n  }\n"): (typeof documents)["\n  mutation SetBoardTeam($boardId: ID!, $teamId: ID) {\n    setBoardTeam(boardId: $boardId, teamId: $teamId) { id team { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!, $idempotencyKey: String) {\n    createUser(input: $input, idempotencyKey: $idempotencyKey) { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!, $idempotencyKey: String) {\n    createUser(input: $input, idempotencyKey: $idempotencyKey) { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id email displayName role jiraAccountId disabled teams { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOidcProviders {\n    oidcProviders {\n      id issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision clientId displayName emailDomains\n    }\n  }\n"): (typeof documents)["\n  query AdminOidcProviders {\n    oidcProviders {\n      id issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision clientId displayName emailDomains\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetOidcProvider($input: OidcProviderInput!) {\n    setOidcProvider(input: $input) {\n      id issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision clientId displayName emailDomains\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetOidcProvider($input: OidcProviderInput!) {\n    setOidcProvider(input: $input) {\n      id issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision clientId displayName emailDomains\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveOidcProvider($issuer: String!) { removeOidcProvider(issuer: $issuer) }\n"): (typeof documents)["\n  mutation AdminRemoveOidcProvider($issuer: String!) { removeOidcProvider(issuer: $issuer) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTestOidcProvider($input: OidcProviderInput!) {\n    testOidcProvider(input: $input) { ok checks { kind passed message code } keys { kid alg kty accepted } }\n  }\n"): (typeof documents)["\n  query AdminTestOidcProvider($input: OidcProviderInput!) {\n    testOidcProvider(input: $input) { ok checks { kind passed message code } keys { kid alg kty accepted } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($limit: Int, $beforeId: ID, $actorId: ID, $kind: String) {\n    auditLog(limit: $limit, beforeId: $beforeId, actorId: $actorId, kind: $kind) {\n      id at actor { id displayName email } actorEmail action targetType targetId details\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($limit: Int, $beforeId: ID, $actorId: ID, $kind: String) {\n    auditLog(limit: $limit, beforeId: $beforeId, actorId: $actorId, kind: $kind) {\n      id at actor { id displayName email } actorEmail action targetType targetId details\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditFilters {\n    auditLogKinds\n    users { id displayName email }\n    teams { id name }\n    boards { id name sprints { id name } }\n  }\n"): (typeof documents)["\n  query AdminAuditFilters {\n    auditLogKinds\n    users { id displayName email }\n    teams { id name }\n    boards { id name sprints { id name } }\n  }\n"];
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