import { withTenant, type Runtime } from '@sprint-reports/core';
import * as data from '../data/index.ts';
import { connectionById } from '../data/index.ts';
import { deriveEstimates } from '../jira/derive.ts';
import { resolveSiteFields } from '../jira/fields.ts';
import { clientFor, connectionFields, tenantOfConnection } from './connections.ts';
import { SprintsChangedDocument } from '../remote/__generated__/sprints.ts';
import { sprintsOfIssues } from '../data/issue-store.ts';
import { IssueAnnouncer } from '../events.ts';

export const REDERIVE_JOB = 'issues.rederive-estimates';

/** What REDERIVE_JOB carries: the connection, and its tenant (jobs queued before it was carried lack it). */
export interface RederiveJob {
  connectionId: string;
  tenantId?: string;
}

/**
 * After the story points field changes: resolve the new field against the site, then rebuild every
 * issue's estimate and estimate history from the stored raw fields and change items, without
 * re-reading issues from JIRA. In the connection's tenant's scope: batches of 500 issues, each in
 * one transaction.
 */
export async function rederiveEstimates(runtime: Runtime, job: RederiveJob) {
  const { db } = runtime;
  const tenantId = await tenantOfConnection(runtime, job);
  if (!tenantId) return 0;
  const inTenant = <T>(fn: (tx: typeof db) => Promise<T>) => withTenant(db, tenantId, fn);
  const connection = await inTenant((tx) => connectionById(tx, job.connectionId));
  if (!connection) return 0;
  const client = clientFor(runtime, connection);
  // An override names the field; without one the boards' estimation fields decide, as in a sync
  // (readSite in engine.ts). The name rules alone could pick another field than the sync did, and
  // incremental syncs would only correct the issues they re-read.
  const boardEstimationFields: string[] = [];
  if (!connection.storyPointsField?.trim()) {
    for await (const board of client.boards()) {
      const field = (await client.boardConfiguration(board.id)).estimation?.field?.fieldId;
      if (field) boardEstimationFields.push(field);
    }
  }
  const resolved = resolveSiteFields({ fields: await client.fields(), boardEstimationFields, override: connection.storyPointsField });
  const field = resolved.storyPointsField;
  await inTenant((tx) =>
    connectionFields(tx, connection.id, { effectiveStoryPointsField: field?.id ?? null, effectiveStoryPointsFieldName: field?.name ?? null }),
  );
  let after = '00000000-0000-0000-0000-000000000000';
  let count = 0;
  const touched = new Set<string>();
  // Every issue of a batch is rewritten: each is announced to its boards once the batch commits.
  const announcer = new IssueAnnouncer(runtime, connection.tenantId);
  for (;;) {
    const batch = await inTenant(async (t) => {
      const batch = await data.rawFieldsAfter(t, connection.tenantId, connection.id, after, 500);
      const ids = batch.map((b) => b.id);
      if (!ids.length) return batch;
      const items = await data.changelogOfIssues(t, connection.tenantId, ids);
      await data.deleteEstimateChanges(t, connection.tenantId, ids);
      for (const b of batch) {
        const d = deriveEstimates(
          b.rawFields ?? {},
          items.filter((i) => i.issueId === b.id),
          field,
        );
        const rows = [...new Map(d.estimateChanges.map((e) => [e.at.toISOString(), { tenantId: connection.tenantId, issueId: b.id, ...e }])).values()];
        await data.rewriteEstimates(t, b.id, { storyPoints: d.storyPoints, estimateWarning: d.estimateWarning }, rows);
      }
      for (const s of await sprintsOfIssues(t, connection.tenantId, ids)) touched.add(s);
      await announcer.announceIds(ids);
      return batch;
    });
    if (!batch.length) break;
    after = batch[batch.length - 1].id;
    count += batch.length;
  }
  if (touched.size) await runtime.client.execute('sprints', connection.tenantId, SprintsChangedDocument, { sprintIds: [...touched], wait: true });
  runtime.log.info({ connection: connection.id, field: field?.id, issues: count }, 'Re-derived estimates from stored history');
  return count;
}
