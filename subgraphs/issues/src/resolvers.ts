import { DateTimeScalar, MAX_ISSUES_PER_EVENT, appError, badInput, orNotFound, parseId } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import type { IssueLink } from '@sprint-reports/drizzle';
import { connectionsOfTenant, openIssuesOfProject } from './data/index.ts';
import { issueFlow, secondsToHours } from './facts.ts';
import {
  cancelSync,
  createJiraConnection,
  deleteJiraConnection,
  receiveJiraWebhook,
  requestSync,
  rotateJiraWebhookSecret,
  updateJiraConnection,
} from './mutations.ts';
import { testConnection } from './sync/connections.ts';
import { recentRuns } from './data/sync-runs.ts';
import { webhookTenant } from './sync/webhooks.ts';

const linksOf = (links: IssueLink[]) =>
  links.map((l) => ({ type: l.type, direction: l.direction === 'inward' ? ('INWARD' as const) : ('OUTWARD' as const), issueKey: l.key }));

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    issue: async (_, { key }, { loaders }) => orNotFound(await loaders.issueByKey.load(key), 'Issue', key),
    issues: async (_, { ids }, { loaders }) => {
      // Live updates (issueUpdated) ask for a board's changed issues by id, at most this many at once.
      if (ids.length > MAX_ISSUES_PER_EVENT) throw badInput(`At most ${MAX_ISSUES_PER_EVENT} issues at a time`, 'ids');
      return loaders.issue.loadMany(ids.map((id) => parseId(id, 'ids'))).then((rows) => rows.map((r) => (r instanceof Error ? null : (r ?? null))));
    },
    openIssues: (_, { projectKey }, { db, tenantId }) => openIssuesOfProject(db, tenantId, projectKey),
    jiraConnections: (_, __, { db, tenantId }) => connectionsOfTenant(db, tenantId),
    jiraConnection: async (_, { id }, { loaders }) => orNotFound(await loaders.connection.load(parseId(id)), 'JIRA connection', id),
    // Asks JIRA, stores nothing: not audited (no change), but admin-only like the credentials it carries.
    testJiraConnection: (_, { input }, { runtime }) => testConnection(runtime, input),
    syncRun: async (_, { id }, { loaders }) => orNotFound(await loaders.syncRun.load(parseId(id)), 'Sync run', id),
    // The system scope sees every tenant's connections; a tenant's service only its own.
    jiraWebhookTenant: (_, { connectionId }, { db }) => webhookTenant(db, connectionId),
  },
  Mutation: {
    createJiraConnection: (_, { input }, ctx) => createJiraConnection(ctx, input),
    updateJiraConnection: (_, { id, input }, ctx) => updateJiraConnection(ctx, id, input),
    rotateJiraWebhookSecret: (_, { connectionId }, ctx) => rotateJiraWebhookSecret(ctx, connectionId),
    deleteJiraConnection: (_, { id }, ctx) => deleteJiraConnection(ctx, id),
    startSync: (_, { connectionId, full }, ctx) => requestSync(ctx, connectionId, full),
    cancelSync: (_, { id }, ctx) => cancelSync(ctx, id),
    receiveJiraWebhook: (_, { connectionId, bodyBase64, signature }, ctx) => receiveJiraWebhook(ctx, connectionId, bodyBase64, signature),
  },
  JiraConnection: {
    __resolveReference: (ref, { loaders }) => loaders.connection.load(ref.id),
    effectiveStoryPointsField: (c) => c.effectiveStoryPointsField,
    hasWebhookSecret: (c) => c.webhookSecretSealed != null,
    // Only the answer that made the secret carries it (createJiraConnection, rotateJiraWebhookSecret).
    webhookSecret: (c) => c.issuedWebhookSecret ?? null,
    webhookPath: (c) => `/webhooks/jira/${c.id}`,
    webhookUrl: (c, _, { runtime }) => `${runtime.config.publicUrl}/webhooks/jira/${c.id}`,
    syncRuns: (c, { last }, { db, tenantId }) => {
      if (last != null && (last < 0 || last > 100)) throw appError('BAD_USER_INPUT', 'last must be between 0 and 100');
      return recentRuns(db, tenantId, c.id, last ?? 10);
    },
  },
  SyncRun: {
    __resolveReference: (ref, { loaders }) => loaders.syncRun.load(ref.id),
    connection: async (run, _, { loaders }) => (await loaders.connection.load(run.connectionId))!,
    progress: (run) => {
      if (run.status === 'SUCCEEDED') return 100;
      if (!run.issuesTotal) return null;
      return Math.min(99, Math.round((run.issuesSynced / run.issuesTotal) * 1000) / 10);
    },
  },
  PlanningIssue: {
    type: (issue) => issue.issueType,
    links: (issue) => linksOf(issue.links),
  },
  Issue: {
    // Other subgraphs reference issues by id; clients and JIRA webhooks know them by key.
    __resolveReference: (ref, { loaders }) => ('id' in ref ? loaders.issue.load(ref.id) : loaders.issueByKey.load(ref.key)),
    type: (issue) => issue.issueType,
    // Base URLs are stored normalised (no trailing slash); a request's issues share one connection load.
    url: async (issue, _, { loaders }) => {
      const connection = issue.connectionId ? await loaders.connection.load(issue.connectionId) : null;
      return connection ? `${connection.baseUrl}/browse/${encodeURIComponent(issue.key)}` : null;
    },
    originalEstimate: (issue) => {
      const seconds = issue.rawFields?.timeoriginalestimate;
      return typeof seconds === 'number' ? secondsToHours(seconds) : null;
    },
    assignee: (issue) => (issue.assigneeId ? { id: issue.assigneeId } : null),
    parent: (issue, _, { loaders }) => (issue.parentKey ? loaders.issueByKey.load(issue.parentKey) : null),
    epic: (issue, _, { loaders }) => (issue.epicKey ? loaders.issueByKey.load(issue.epicKey) : null),
    links: (issue) => linksOf(issue.links),
    sprintHistory: (issue, _, { loaders }) => loaders.membershipsByIssue.load(issue.id),
    statusHistory: (issue, _, { loaders }) => loaders.statusChangesByIssue.load(issue.id),
    estimateHistory: (issue, _, { loaders }) => loaders.estimateChangesByIssue.load(issue.id),
    // Both read the status history through the same loader: one statement for every issue asked.
    cycleTime: async (issue, _, { loaders }) => issueFlow(issue, await loaders.statusChangesByIssue.load(issue.id)).cycleTime,
    leadTime: async (issue, _, { loaders }) => issueFlow(issue, await loaders.statusChangesByIssue.load(issue.id)).leadTime,
  },
  StatusChange: {
    from: (c) => c.fromStatus,
    to: (c) => c.toStatus,
    category: (c) => c.toCategory,
  },
  EstimateChange: {
    from: (c) => c.fromPoints,
    to: (c) => c.toPoints,
  },
  SprintMembership: {
    sprint: (m) => ({ id: m.sprintId }),
  },
  Sprint: {
    __resolveReference: (ref) => ({ id: ref.id }),
    issues: async (sprint, _, { loaders }) => (await loaders.issuesBySprint.load(sprint.id)).map((r) => r.issue),
    issueFacts: (sprint, _, { loaders }) => loaders.factsBySprint.load(sprint.id),
  },
};
