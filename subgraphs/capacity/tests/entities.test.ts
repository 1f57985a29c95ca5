import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, seedTenant, smallTeam, subgraphCaller } from '@sprint-reports/testing';
import type { Dataset } from '@sprint-reports/demo-data';
import { subgraph } from '../src/index.ts';
import { sprintCapacity } from '../src/compute.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let acme: Dataset;
let other: Dataset;
let call: ReturnType<typeof subgraphCaller>;

beforeAll(async () => {
  database = await createTestDatabase();
  acme = await seedTenant(database, 'acme', [smallTeam('Atlas')]);
  other = await seedTenant(database, 'other', [smallTeam('Zeta')]);
  call = subgraphCaller(database, subgraph);
});
afterAll(() => database?.close());

describe('capacity subgraph', () => {
  test('Sprint.capacity from the fields the gateway sends (@requires), with per-sprint overrides', async () => {
    const active = acme.sprints.find((s) => s.state === 'ACTIVE')!;
    const team = acme.teams[0];
    const data = await call(acme.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { capacity { workingDays totalPoints byDiscipline { discipline members availableDays points } } } } }`, {
      r: [
        { __typename: 'Sprint', id: active.id, startDate: active.startDate!.toISOString(), endDate: active.endDate!.toISOString(), team: { id: team.id } },
        { __typename: 'Sprint', id: active.id, startDate: null, endDate: null, team: null },
      ],
    });
    const defaults = acme.capacitySettings.filter((s) => s.sprintId === null);
    const overrides = acme.capacitySettings.filter((s) => s.sprintId === active.id);
    expect(overrides.length).toBeGreaterThan(0);
    const expected = sprintCapacity(active.startDate!, active.endDate!, defaults, overrides);
    expect(data._entities[0].capacity).toEqual({ workingDays: 10, totalPoints: expected.totalPoints, byDiscipline: expected.byDiscipline });
    expect(data._entities[1].capacity).toBeNull();
  });

  test("Team.capacitySettings and CapacitySetting references, never another tenant's", async () => {
    const setting = acme.capacitySettings[0];
    const data = await call(acme.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Team { capacitySettings { id discipline } }
      ... on CapacitySetting { id discipline allocationPercent focusFactor user { id } team { id } } } }`, {
      r: [
        { __typename: 'Team', id: acme.teams[0].id },
        { __typename: 'CapacitySetting', id: setting.id },
        { __typename: 'CapacitySetting', id: other.capacitySettings[0].id },
        { __typename: 'Team', id: other.teams[0].id },
      ],
    });
    expect(data._entities[0].capacitySettings).toHaveLength(5);
    expect(data._entities[1]).toEqual({ id: setting.id, discipline: setting.discipline, allocationPercent: setting.allocationPercent, focusFactor: 0.8, user: { id: setting.userId }, team: { id: setting.teamId } });
    expect(data._entities[2]).toBeNull();
    expect(data._entities[3].capacitySettings).toEqual([]);
  });
});
