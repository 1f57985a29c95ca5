/**
 * `npm run demo:figures [-- --now 2026-03-11T12:00:00Z]`: starts the whole product as `npm start`
 * does with no environment (PGlite in a fresh temporary folder, removed afterwards; the demo
 * synced from its JIRA simulator) and prints, signed in as the demo manager, the figures a lead
 * would judge the demo by: per closed sprint its commitment, completed points, capacity and
 * utilisation (completed ÷ capacity), the active sprint's progress against the working-days
 * guideline, and each future sprint's queue.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '@sprint-reports/core';
import { demoFigures, formatDemoFigures } from '@sprint-reports/testing';
import { startWithDemo } from '@sprint-reports/demo';

const { values } = parseArgs({ options: { now: { type: 'string' } } });
const now = values.now ? new Date(values.now) : new Date();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-reports-demo-'));
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: dataDir });
const app = await startWithDemo(config, { now, port: 0, host: '127.0.0.1' });
try {
  const figures = await demoFigures(`http://127.0.0.1:${app.router.port}/graphql`, now);
  console.log(formatDemoFigures(figures));
} finally {
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
