import { jiraSimPort, signupModeChosen, withTenant, type Config, type Database, type Logger, type Runtime } from '@sprint-reports/core';
import {
  DEMO_ACCOUNTS,
  DEMO_CONNECTION_ID,
  DEMO_PASSWORD,
  DEMO_TENANT_ID,
  demoOptions,
  generateDataset,
  seedDemoAccounts,
  seedPeople,
} from '@sprint-reports/demo-data';
import { createConnection, issuesData, queueRun, runSync, setConnectionFields } from '@sprint-reports/issues';
import { DEFAULT_CLOUD_AUTH, siteFromDataset, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { usersData } from '@sprint-reports/users';
import { SetBoardTeamDocument } from './remote/__generated__/sprints.ts';

/**
 * The demo is for trying the product out: where the operator has not chosen (SIGNUP_MODE unset),
 * anyone may sign up an organisation beside the demo's. Without the demo the default stays
 * invite-only (loadConfig); a SIGNUP_MODE the operator sets always wins.
 */
export function demoSignupMode(config: Config, env?: NodeJS.ProcessEnv): Config {
  return signupModeChosen(env) ? config : { ...config, signupMode: 'open' };
}

/**
 * The demo of `npm start`: a JIRA Cloud simulator in this process serves the demo dataset, and the
 * demo tenant is filled by really syncing from it, so the demo runs the product's real path. The
 * people side (users, teams, capacity) is not JIRA's and is written directly. The dataset is laid
 * out around the moment of the first start (kept as the connection's creation time), so every start
 * serves the same site and scheduled syncs find it unchanged. The tenant row, written last, marks
 * the demo complete; an interrupted first start redoes the idempotent steps and resumes the sync.
 */
export async function startDemo(runtime: Runtime, log: Logger, opts: { now?: Date } = {}): Promise<{ sim: JiraSim; synced: boolean }> {
  const { db } = runtime;
  // The demo tenant's rows are read and written in its scope, as the application role may.
  const inDemo = <T>(fn: (tx: Database) => Promise<T>) => withTenant(db, DEMO_TENANT_ID, fn);
  const existing = await inDemo((tx) => issuesData.connectionById(tx, DEMO_CONNECTION_ID));
  const now = existing?.createdAt ?? opts.now ?? new Date();
  const ds = generateDataset(demoOptions(now));
  const sim = await startJiraSim({ site: siteFromDataset(ds), flavor: 'CLOUD', port: jiraSimPort() });
  // The simulator listens on this machine, which tenants' connections may not reach: its origin alone is let through.
  runtime.outgoing.trust(sim.url);
  try {
    if (existing) await inDemo((tx) => setConnectionFields(tx, existing.id, { baseUrl: sim.url }));
    if (await inDemo((tx) => usersData.tenantExists(tx, DEMO_TENANT_ID))) {
      // Also for a demo made before sign-in existed; logs the demo sign-in either way.
      await seedDemoAccounts(db, ds, { log, passwordHashCost: runtime.config.passwordHashCost });
      return { sim, synced: false };
    }

    log.info({ jira: sim.url }, 'First start: syncing the demo data from the bundled JIRA simulator');
    await seedPeople(db, ds);
    await seedDemoAccounts(db, ds, { log, passwordHashCost: runtime.config.passwordHashCost });
    const connection =
      existing ??
      (await createConnection(
        runtime,
        DEMO_TENANT_ID,
        // No scheduled syncs: the simulator's site never changes, and it lives only in this process.
        {
          name: 'Demo JIRA (simulator)',
          baseUrl: sim.url,
          flavor: 'CLOUD',
          email: DEFAULT_CLOUD_AUTH.email,
          apiToken: DEFAULT_CLOUD_AUTH.apiToken,
          syncIntervalMinutes: 0,
        },
        { id: DEMO_CONNECTION_ID, createdAt: now },
      ));
    const { run } = await inDemo((tx) => queueRun(tx, DEMO_TENANT_ID, connection.id, true));
    let done = await runSync(runtime, run.id);
    // An interrupted first start's run may be resumed by a job of this process or another's: wait for it.
    while (done && (done.status === 'RUNNING' || done.status === 'QUEUED')) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      done = await inDemo((tx) => issuesData.syncRunById(tx, run.id));
    }
    if (done?.status !== 'SUCCEEDED') throw new Error(`The demo sync ended ${done?.status}: ${done?.errors.join('; ')}`);
    for (const board of ds.boards) {
      await runtime.client.execute('sprints', DEMO_TENANT_ID, SetBoardTeamDocument, { boardId: board.id, teamId: board.teamId });
    }
    await inDemo((tx) => usersData.upsertTenant(tx, ds.tenant));
    log.info({ issues: done.issuesSynced, sprints: done.sprintsSynced, boards: done.boardsSynced }, 'Synced the demo data');
    return { sim, synced: true };
  } catch (err) {
    await sim.close();
    throw err;
  }
}

const LOGIN = /* GraphQL */ `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const FUTURE_SPRINTS = /* GraphQL */ `{ boards { sprints { id name state } } }`;
const GENERATE_QUEUE = /* GraphQL */ `mutation($sprintId: ID!) { generateQueue(sprintId: $sprintId) { id items { position } } }`;

/**
 * The demo's first start, once the router serves: the demo manager signs in and generates the
 * queue of every future sprint through the supergraph, as a lead would, so the dashboard shows a
 * plan out of the box. A failure is logged and leaves the demo usable (a manager can generate
 * one any time).
 */
export async function planDemoQueues(url: string, log: Logger): Promise<number> {
  const manager = DEMO_ACCOUNTS.find((a) => a.role === 'MANAGER')!;
  const post = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
    return body.data;
  };
  try {
    const { login } = await post<{ login: { accessToken: string } }>(LOGIN, { email: manager.email, password: DEMO_PASSWORD });
    const { boards } = await post<{ boards: { sprints: { id: string; name: string; state: string }[] }[] }>(FUTURE_SPRINTS, {}, login.accessToken);
    const future = boards.flatMap((b) => b.sprints.filter((s) => s.state === 'FUTURE'));
    for (const sprint of future) {
      const { generateQueue } = await post<{ generateQueue: { items: unknown[] } }>(GENERATE_QUEUE, { sprintId: sprint.id }, login.accessToken);
      log.info({ sprint: sprint.name, items: generateQueue.items.length }, "Planned the demo sprint's queue as the demo manager");
    }
    return future.length;
  } catch (err) {
    log.warn({ err }, "Could not plan the demo's future sprints; a manager can generate their queues (generateQueue)");
    return 0;
  }
}
