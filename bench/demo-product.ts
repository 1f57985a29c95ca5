/**
 * The product as `npm start` runs it, for the scripts that look at the web app in Chromium
 * (`npm run bench:app`, `npm run screenshots`): the GraphiQL and web app bundles built if needed,
 * then `node --import tsx tools/demo/src/main.ts` (one pid) with no database configured: PGlite in a
 * fresh temporary DATA_DIR (removed at stop), the demo synced from its JIRA simulator on this
 * first start, listening on 127.0.0.1 on a free port.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEMO_MANAGER = { email: 'manager@demo.test', password: 'demo' };

export interface DemoProduct {
  pid: number;
  /** The web app, e.g. http://127.0.0.1:41234/ */
  appUrl: string;
  /** The GraphQL endpoint. */
  url: string;
  startupMs: number;
  stop(): Promise<void>;
}

/** `npm start`'s first steps: the bundles, each skipped when up to date. Prints their lines (the app's initial size). */
export function buildBundles() {
  for (const script of ['router/graphiql/build.mjs', 'app/build.mjs']) {
    const run = spawnSync(process.execPath, [script], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`node ${script} failed (exit ${run.status})`);
  }
}

/** Starts the product with the demo and resolves once it logs "Sprint Reports is running: open <url>". */
export function startDemoProduct(extraEnv: Record<string, string> = {}): Promise<DemoProduct> {
  const started = performance.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-reports-app-'));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATABASE_URL: '',
    REDIS_URL: '',
    SEED_DEMO: 'true',
    ...extraEnv,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/demo/src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const recent: string[] = [];
  return new Promise((resolve, reject) => {
    let ready = false;
    const fail = (why: string) => {
      if (ready) return;
      ready = true;
      void stop().then(() => reject(new Error(`${why}\n${recent.join('\n')}`)));
    };
    const timer = setTimeout(() => fail('the product did not start within 10 minutes'), 600_000);
    const onLine = (line: string) => {
      recent.push(line.slice(0, 300));
      if (recent.length > 30) recent.shift();
      const url = /is running: open (http:\/\/\S+?) in a browser/.exec(line)?.[1];
      if (!url || ready) return;
      ready = true;
      clearTimeout(timer);
      // It prints "localhost"; it listens on HOST, 127.0.0.1, which "localhost" may not resolve to first.
      const port = new URL(url).port;
      resolve({ pid: child.pid!, appUrl: `http://127.0.0.1:${port}/`, url: `http://127.0.0.1:${port}/graphql`, startupMs: performance.now() - started, stop });
    };
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (text: string) => {
        const lines = (rest + text).split('\n');
        rest = lines.pop()!;
        lines.forEach(onLine);
      });
    }
    void exited.then(() => fail(`the product exited (code ${child.exitCode}) before it was ready`));
  });
}

/** Fills in the sign-in form of the page (already on /sign-in) as the demo manager, without submitting. */
export async function fillSignIn(page: Page, account = DEMO_MANAGER) {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
}

/** GraphQL over HTTP; throws on errors. */
export async function gql<T>(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
  return body.data;
}

/** The demo's boards and each one's active sprint, as the demo manager sees them. */
export async function demoBoards(url: string): Promise<{ id: string; name: string; activeSprintId: string | null }[]> {
  const { login } = await gql<{ login: { accessToken: string } }>(
    url,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: DEMO_MANAGER.email, p: DEMO_MANAGER.password },
  );
  const { boards } = await gql<{ boards: { id: string; name: string; sprints: { id: string; state: string }[] }[] }>(
    url,
    login.accessToken,
    '{ boards { id name sprints { id state } } }',
  );
  return boards.map((b) => ({ id: b.id, name: b.name, activeSprintId: b.sprints.filter((s) => s.state === 'ACTIVE').at(-1)?.id ?? null }));
}
