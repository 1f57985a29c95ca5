import { DateTimeScalar, orNotFound } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    issue: async (_, { key }, { loaders }) => orNotFound(await loaders.issueByKey.load(key), 'Issue', key),
  },
  Issue: {
    // Other subgraphs reference issues by id; clients and JIRA webhooks know them by key.
    __resolveReference: (ref, { loaders }) => ('id' in ref ? loaders.issue.load(ref.id) : loaders.issueByKey.load(ref.key)),
    type: (issue) => issue.issueType,
    assignee: (issue) => (issue.assigneeId ? { id: issue.assigneeId } : null),
    parent: (issue, _, { loaders }) => (issue.parentKey ? loaders.issueByKey.load(issue.parentKey) : null),
    epic: (issue, _, { loaders }) => (issue.epicKey ? loaders.issueByKey.load(issue.epicKey) : null),
    sprintHistory: (issue, _, { loaders }) => loaders.membershipsByIssue.load(issue.id),
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
