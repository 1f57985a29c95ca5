import { and, eq } from 'drizzle-orm';
import { withTenant, type Runtime } from '@sprint-reports/core';
import { reportsTables } from '@sprint-reports/drizzle';

const { deliveries } = reportsTables;

/** Sends one delivery (its id). */
export const DELIVER_JOB = 'reports.deliver';

/** The report finished: its waiting emails can go (or fail with it). */
export async function queueDeliveries(runtime: Runtime, tenantId: string, reportId: string): Promise<void> {
  const pending = await withTenant(runtime.db, tenantId, (tx) =>
    tx.select({ id: deliveries.id }).from(deliveries).where(and(eq(deliveries.tenantId, tenantId), eq(deliveries.reportId, reportId), eq(deliveries.status, 'PENDING'))),
  );
  for (const d of pending) await runtime.jobs.enqueue(DELIVER_JOB, { tenantId, deliveryId: d.id }, { jobId: d.id });
}
