/**
 * `npm start`: the product in one process (router/src/run.ts) with the demo. With no environment:
 * PGlite under DATA_DIR (./.data), the demo tenant synced on first start from a JIRA simulator in
 * this process, router at http://localhost:4000/graphql. SEED_DEMO=false runs the product alone, as
 * router/src/main.ts does. The demo without SMTP_URL catches its email in this process (demo-mail.ts).
 */
import { createLogger, loadConfigOrExit, seedDemo } from '@sprint-reports/core';
import { runProduct } from '@sprint-reports/router';
import { demoSignupMode } from './demo.ts';
import { withDemoMail } from './demo-mail.ts';
import { demoExtension } from './start.ts';

const seed = seedDemo();
const loaded = loadConfigOrExit();
const log = createLogger(loaded.logLevel);
if (seed) {
  // The demo's reports are emailed to a sink in this process: schedules and "Send now" work, and nothing leaves the machine.
  const demo = await withDemoMail(demoSignupMode(loaded), log);
  await runProduct({
    config: demo.config,
    log,
    extension: demoExtension(),
    emailNote: demo.sink
      ? "Email is caught by the demo's local mail sink: each report email is logged here, nothing leaves the machine (set SMTP_URL to really send)"
      : undefined,
    onStop: () => demo.sink?.close() ?? Promise.resolve(),
  });
} else {
  await runProduct({ config: loaded, log });
}
