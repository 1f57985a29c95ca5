/**
 * JIRA's sprint report (`/rest/greenhopper/1.0/rapid/charts/sprintreport`), checked before it is
 * stored. The endpoint is undocumented and JIRA may change it: only what the product reads is
 * checked, and a body of another shape is refused with where and what (the sprint's report is then
 * recorded UNAVAILABLE), never half-read.
 */
import { z } from 'zod';

/** `{ statFieldValue: { value } }`; an issue without an estimate has no `value` (or `statFieldValue: {}`). */
const statistic = z
  .looseObject({ statFieldValue: z.looseObject({ value: z.number().nullish() }).nullish() })
  .nullish()
  .transform((s) => s?.statFieldValue?.value ?? null);

const reportIssue = z.looseObject({
  key: z.string({ error: 'expected the issue key' }).regex(/^\S{1,255}-\d{1,18}$/, { error: 'expected the issue key (e.g. ABC-123)' }),
  summary: z.string().nullish(),
  statusId: z.union([z.string(), z.number()]).nullish(),
  statusName: z.string().nullish(),
  done: z.boolean().nullish(),
  estimateStatistic: statistic,
  currentEstimateStatistic: statistic,
});

/** JIRA's sums: `{ value, text }`, or `{ text: "null" }` without a value when nothing is estimated. */
const estimateSum = z
  .looseObject({ value: z.number().nullish() })
  .nullish()
  .transform((s) => s?.value ?? null);

const list = z.array(reportIssue, { error: 'expected a list of issues' });

const report = z.looseObject({
  contents: z.looseObject({
    completedIssues: list,
    issuesNotCompletedInCurrentSprint: list,
    puntedIssues: list,
    // Older Server/DC versions have no such list: none completed outside.
    issuesCompletedInAnotherSprint: list.optional().default([]),
    completedIssuesEstimateSum: estimateSum,
    completedIssuesInitialEstimateSum: estimateSum,
    issuesNotCompletedEstimateSum: estimateSum,
    issuesNotCompletedInitialEstimateSum: estimateSum,
    puntedIssuesEstimateSum: estimateSum,
    puntedIssuesInitialEstimateSum: estimateSum,
    issuesCompletedInAnotherSprintEstimateSum: estimateSum,
    issuesCompletedInAnotherSprintInitialEstimateSum: estimateSum,
    allIssuesEstimateSum: estimateSum,
    // `{ "KEY-1": true }`: a map, not a list.
    issueKeysAddedDuringSprint: z.record(z.string(), z.boolean()).nullish(),
  }),
  sprint: z.looseObject({ id: z.number().int() }),
});

export type ReportList = 'COMPLETED' | 'NOT_COMPLETED' | 'PUNTED' | 'COMPLETED_IN_ANOTHER_SPRINT';

/** The report as the sprints subgraph stores it (JiraSprintReportInput without its sprint and fingerprint). */
export interface ParsedSprintReport {
  sums: {
    completed: number | null;
    completedInitial: number | null;
    notCompleted: number | null;
    notCompletedInitial: number | null;
    punted: number | null;
    puntedInitial: number | null;
    completedInAnotherSprint: number | null;
    completedInAnotherSprintInitial: number | null;
    all: number | null;
  };
  issues: {
    key: string;
    summary: string;
    statusId: string | null;
    statusName: string | null;
    done: boolean;
    list: ReportList;
    addedDuringSprint: boolean;
    initialEstimate: number | null;
    currentEstimate: number | null;
  }[];
}

function faultsOf(error: z.ZodError, limit = 3): string {
  const where = (path: PropertyKey[]) =>
    path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || '(the body)';
  const lines = error.issues.slice(0, limit).map((i) => `${where(i.path)}: ${i.message}`);
  if (error.issues.length > limit) lines.push(`and ${error.issues.length - limit} more`);
  return lines.join('; ');
}

/** JIRA's answer → the report, or why its shape is not the one expected. */
export function parseSprintReport(body: unknown, sprintId: number): { ok: true; report: ParsedSprintReport } | { ok: false; reason: string } {
  const parsed = report.safeParse(body);
  if (!parsed.success) return { ok: false, reason: `JIRA's sprint report has an unexpected shape: ${faultsOf(parsed.error)}` };
  const { contents: c, sprint } = parsed.data;
  if (sprint.id !== sprintId) return { ok: false, reason: `JIRA's sprint report is of sprint ${sprint.id}, not ${sprintId}` };
  const added = c.issueKeysAddedDuringSprint ?? {};
  const entries = (issues: z.infer<typeof list>, listName: ReportList) =>
    issues.map((i) => ({
      key: i.key,
      summary: i.summary ?? '',
      statusId: i.statusId === null || i.statusId === undefined ? null : String(i.statusId),
      statusName: i.statusName ?? null,
      done: i.done ?? false,
      list: listName,
      addedDuringSprint: added[i.key] === true,
      initialEstimate: i.estimateStatistic,
      currentEstimate: i.currentEstimateStatistic,
    }));
  return {
    ok: true,
    report: {
      sums: {
        completed: c.completedIssuesEstimateSum,
        completedInitial: c.completedIssuesInitialEstimateSum,
        notCompleted: c.issuesNotCompletedEstimateSum,
        notCompletedInitial: c.issuesNotCompletedInitialEstimateSum,
        punted: c.puntedIssuesEstimateSum,
        puntedInitial: c.puntedIssuesInitialEstimateSum,
        completedInAnotherSprint: c.issuesCompletedInAnotherSprintEstimateSum,
        completedInAnotherSprintInitial: c.issuesCompletedInAnotherSprintInitialEstimateSum,
        all: c.allIssuesEstimateSum,
      },
      issues: [
        ...entries(c.completedIssues, 'COMPLETED'),
        ...entries(c.issuesNotCompletedInCurrentSprint, 'NOT_COMPLETED'),
        ...entries(c.puntedIssues, 'PUNTED'),
        ...entries(c.issuesCompletedInAnotherSprint, 'COMPLETED_IN_ANOTHER_SPRINT'),
      ],
    },
  };
}
