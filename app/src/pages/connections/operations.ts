/** The documents of the JIRA connection pages (typed by codegen into app/src/gql). */
import { graphql } from '../../gql/index.ts';

export const SyncRunFields = graphql(`
  fragment SyncRunFields on SyncRun {
    id
    full
    status
    phase
    progress
    pages
    issuesSynced
    issuesTotal
    sprintsSynced
    boardsSynced
    issuesDeleted
    errors
    warnings
    queuedAt
    startedAt
    finishedAt
  }
`);

export const ConnectionsQuery = graphql(`
  query JiraConnections {
    jiraConnections {
      id
      name
      flavor
      baseUrl
      lastSyncedAt
      syncRuns(last: 1) { ...SyncRunFields }
    }
  }
`);

export const ConnectionQuery = graphql(`
  query JiraConnection($id: ID!) {
    jiraConnection(id: $id) {
      id
      name
      flavor
      baseUrl
      email
      storyPointsField
      effectiveStoryPointsField
      siteTimeZone
      syncIntervalMinutes
      hasWebhookSecret
      webhookSigning
      webhookUrl
      lastSyncedAt
      createdAt
      boards { id name projectKey jiraBoardId team { id name } }
      syncRuns(last: 10) { ...SyncRunFields }
    }
  }
`);

export const TestConnectionQuery = graphql(`
  query TestJiraConnection($input: TestJiraConnectionInput!) {
    testJiraConnection(input: $input) {
      baseUrl
      flavor
      userName
      userAccount
      siteTimeZone
      boards { jiraBoardId name type projectKey }
      storyPointsField { id name source }
      warnings
    }
  }
`);

export const CreateConnectionMutation = graphql(`
  mutation CreateJiraConnection($input: CreateJiraConnectionInput!, $idempotencyKey: String) {
    createJiraConnection(input: $input, idempotencyKey: $idempotencyKey) {
      id
      name
      webhookSecret
      webhookUrl
    }
  }
`);

export const UpdateConnectionMutation = graphql(`
  mutation UpdateJiraConnection($id: ID!, $input: UpdateJiraConnectionInput!) {
    updateJiraConnection(id: $id, input: $input) {
      id
      name
      email
      storyPointsField
      effectiveStoryPointsField
      syncIntervalMinutes
      webhookSigning
      hasWebhookSecret
    }
  }
`);

export const RotateSecretMutation = graphql(`
  mutation RotateJiraWebhookSecret($connectionId: ID!) {
    rotateJiraWebhookSecret(connectionId: $connectionId) { id webhookSecret hasWebhookSecret }
  }
`);

export const DeleteConnectionMutation = graphql(`
  mutation DeleteJiraConnection($id: ID!) { deleteJiraConnection(id: $id) }
`);

export const StartSyncMutation = graphql(`
  mutation StartSync($connectionId: ID!, $full: Boolean, $idempotencyKey: String) {
    startSync(connectionId: $connectionId, full: $full, idempotencyKey: $idempotencyKey) { ...SyncRunFields }
  }
`);

export const CancelSyncMutation = graphql(`
  mutation CancelSync($id: ID!) { cancelSync(id: $id) { ...SyncRunFields } }
`);

export const SyncProgressSubscription = graphql(`
  subscription SyncProgress($connectionId: ID!) {
    syncProgress(connectionId: $connectionId) {
      at
      run { ...SyncRunFields }
    }
  }
`);
