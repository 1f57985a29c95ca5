/**
 * `npm run sync -- --connection <id> [--full]`: runs one JIRA sync in this process, with a progress
 * bar, over the same database `npm start` uses (DATABASE_URL, else PGlite in DATA_DIR, which only
 * one process may open: stop `npm start` first). A run a crash left unfinished resumes from its
 * checkpoint. Exit code 0 when the run succeeded.
 */
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { asSystem, closeRuntime, withTenant } from '@sprint-reports/core';
import { issuesData, runSync, startSync } from '@sprint-reports/issues';
import { openCliRuntime } from './cli-runtime.ts';
import { progressLine, type RunProgress } from './sync-progress-line.ts';

const { values } = parseArgs({ options: { connection: { type: 'string' }, full: { type: 'boolean', default: false } } });
if (!values.connection) {
  console.error('Usage: npm run sync -- --connection <connection id> [--full]');
  process.exit(2);
}
// Jobs this command queues (analysis refreshes) run here.
const { database, runtime } = await openCliRuntime();
// The command names a connection, not a tenant: found across tenants, then read in its tenant's scope.
const connection = await asSystem(database.db, (tx) => issuesData.connectionById(tx, values.connection!));
if (!connection) {
  console.error(`No JIRA connection ${values.connection}`);
  await database.close();
  process.exit(1);
}
const run = await startSync(runtime, connection.tenantId, connection.id, values.full || !connection.lastSyncedAt, { enqueue: false });
console.log(`${run.full ? 'Full' : 'Incremental'} sync of ${connection.name} (${connection.baseUrl}), run ${run.id}`);

// The line is ours (progressLine): a run whose total JIRA would not count shows counts, not a bar.
const bar = new SingleBar(
  { format: (_options, _params, payload: { run: RunProgress }) => progressLine(payload.run), hideCursor: true },
  Presets.shades_classic,
);
bar.start(1, 0, { run: { phase: 'starting', issuesSynced: 0, issuesTotal: null, pages: 0 } satisfies RunProgress });
const controller = new AbortController();
process.once('SIGINT', () => controller.abort(new Error('interrupted')));
const poll = setInterval(async () => {
  const r = await withTenant(database.db, connection.tenantId, (tx) => issuesData.syncRunById(tx, run.id));
  if (r) bar.update(r.issuesSynced, { run: r });
}, 250);
const done = await runSync(runtime, run.id, controller.signal);
clearInterval(poll);
if (done && (done.status === 'RUNNING' || done.status === 'QUEUED')) {
  bar.stop();
  console.error(`Run ${run.id} is being run by another process (${done.owner ?? 'unknown'}); follow it with the syncRun query.`);
  await closeRuntime(runtime);
  await database.close();
  process.exit(1);
}
await runtime.jobs.idle();
if (done?.status === 'SUCCEEDED') bar.update(done.issuesSynced, { run: done });
bar.stop();
console.log(
  done
    ? `${done.status}: ${done.issuesSynced} issues, ${done.sprintsSynced} sprints, ${done.boardsSynced} boards, ${done.issuesDeleted} deleted, ${done.pages} pages` +
        (done.errors.length ? `\n${done.errors.join('\n')}` : '') +
        (done.warnings.length ? `\n${done.warnings.length} warnings, e.g. ${done.warnings[0]}` : '')
    : 'The run is gone',
);
await closeRuntime(runtime);
await database.close();
process.exit(done?.status === 'SUCCEEDED' ? 0 : 1);
