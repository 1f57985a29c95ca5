/**
 * Cycle time and lead time from an issue's status history, shared by the issues subgraph
 * (Issue.cycleTime, by status category) and sprint analysis (by the board's done column).
 *
 * - Started: the first time the issue left the to-do category (into any other status).
 * - Done: the start of its last unbroken stretch of done statuses, if it is done at `asOf`:
 *   an issue reopened and finished again is done when it was last finished.
 * - Cycle time: started → done. An issue that went straight from to-do to done was never
 *   seen in progress, so it has no cycle time (rather than a misleading zero).
 * - Lead time: created → done.
 */

/** The issues subgraph's StatusCategory (schema/issues.graphql): core declares no domain vocabulary, only that DONE is done. */
export type FlowCategory = string;

/** A status the issue entered at `at` (ms since the epoch); the first entry is its status at creation. */
export interface FlowStatus {
  at: number;
  category: FlowCategory;
  /** Whether this status counts as done; defaults to the DONE category. */
  done?: boolean;
}

export interface FlowTimes {
  startedAt: number | null;
  doneAt: number | null;
  cycleMs: number | null;
  leadMs: number | null;
}

const isDone = (s: FlowStatus) => s.done ?? s.category === 'DONE';

/** `statuses` oldest first; entries after `asOf` are ignored. */
export function flowTimes(createdAt: number, statuses: readonly FlowStatus[], asOf = Number.POSITIVE_INFINITY): FlowTimes {
  let startedAt: number | null = null;
  let doneAt: number | null = null;
  for (const s of statuses) {
    if (s.at > asOf) break;
    const at = Math.max(s.at, createdAt);
    if (isDone(s)) doneAt ??= at;
    else doneAt = null;
    if (startedAt === null && s.category !== 'TODO' && !isDone(s)) startedAt = at;
  }
  const cycleMs = doneAt !== null && startedAt !== null && startedAt <= doneAt ? doneAt - startedAt : null;
  return { startedAt, doneAt, cycleMs, leadMs: doneAt !== null ? doneAt - createdAt : null };
}

export interface Percentiles {
  count: number;
  p50: number;
  p85: number;
  p95: number;
}

/** Nearest-rank percentiles (each one is a value that occurred); null for no values. */
export function percentiles(values: readonly number[]): Percentiles | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  return { count: sorted.length, p50: rank(50), p85: rank(85), p95: rank(95) };
}

export const HOUR_MS = 3_600_000;
