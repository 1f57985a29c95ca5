/**
 * `npm start`: everything in one process. With no environment: PGlite under DATA_DIR (./.data),
 * demo data seeded on first start, router at http://localhost:4000/graphql. Set DATABASE_URL for
 * PostgreSQL, and <NAME>_SUBGRAPH_URL for subgraphs that run as their own processes. The demo
 * without SMTP_URL catches its email in this process (demo-mail.ts).
 */
import { createLogger, loadConfigOrExit, seedDemo, signupModeChosen, type Config } from '@sprint-reports/core';
import { smtpServerOf } from '@sprint-reports/reports';
import { demoSignupMode } from './demo.ts';
import { withDemoMail } from './demo-mail.ts';
import { startEmbedded } from './embedded.ts';

const loaded = loadConfigOrExit();
const seed = seedDemo();
const log = createLogger(loaded.logLevel);
// The demo's reports are emailed to a sink in this process: schedules and "Send now" work, and nothing leaves the machine.
const demo = seed ? await withDemoMail(demoSignupMode(loaded), log) : null;
const config: Config = demo?.config ?? loaded;
const demoMail = demo?.sink;
const started = Date.now();
let app: Awaited<ReturnType<typeof startEmbedded>> | undefined;

// Installed before start-up: Ctrl-C while seeding is safe (the seed is one transaction).
let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'Stopping');
  await app?.stop();
  await demoMail?.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

app = await startEmbedded(config, { log, seed }).catch((err: Error) => {
  log.fatal(err.message);
  process.exit(1);
});
log.info(
  { database: app.database.kind, dataDir: app.database.kind === 'pglite' ? config.dataDir : undefined, startupMs: Date.now() - started },
  `Sprint Reports is running: open ${app.router.appUrl} in a browser (GraphiQL at ${app.router.url}). Ctrl-C stops it.`,
);
// Sign-up is decided by the process that runs the users subgraph: this one, unless it runs elsewhere.
if (app.runtime.local.has('users')) {
  if (config.signupMode === 'open') {
    const why = signupModeChosen() ? 'SIGNUP_MODE=open' : "the demo's default; SIGNUP_MODE=invite or sso closes it";
    log.info({ signupMode: config.signupMode }, `Sign-up is open: anyone can create an organisation with signUp (${why})`);
  } else {
    log.info({ signupMode: config.signupMode }, `Sign-up is closed (SIGNUP_MODE=${config.signupMode}): admins add people, operators create organisations with npm run create-tenant`);
  }
}
// Reports are emailed by the process that runs the reports subgraph: this one, unless it runs elsewhere.
if (app.runtime.local.has('reports')) {
  const smtp = smtpServerOf(config);
  if (demoMail) log.info({ smtp }, "Email is caught by the demo's local mail sink: each report email is logged here, nothing leaves the machine (set SMTP_URL to really send)");
  else if (smtp) log.info({ smtp, from: config.mailFrom }, 'Email is on: reports are sent through SMTP_URL');
  else log.info('Email is off: set SMTP_URL (e.g. smtp://user:pass@mail.example.com:587) to email reports; emailReport and createReportSchedule answer PRECONDITION_FAILED until then');
}
