import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeRuntime, type Runtime } from '@sprint-reports/core';
import type { Dataset } from '@sprint-reports/demo-data';
import { adHoc, createTestDatabase, eventRecorder, seedTenant, smallTeam, testRuntime } from '@sprint-reports/testing';

/**
 * CAPACITY_UPDATED when a team's capacity settings change: its defaults (no sprint), a sprint's
 * settings or a member's days off (that sprint). Published once the change commits. A seeded tenant,
 * every subgraph in this process, events on its in-process bus.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let runtime: Runtime;
let ds: Dataset;
let tenant: string;
let teamId: string;
let sprintId: string;
let recorder: ReturnType<typeof eventRecorder>;
const take = () => recorder.take();

const call = <T = any>(query: string, variables: Record<string, unknown> = {}) => runtime.client.execute('capacity', tenant, adHoc<T>(query), variables);
const updated = (sprint: string | null) => [{ type: 'CAPACITY_UPDATED', tenantId: tenant, teamId, sprintId: sprint, at: expect.any(Number) }];

const SET_TEAM = `mutation($t: ID!, $i: TeamCapacityInput!) { setTeamCapacity(teamId: $t, input: $i) { id } }`;
const SET_SPRINT = `mutation($s: ID!, $i: SprintCapacityInput!) { setSprintCapacity(sprintId: $s, input: $i) { id } }`;
const DAYS_OFF = `mutation($s: ID!, $u: ID!, $d: Float!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: $d) { id } }`;

beforeAll(async () => {
  database = await createTestDatabase();
  ds = await seedTenant(database, 'live-capacity', [smallTeam('Atlas', { sprints: 3, issuesPerSprint: 8, issues: 30 })]);
  tenant = ds.tenant.id;
  teamId = ds.teams[0].id;
  sprintId = ds.sprints.find((s) => s.state === 'FUTURE')!.id;
  runtime = testRuntime(database);
  recorder = eventRecorder(runtime);
});

afterAll(async () => {
  if (runtime) await closeRuntime(runtime);
  await database?.close();
});

describe('CAPACITY_UPDATED', () => {
  test("the team's defaults: the team, no sprint", async () => {
    await take();
    await call(SET_TEAM, { t: teamId, i: { focusFactor: 0.7 } });
    expect(await take()).toEqual(updated(null));
  });

  test("a sprint's settings and a member's days off: that sprint", async () => {
    await take();
    await call(SET_SPRINT, { s: sprintId, i: { focusFactor: 0.6 } });
    expect(await take()).toEqual(updated(sprintId));
    await call(DAYS_OFF, { s: sprintId, u: ds.members.find((m) => m.teamId === teamId)!.userId, d: 1.5 });
    expect(await take()).toEqual(updated(sprintId));
  });

  test('bad input announces nothing', async () => {
    await take();
    const member = ds.members.find((m) => m.teamId === teamId)!.userId;
    await expect(call(SET_TEAM, { t: teamId, i: { focusFactor: 1.5 } })).rejects.toThrow(/at most 1/);
    await expect(call(SET_SPRINT, { s: sprintId, i: { holidays: [{ date: '2026-02-30', name: 'No such day' }] } })).rejects.toThrow(/Not a date/);
    await expect(call(DAYS_OFF, { s: sprintId, u: member, d: -1 })).rejects.toThrow(/cannot be negative/);
    await expect(call(DAYS_OFF, { s: sprintId, u: member, d: 0.3 })).rejects.toThrow(/whole or half days/);
    expect(await take()).toEqual([]);
  });
});
