import type { EventBus } from '@sprint-reports/core';

/*
 * What the reports subgraph announces on the event bus (docs/live.md), once the caller's transaction
 * commits (a report's job writes in transactions of its own: each is announced after it). It
 * consumes no events.
 */

/** REPORT_PROGRESS: the report's generation moved on (started, a step done, finished). */
export const reportProgress = (events: EventBus, tenantId: string, reportId: string) => events.publish({ type: 'REPORT_PROGRESS', tenantId, reportId });

/** REPORT_READY: the report is READY or FAILED. */
export const reportReady = (events: EventBus, tenantId: string, reportId: string) => events.publish({ type: 'REPORT_READY', tenantId, reportId });
