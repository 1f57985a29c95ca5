import { jiraObjectId, type Database } from '@sprint-reports/core';
import { jiraReportFingerprints, sprintsByIds, upsertJiraReports } from '../data.ts';
import type { JiraReportRow } from '../models.ts';
import type { JiraSprintReportInput } from '../__generated__/resolvers-types.ts';

/**
 * JIRA's own sprint reports as the issues subgraph's sync fetched them (or the site's refusal).
 * Stored per sprint of the connection; reports of sprints we do not have are skipped. A transient
 * failure (no answer) never replaces a report already stored.
 */
export async function syncJiraReports(db: Database, tenantId: string, connectionId: string, input: JiraSprintReportInput[]): Promise<number> {
  const idOf = (jiraSprintId: number) => jiraObjectId(tenantId, connectionId, 'sprint', jiraSprintId);
  const known = new Set(
    (
      await sprintsByIds(
        db,
        tenantId,
        input.map((r) => idOf(r.jiraSprintId)),
      )
    ).map((s) => s.id),
  );
  const now = new Date();
  const rows = input
    .filter((r) => known.has(idOf(r.jiraSprintId)))
    .map((r): JiraReportRow & { transient: boolean } => ({
      sprintId: idOf(r.jiraSprintId),
      tenantId,
      outcome: r.unavailableReason ? 'UNAVAILABLE' : 'AVAILABLE',
      reason: r.unavailableReason ?? null,
      // A transient failure is fetched again at the next sync, whatever the sprint does.
      fingerprint: r.unavailableReason && r.transient ? '' : r.fingerprint,
      sums:
        r.unavailableReason || !r.sums
          ? null
          : {
              completed: r.sums.completed ?? null,
              completedInitial: r.sums.completedInitial ?? null,
              notCompleted: r.sums.notCompleted ?? null,
              notCompletedInitial: r.sums.notCompletedInitial ?? null,
              punted: r.sums.punted ?? null,
              puntedInitial: r.sums.puntedInitial ?? null,
              completedInAnotherSprint: r.sums.completedInAnotherSprint ?? null,
              completedInAnotherSprintInitial: r.sums.completedInAnotherSprintInitial ?? null,
              all: r.sums.all ?? null,
            },
      issues: r.unavailableReason
        ? []
        : (r.issues ?? []).map((i) => ({
            key: i.key,
            summary: i.summary,
            statusId: i.statusId ?? null,
            statusName: i.statusName ?? null,
            done: i.done,
            list: i.list,
            addedDuringSprint: i.addedDuringSprint,
            initialEstimate: i.initialEstimate ?? null,
            currentEstimate: i.currentEstimate ?? null,
          })),
      fetchedAt: now,
      transient: !!r.unavailableReason && !!r.transient,
    }));
  const strip = ({ transient: _t, ...row }: JiraReportRow & { transient: boolean }): JiraReportRow => row;
  await upsertJiraReports(db, rows.filter((r) => !r.transient).map(strip));
  await upsertJiraReports(db, rows.filter((r) => r.transient).map(strip), { keep: true });
  return rows.length;
}

/** The fingerprints stored reports were fetched at, by JIRA sprint id: the sync fetches only the sprints whose fingerprint moved. */
export async function storedFingerprints(db: Database, tenantId: string, connectionId: string, jiraSprintIds: number[]) {
  const jiraIdOf = new Map(jiraSprintIds.map((j) => [jiraObjectId(tenantId, connectionId, 'sprint', j), j]));
  const rows = await jiraReportFingerprints(db, tenantId, [...jiraIdOf.keys()]);
  return rows.map((r) => ({ jiraSprintId: jiraIdOf.get(r.sprintId)!, fingerprint: r.fingerprint }));
}
