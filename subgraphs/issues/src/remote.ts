/** What the JIRA integration asks the sprints subgraph to do (internal mutations, through SubgraphClient). */

export const SYNC_BOARDS = /* GraphQL */ `
  mutation SyncBoards($connectionId: ID!, $boards: [JiraBoardInput!]!) { syncJiraBoards(connectionId: $connectionId, boards: $boards) }
`;
export const SYNC_SPRINTS = /* GraphQL */ `
  mutation SyncSprints($connectionId: ID!, $sprints: [JiraSprintInput!]!) { syncJiraSprints(connectionId: $connectionId, sprints: $sprints) }
`;
export const SPRINTS_CHANGED = /* GraphQL */ `
  mutation SprintsChanged($sprintIds: [ID!]!, $wait: Boolean) { sprintsChanged(sprintIds: $sprintIds, wait: $wait) }
`;

export const SPRINT_REPORT_FINGERPRINTS = /* GraphQL */ `
  query SprintReportFingerprints($connectionId: ID!, $jiraSprintIds: [Int!]!) {
    jiraSprintReportFingerprints(connectionId: $connectionId, jiraSprintIds: $jiraSprintIds) { jiraSprintId fingerprint }
  }
`;
export const SYNC_SPRINT_REPORTS = /* GraphQL */ `
  mutation SyncSprintReports($connectionId: ID!, $reports: [JiraSprintReportInput!]!) { syncJiraSprintReports(connectionId: $connectionId, reports: $reports) }
`;
