import type { EventBus } from '@sprint-reports/core';
import { SPRINT_FIELDS } from './data.ts';
import type { AnalysisRow, SprintRow } from './models.ts';

/**
 * Live events of the sprints subgraph (docs/live.md): SPRINT_UPDATED when a sprint's own row
 * changed, and SPRINT_ANALYSIS_UPDATED with SPRINT_UPDATED when its analysis figures moved. Each is
 * published once the caller's transaction commits; callers without a bus (seeding, benchmarks)
 * announce nothing. It consumes no events: the sync and capacity tell it of changes with internal
 * mutations (sprintsChanged, teamHolidaysChanged, the JIRA hand-over).
 */
export async function announceSprints(
  events: EventBus | undefined,
  tenantId: string,
  sprints: readonly Pick<SprintRow, 'id' | 'boardId'>[],
  what: 'sprint' | 'analysis',
) {
  if (!events) return;
  for (const { id: sprintId, boardId } of sprints) {
    if (what === 'analysis') await events.publish({ type: 'SPRINT_ANALYSIS_UPDATED', tenantId, boardId, sprintId });
    await events.publish({ type: 'SPRINT_UPDATED', tenantId, boardId, sprintId });
  }
}

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/** Whether writing `after` over `before` (none: a new sprint) changes what the sprint says (SPRINT_FIELDS, the fields upsertSprints writes). */
export const sprintChanged = (before: SprintRow | undefined, after: SprintRow) => !before || SPRINT_FIELDS.some((f) => !same(before[f], after[f]));

/** Bookkeeping, not figures: when and by which rules an analysis was computed. */
const BOOKKEEPING = new Set<string>(['computedAt', 'rulesVersion']);

/**
 * An analysis's figures as one string: every column but the bookkeeping, object keys sorted (jsonb
 * keeps its own key order) and dates as JSON writes them, so a stored row and a computed one compare
 * equal when their figures are.
 */
function figures(row: AnalysisRow): string {
  const entries = Object.entries(row).filter(([key]) => !BOOKKEEPING.has(key));
  return JSON.stringify(Object.fromEntries(entries), (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, (value as Record<string, unknown>)[k]]),
        )
      : value,
  );
}

/** Whether a recomputed analysis changes the stored one's figures (none stored: it does). */
export const figuresChanged = (before: AnalysisRow | undefined, after: AnalysisRow) => !before || figures(before) !== figures(after);
