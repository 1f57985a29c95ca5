/**
 * Times a sync's phases from the statements that set them: the engine moves a run from phase to
 * phase with `update "issues"."sync_runs" set … "phase" = $n …`, and the database handle's
 * statement logger sees each one. `stop()` puts the logger back.
 */
/** `logger`: a database handle's `statements` (drizzle's logger: it is handed each query with its parameters). */
export function recordSyncPhases(logger: { logQuery(query: string, params: unknown[]): void }) {
  const phases: { phase: string; at: number }[] = [];
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query, params) => {
    const set = query.startsWith('update "issues"."sync_runs"') ? /"phase" = \$(\d+)/.exec(query) : null;
    if (set) phases.push({ phase: String(params[Number(set[1]) - 1]), at: performance.now() });
    logQuery(query, params);
  };
  return { phases, stop: () => void (logger.logQuery = logQuery) };
}
