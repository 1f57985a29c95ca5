/**
 * `npm run report -- --sprint <id> | --board <id> | --team <id> [--kind K] [--format F] [--from D]
 * [--to D] [--last N] [--out <file or folder>] [--tenant <id or slug>]`: generates one report in
 * this process, with a progress bar, over the same database `npm start` uses (DATABASE_URL, else
 * PGlite in DATA_DIR, which only one process may open: stop `npm start` first), and writes its file.
 *
 * The report is asked for through the reports subgraph's own generateReport (the same checks as
 * the API, as our service) and made by its job, run here in-process; the document cache applies
 * (the same request on unchanged data writes the stored file, "cached"). The kind follows from what
 * is named (sprint: SPRINT, board: VELOCITY, team: --kind VELOCITY, CAPACITY or HISTORY); the
 * format defaults to PDF; the file goes to --out (a folder: the report's own file name in it),
 * else to the report's file name in the current folder. The tenant: --tenant, or the only one.
 * Exit code 0 when the report is READY, 1 when it failed or was refused, 2 for usage errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { asSystem, closeRuntime, isUuid, withTenant } from '@sprint-reports/core';
import { GENERATE_JOB, reportsData, runReport } from '@sprint-reports/reports';
import { usersData } from '@sprint-reports/users';
import { openCliRuntime, parseCliOptions, usageError } from './cli-runtime.ts';
import { GenerateReportDocument, type ReportFormat, type ReportKind } from './remote/__generated__/reports.ts';

const KINDS: string[] = ['SPRINT', 'VELOCITY', 'CAPACITY', 'HISTORY'] satisfies ReportKind[];
const FORMATS: string[] = ['JSON', 'CSV', 'MARKDOWN', 'HTML', 'PDF'] satisfies ReportFormat[];
const USAGE = `Usage: npm run report -- --sprint <id> | --board <id> | --team <id> [options]
  --kind K        SPRINT (with --sprint), VELOCITY (--board, or --team), CAPACITY or HISTORY (--team)
  --format F      ${FORMATS.join(', ')} (default PDF)
  --from, --to    CAPACITY and HISTORY: the range, YYYY-MM-DD (default: the 90 days up to today)
  --last N        VELOCITY: how many closed sprints (default 7)
  --out PATH      the file to write, or a folder for the report's own file name (default: here)
  --tenant T      the tenant's id or slug (default: the only tenant)`;

function usage(message: string): never {
  return usageError(message, USAGE);
}

const values = parseCliOptions(
  {
    sprint: { type: 'string' },
    board: { type: 'string' },
    team: { type: 'string' },
    kind: { type: 'string' },
    format: { type: 'string', default: 'PDF' },
    from: { type: 'string' },
    to: { type: 'string' },
    last: { type: 'string' },
    out: { type: 'string' },
    tenant: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  USAGE,
);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const named = (['sprint', 'board', 'team'] as const).filter((k) => values[k]);
if (named.length !== 1) usage('Name one of --sprint, --board or --team.');
const kind = (values.kind ?? { sprint: 'SPRINT', board: 'VELOCITY', team: '' }[named[0]]).toUpperCase();
if (!kind) usage('With --team, say which report: --kind VELOCITY, CAPACITY or HISTORY.');
if (!KINDS.includes(kind)) usage(`--kind is one of ${KINDS.join(', ')}, not "${values.kind}".`);
const format = values.format.toUpperCase();
if (!FORMATS.includes(format)) usage(`--format is one of ${FORMATS.join(', ')}, not "${values.format}".`);
const last = values.last === undefined ? undefined : Number(values.last);
if (last !== undefined && !Number.isInteger(last)) usage(`--last is a whole number, not "${values.last}".`);
// The API checks the rest (ids, dates, what each kind needs) and says what is wrong.
const input = {
  kind: kind as ReportKind,
  format: format as ReportFormat,
  sprintId: values.sprint,
  boardId: values.board,
  teamId: values.team,
  from: values.from,
  to: values.to,
  last,
};

// The report's job runs here; it is the only job this command runs (emails the report may have waiting are left to the server).
const { database, runtime } = await openCliRuntime();
runtime.jobs.handle<{ tenantId: string; reportId: string }>(GENERATE_JOB, ({ tenantId, reportId }) => runReport(runtime, tenantId, reportId));

async function exit(code: number): Promise<never> {
  await closeRuntime(runtime);
  await database.close();
  process.exit(code);
}

// The command names a sprint, board or team, not a tenant: the tenant is named, or the only one.
const tenants = await asSystem(database.db, (tx) => usersData.allTenants(tx));
const tenant = values.tenant
  ? tenants.find((t) => t.slug === values.tenant || (isUuid(values.tenant) && t.id === values.tenant))
  : tenants.length === 1
    ? tenants[0]
    : undefined;
if (!tenant) {
  const known = tenants.map((t) => `${t.slug} (${t.id})`).join(', ') || 'none';
  console.error(values.tenant ? `No tenant "${values.tenant}". Tenants: ${known}` : `Say which tenant with --tenant <id or slug>. Tenants: ${known}`);
  await exit(values.tenant || tenants.length ? 2 : 1);
}
const tenantId = tenant!.id;

let reportId: string;
try {
  ({
    generateReport: { id: reportId },
  } = await runtime.client.execute('reports', tenantId, GenerateReportDocument, { input }));
} catch (err) {
  console.error((err as Error).message.replace(/^reports subgraph: /, ''));
  await exit(1);
}
console.log(`${kind} report as ${format} for ${tenant!.name}: report ${reportId!}`);

const readRow = async () => (await withTenant(database.db, tenantId, (tx) => reportsData.reportsByIds(tx, tenantId, [reportId])))[0];
const bar = new SingleBar({ format: '{bar} {percentage}% | {status}', hideCursor: true }, Presets.shades_classic);
bar.start(100, 0, { status: 'QUEUED' });
process.once('SIGINT', () => {
  bar.stop();
  console.error('Interrupted: the report stays unfinished (a server picks it up again when it runs its job).');
  void exit(130);
});
const poll = setInterval(async () => {
  const row = await readRow().catch(() => undefined);
  if (row) bar.update(Math.round(row.progress * 100), { status: row.status });
}, 200);
await runtime.jobs.idle();
clearInterval(poll);
const row = await readRow();
bar.update(Math.round((row?.progress ?? 0) * 100), { status: row?.status ?? 'gone' });
bar.stop();

if (row?.status !== 'READY' || !row.documentId) {
  console.error(`${row?.status ?? 'The report is gone'}${row?.error ? `: ${row.error}` : ''}`);
  await exit(1);
}
const document = await withTenant(database.db, tenantId, (tx) => reportsData.documentById(tx, tenantId, row!.documentId!));
if (!document) {
  console.error(`Report ${reportId!} is READY but its document is gone`);
  await exit(1);
}
const out = values.out
  ? fs.existsSync(values.out) && fs.statSync(values.out).isDirectory()
    ? path.join(values.out, document!.fileName)
    : values.out
  : document!.fileName;
fs.writeFileSync(out, document!.content);
const size = document!.content.length;
console.log(
  `${path.resolve(out)}: ${size < 1024 ? `${size} bytes` : `${(size / 1024).toFixed(1)} KB`}, ${document!.contentType}${row!.cached ? ', cached (the same report on the same data was made before)' : ''}`,
);
await exit(0);
