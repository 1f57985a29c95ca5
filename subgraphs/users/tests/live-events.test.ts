import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createEventBus, createLogger, executeInProcess, type Identity, type Published } from '@sprint-reports/core';
import { eventRecorder, testRuntime } from '@sprint-reports/testing';
import { subgraph } from '../src/index.ts';
import { codeOf, signUpTenant, useUsersSubgraph } from './harness.ts';

/**
 * A team's members make its capacity: adding, changing (discipline, allocation) and removing a
 * member announce TEAM_MEMBERS_CHANGED for the team (the router tells capacityUpdated subscribers of
 * every sprint of the team), once the change commits. The users subgraph alone in its process, events on its in-process bus.
 */
const h = useUsersSubgraph();

const CREATE_USER = /* GraphQL */ `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_TEAM = /* GraphQL */ `mutation($name: String!) { createTeam(name: $name) { id } }`;
const ADD_MEMBER = /* GraphQL */ `mutation($t: ID!, $u: ID!, $d: String!, $a: Int! = 100) { addTeamMember(teamId: $t, userId: $u, discipline: $d, allocationPercent: $a) { id } }`;
const UPDATE_MEMBER = /* GraphQL */ `mutation($t: ID!, $u: ID!, $input: UpdateTeamMemberInput!) { updateTeamMember(teamId: $t, userId: $u, input: $input) { id } }`;
const REMOVE_MEMBER = /* GraphQL */ `mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) }`;

let people = 0;
async function setUp() {
  const { admin, tenantId } = await signUpTenant(h);
  const user = async () =>
    (await h.ok(CREATE_USER, { input: { email: `live${++people}@users.test`, displayName: `Person ${people}` } }, admin)).createUser.id as string;
  const team = (await h.ok(CREATE_TEAM, { name: `Team ${people}` }, admin)).createTeam.id as string;
  return { admin, tenantId, team, user };
}

describe('TEAM_MEMBERS_CHANGED and ACCESS_CHANGED from memberships and users', () => {
  test('a member added, their allocation or discipline changed, and removed: the team, every sprint', async () => {
    const { admin, tenantId, team, user } = await setUp();
    const [ann, ben] = [await user(), await user()];
    const events = eventRecorder(h.runtime);
    const expected = [{ type: 'TEAM_MEMBERS_CHANGED', tenantId, teamId: team, at: expect.any(Number) }];
    // A team role is access: routers forget what they knew of Ann's (her older tokens stop working).
    const access = { type: 'ACCESS_CHANGED', tenantId, userId: ann, at: expect.any(Number) };

    await h.ok(ADD_MEMBER, { t: team, u: ann, d: 'Backend' }, admin);
    expect(await events.take()).toEqual([access, ...expected]);
    await h.ok(UPDATE_MEMBER, { t: team, u: ann, input: { allocationPercent: 50 } }, admin);
    expect(await events.take()).toEqual(expected);
    await h.ok(UPDATE_MEMBER, { t: team, u: ann, input: { discipline: 'QA' } }, admin);
    expect(await events.take()).toEqual(expected);
    // A team role is no capacity, but access.
    await h.ok(UPDATE_MEMBER, { t: team, u: ann, input: { role: 'MANAGER' } }, admin);
    expect(await events.take()).toEqual([access]);
    expect(await h.ok(REMOVE_MEMBER, { t: team, u: ann }, admin)).toEqual({ removeTeamMember: true });
    expect(await events.take()).toEqual([access, ...expected]);
    // Not a member (any more): nothing changed.
    expect(await h.ok(REMOVE_MEMBER, { t: team, u: ben }, admin)).toEqual({ removeTeamMember: false });
    expect(await events.take()).toEqual([]);
    events.stop();
  });

  test("a user's role changed, disabled or enabled: ACCESS_CHANGED; their name changed: nothing", async () => {
    const { admin, tenantId, user } = await setUp();
    const ann = await user();
    const events = eventRecorder(h.runtime);
    const access = [{ type: 'ACCESS_CHANGED', tenantId, userId: ann, at: expect.any(Number) }];
    const update = (input: Record<string, unknown>) =>
      h.ok(`mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`, { id: ann, input }, admin);
    await update({ role: 'MANAGER' });
    expect(await events.take()).toEqual(access);
    await update({ disabled: true });
    expect(await events.take()).toEqual(access);
    await update({ disabled: false });
    expect(await events.take()).toEqual(access);
    await update({ displayName: 'Ann Other', role: 'MANAGER' });
    expect(await events.take()).toEqual([]);
    events.stop();
  });

  test('refused changes announce nothing', async () => {
    const { admin, team, user } = await setUp();
    const ann = await user();
    const other = (await h.ok(CREATE_TEAM, { name: `Other ${people}` }, admin)).createTeam.id as string;
    await h.ok(ADD_MEMBER, { t: other, u: ann, d: 'Backend', a: 80 }, admin);
    const events = eventRecorder(h.runtime);
    expect(codeOf(await h.run(ADD_MEMBER, { t: team, u: ann, d: 'Backend', a: 30 }, admin))).toBe('BAD_USER_INPUT'); // 110 %
    expect(codeOf(await h.run(ADD_MEMBER, { t: team, u: ann, d: 'Astrology' }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.run(UPDATE_MEMBER, { t: other, u: ann, input: { allocationPercent: 101 } }, admin))).toBe('BAD_USER_INPUT');
    const viewer: Identity = { ...admin, role: 'VIEWER', teams: {} };
    expect(codeOf(await h.run(ADD_MEMBER, { t: team, u: ann, d: 'Backend', a: 10 }, viewer))).toBe('FORBIDDEN');
    expect(await events.take()).toEqual([]);
    events.stop();
  });
});

describe.skipIf(!process.env.REDIS_URL)('on Redis', () => {
  test("a membership change reaches another process's bus through the stream, once it commits", async () => {
    const log = createLogger('silent');
    const prefix = `sr-test-live-users-${randomUUID()}`;
    // This process publishes on its bus; "another router" reads the same stream with its own.
    const runtime = testRuntime(h.database, { modules: [subgraph] });
    runtime.events = createEventBus({ redisUrl: process.env.REDIS_URL, log, prefix });
    const router = createEventBus({ redisUrl: process.env.REDIS_URL, log, prefix });
    try {
      const { admin, tenantId, team, user } = await setUp();
      const ann = await user();
      const arrived = new Promise<Published>((resolve) => router.subscribe((e) => e.type === 'TEAM_MEMBERS_CHANGED' && e.teamId === team && resolve(e)));
      await router.ready();
      const result = await executeInProcess({ module: subgraph, runtime }, admin, ADD_MEMBER, { t: team, u: ann, d: 'Backend' });
      expect(result.errors).toBeUndefined();
      await runtime.events.flush();
      expect(await arrived).toEqual({ type: 'TEAM_MEMBERS_CHANGED', tenantId, teamId: team, at: expect.any(Number) });
    } finally {
      await runtime.events.close();
      await router.close();
    }
  });
});
