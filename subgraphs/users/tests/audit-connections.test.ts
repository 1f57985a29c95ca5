import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ANONYMOUS, executeInProcess, startSubgraphs, type Identity, type Runtime } from '@sprint-reports/core';
import { DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { createTestDatabase, simSite, testRuntime } from '@sprint-reports/testing';
import { SIGN_UP, identityOf, type Result } from './harness.ts';

/**
 * The audit log as other subgraphs write it: JIRA connections created, changed and deleted by an
 * admin (issues subgraph, through core's audit()), with the admin as actor and no secret in sight.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let runtime: Runtime;
let sim: JiraSim;
let admin: Identity;

const run = (name: 'users' | 'issues', query: string, variables: Record<string, unknown>, identity: Identity) =>
  executeInProcess(runtime.local.get(name)!, identity, query, variables) as Promise<Result>;
const ok = async (name: 'users' | 'issues', query: string, variables: Record<string, unknown> = {}, identity = admin) => {
  const result = await run(name, query, variables, identity);
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.data!;
};

beforeAll(async () => {
  database = await createTestDatabase();
  runtime = testRuntime(database);
  await startSubgraphs(runtime);
  sim = await startJiraSim({ site: simSite('audit', 3, { members: 3, sprints: 2, issuesPerSprint: 5, issues: 12 }), flavor: 'CLOUD' });
  const data = await run(
    'users',
    SIGN_UP,
    { input: { tenantName: 'Audit Corp', email: 'root@audit.test', password: 'long enough', displayName: 'Root' } },
    ANONYMOUS,
  );
  admin = identityOf(data.data!.signUp.accessToken);
});
afterAll(async () => {
  await sim?.close();
  await runtime?.jobs.close();
  await database?.close();
});

describe('audit of JIRA connections', () => {
  test('create, update and delete are recorded with the admin as actor; tokens never appear; a refused change records nothing', async () => {
    const input = {
      name: 'Acme JIRA',
      baseUrl: sim.url,
      flavor: 'CLOUD',
      email: DEFAULT_CLOUD_AUTH.email,
      apiToken: DEFAULT_CLOUD_AUTH.apiToken,
      syncIntervalMinutes: 0,
    };
    const { createJiraConnection: connection } = await ok(
      'issues',
      `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`,
      { input },
    );
    await ok('issues', `mutation($id: ID!, $input: UpdateJiraConnectionInput!) { updateJiraConnection(id: $id, input: $input) { id } }`, {
      id: connection.id,
      input: { name: 'Acme', apiToken: DEFAULT_CLOUD_AUTH.apiToken },
    });
    const refused = await run(
      'issues',
      `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`,
      { input: { ...input, apiToken: 'wrong-token' } },
      admin,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await ok('issues', `mutation($id: ID!) { deleteJiraConnection(id: $id) }`, { id: connection.id });

    const { auditLog } = await ok('users', `{ auditLog(limit: 3) { action actor { id } actorEmail targetType targetId details } }`);
    expect(auditLog.map((e: { action: string }) => e.action)).toEqual(['jira_connection.deleted', 'jira_connection.updated', 'jira_connection.created']);
    for (const entry of auditLog) {
      expect(entry).toMatchObject({
        actor: { id: (admin as { userId: string }).userId },
        actorEmail: 'root@audit.test',
        targetType: 'JiraConnection',
        targetId: connection.id,
      });
      expect(entry.details).not.toContain(DEFAULT_CLOUD_AUTH.apiToken);
    }
    expect(JSON.parse(auditLog[2].details)).toEqual({ name: 'Acme JIRA', baseUrl: sim.url, flavor: 'CLOUD', webhookSigning: 'REQUIRED' });
    expect(JSON.parse(auditLog[1].details)).toEqual({ name: 'Acme', changed: ['name', 'apiToken'] });
    expect(JSON.parse(auditLog[0].details)).toEqual({ name: 'Acme' });
  });
});

describe('audit of webhook security', () => {
  test('rotating the webhook secret and turning signing off and on are recorded, without the secret', async () => {
    const input = {
      name: 'Signed JIRA',
      baseUrl: sim.url,
      flavor: 'CLOUD',
      email: DEFAULT_CLOUD_AUTH.email,
      apiToken: DEFAULT_CLOUD_AUTH.apiToken,
      syncIntervalMinutes: 0,
    };
    const { createJiraConnection: connection } = await ok(
      'issues',
      `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id webhookSecret } }`,
      { input },
    );
    const { rotateJiraWebhookSecret: rotated } = await ok('issues', `mutation($id: ID!) { rotateJiraWebhookSecret(connectionId: $id) { webhookSecret } }`, {
      id: connection.id,
    });
    const signing = (value: string) =>
      ok('issues', `mutation($id: ID!, $input: UpdateJiraConnectionInput!) { updateJiraConnection(id: $id, input: $input) { webhookSigning } }`, {
        id: connection.id,
        input: { webhookSigning: value },
      });
    await signing('OFF');
    await signing('OFF'); // no change: no signing entry
    await signing('REQUIRED');

    const { auditLog } = await ok('users', `{ auditLog(limit: 6) { action actorEmail targetId details } }`);
    expect(auditLog.map((e: { action: string }) => e.action)).toEqual([
      'jira_connection.webhook_signing_changed',
      'jira_connection.updated',
      'jira_connection.updated',
      'jira_connection.webhook_signing_changed',
      'jira_connection.updated',
      'jira_connection.webhook_secret_rotated',
    ]);
    expect(JSON.parse(auditLog[3].details)).toEqual({ name: 'Signed JIRA', from: 'REQUIRED', to: 'OFF' });
    expect(JSON.parse(auditLog[0].details)).toEqual({ name: 'Signed JIRA', from: 'OFF', to: 'REQUIRED' });
    expect(JSON.parse(auditLog[5].details)).toEqual({ name: 'Signed JIRA' });
    for (const entry of auditLog) {
      expect(entry).toMatchObject({ actorEmail: 'root@audit.test', targetId: connection.id });
      for (const secret of [connection.webhookSecret, rotated.webhookSecret]) expect(entry.details).not.toContain(secret);
    }
  });
});
