import type { Runtime } from '@sprint-reports/core';
import type { IssueToStore } from '../data/issue-store.ts';
import { UsersByJiraAccountDocument } from '../remote/__generated__/users.ts';

/**
 * Matches assignees' JIRA accounts to users (the users subgraph owns them): one query per page.
 * Assignees who are not users here keep their JIRA name on the issue.
 */
export async function withAssignees(runtime: Runtime, tenantId: string, page: IssueToStore[]): Promise<IssueToStore[]> {
  const byAccount = await usersByAccount(
    runtime,
    tenantId,
    page.map((p) => p.derived.assigneeAccountId),
  );
  return page.map((p) => ({ ...p, assigneeId: p.derived.assigneeAccountId ? (byAccount.get(p.derived.assigneeAccountId) ?? null) : null }));
}

/** Account id → user id. In the same tenant's scope, an in-process users subgraph answers in that transaction. */
export async function usersByAccount(runtime: Runtime, tenantId: string, accounts: (string | null | undefined)[]): Promise<Map<string, string>> {
  const accountIds = [...new Set(accounts.filter((a): a is string => !!a))];
  if (!accountIds.length) return new Map();
  const { usersByJiraAccountIds } = await runtime.client.execute('users', tenantId, UsersByJiraAccountDocument, { accountIds });
  return new Map(usersByJiraAccountIds.flatMap((u) => (u.jiraAccountId ? [[u.jiraAccountId, u.id]] : [])));
}
