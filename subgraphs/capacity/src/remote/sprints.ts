import { sendNotice, type SubgraphClient } from '@sprint-reports/core';
import { TeamHolidaysChangedDocument } from './__generated__/sprints.ts';

/**
 * Tells the sprints subgraph that a team's holidays changed (its defaults, or with `sprintId` that
 * sprint's own): the analyses whose burndown guideline is flat on them are recomputed. A notice
 * (core's sendNotice): sent once the caller's transaction commits, sent again by a job if sprints
 * fails it; skipped by a process without sprints.
 */
export function teamHolidaysChanged(client: SubgraphClient, tenantId: string, teamId: string, sprintId: string | null): Promise<void> {
  return sendNotice(client, { subgraph: 'sprints', tenantId, document: TeamHolidaysChangedDocument, variables: { teamId, sprintId } });
}
