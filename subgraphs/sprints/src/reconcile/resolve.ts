import type { Context } from '../context.ts';
import type { JiraReportView, SprintRow } from '../models.ts';
import { inHours, leftOutAtStart, reconcile } from './compare.ts';

/** JIRA's stored report of a closed sprint, with our issue ids by key; null when there is none to show. */
export async function jiraReport(sprint: SprintRow, { loaders }: Context): Promise<JiraReportView | null> {
  if (sprint.state !== 'CLOSED') return null;
  const row = await loaders.jiraReport.load(sprint.id);
  if (!row || row.outcome !== 'AVAILABLE') return null;
  const analysis = await loaders.freshAnalysis.load(sprint);
  return { row, issueIds: new Map((analysis?.issues ?? []).map((i) => [i.key, i.issueId])), leftOutAtStart: leftOutAtStart(analysis) };
}

/**
 * Our analysis beside JIRA's report. Null until the sprint is closed (JIRA's report is final only
 * then); UNAVAILABLE, with the reason, when there is nothing to compare with.
 */
export async function reconciliation(sprint: SprintRow, { loaders }: Context) {
  if (sprint.state !== 'CLOSED') return null;
  const [row, analysis] = await Promise.all([loaders.jiraReport.load(sprint.id), loaders.freshAnalysis.load(sprint)]);
  const unavailable = (reason: string) => ({ status: 'UNAVAILABLE' as const, reason, jiraReportFetchedAt: row?.fetchedAt ?? null, differences: [] });
  if (!row) return unavailable("JIRA's sprint report has not been fetched yet: the next sync fetches it");
  if (row.outcome === 'UNAVAILABLE') return unavailable(row.reason ?? 'JIRA did not give its sprint report');
  if (!analysis) return unavailable('Our analysis of the sprint is not computed yet');
  if (analysis.statistic === 'ISSUE_COUNT')
    return unavailable("The board counts issues, while JIRA's report counts its estimation field: the figures do not compare");
  const differences = reconcile(analysis, analysis.statistic === 'ORIGINAL_ESTIMATE' ? inHours(row) : row).map((d) => ({
    ...d,
    issues: d.issues.map((i) => ({ key: i.key, reason: i.reason, issue: i.issueId ? { __typename: 'Issue' as const, id: i.issueId } : null })),
  }));
  return { status: differences.length ? ('DIFFERS' as const) : ('MATCH' as const), reason: null, jiraReportFetchedAt: row.fetchedAt, differences };
}
