import { DEFAULT_CLOUD_AUTH, DEFAULT_SERVER_AUTH, type JiraSim } from '@sprint-reports/jira-sim';
import type { TestRouter } from './router.ts';

/** What a router test sees of a sync run. */
export interface RouterSyncRun {
  id: string;
  status: string;
  errors: string[];
}

async function data<T>(router: TestRouter, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await router.query<T>(query, variables);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

/**
 * Connects the router's default tenant to a JIRA simulator through the API, with its flavour's
 * credentials and no scheduled syncs (`input` adds or overrides fields: a webhook secret, a name).
 */
export async function connectJiraSim(router: TestRouter, sim: JiraSim, input: Record<string, unknown> = {}): Promise<{ id: string; webhookPath: string }> {
  const auth = sim.flavor === 'CLOUD' ? { email: DEFAULT_CLOUD_AUTH.email, apiToken: DEFAULT_CLOUD_AUTH.apiToken } : { apiToken: DEFAULT_SERVER_AUTH.pat };
  const { createJiraConnection } = await data<{ createJiraConnection: { id: string; webhookPath: string } }>(
    router,
    `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id webhookPath } }`,
    { input: { name: `${sim.flavor} sim`, baseUrl: sim.url, flavor: sim.flavor, syncIntervalMinutes: 0, ...auth, ...input } },
  );
  return createJiraConnection;
}

/** Starts a sync through the API and waits for the job runner to finish it; returns the run. */
export async function syncThroughRouter(router: TestRouter, connectionId: string, full = false): Promise<RouterSyncRun> {
  const { startSync } = await data<{ startSync: { id: string } }>(router, `mutation($c: ID!, $f: Boolean) { startSync(connectionId: $c, full: $f) { id } }`, {
    c: connectionId,
    f: full,
  });
  await router.runtime.jobs.idle();
  return (await data<{ syncRun: RouterSyncRun }>(router, `query($id: ID!) { syncRun(id: $id) { id status errors } }`, { id: startSync.id })).syncRun;
}
