import { smtpServerOf } from '@sprint-reports/reports';
import { signupModeChosen, type Config, type Logger } from '@sprint-reports/core';
import { startEmbedded, type Embedded, type StartExtension } from './embedded.ts';

/**
 * Runs the product as a process until SIGINT or SIGTERM: everything in this process (startEmbedded),
 * with what it says on the way. Shared by the product's entry (main.ts) and the demo's (tools/demo),
 * which adds its seeding as `extension` and its own line about email (`emailNote`).
 */
export async function runProduct(opts: {
  config: Config;
  log: Logger;
  extension?: StartExtension;
  emailNote?: string;
  onStop?: () => Promise<void>;
}): Promise<void> {
  const { config, log } = opts;
  const started = Date.now();
  let app: Embedded | undefined;

  // Installed before start-up: Ctrl-C while seeding is safe (the seed is one transaction).
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'Stopping');
    await app?.stop();
    await opts.onStop?.();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  app = await startEmbedded(config, { log, extension: opts.extension }).catch((err: Error) => {
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
      log.info(
        { signupMode: config.signupMode },
        `Sign-up is closed (SIGNUP_MODE=${config.signupMode}): admins add people, operators create organisations with npm run create-tenant`,
      );
    }
  }
  // Reports are emailed by the process that runs the reports subgraph: this one, unless it runs elsewhere.
  if (app.runtime.local.has('reports')) {
    const smtp = smtpServerOf(config);
    if (opts.emailNote) log.info({ smtp }, opts.emailNote);
    else if (smtp) log.info({ smtp, from: config.mailFrom }, 'Email is on: reports are sent through SMTP_URL');
    else
      log.info(
        'Email is off: set SMTP_URL (e.g. smtp://user:pass@mail.example.com:587) to email reports; emailReport and createReportSchedule answer PRECONDITION_FAILED until then',
      );
  }
}
