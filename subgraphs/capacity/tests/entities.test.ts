import { describe, expect, test } from 'vitest';
import { smallTeam, useSeededDatabase } from '@sprint-reports/testing';
import { subgraph } from '../src/index.ts';
import { sprintCapacity } from '../src/compute.ts';

const seeded = useSeededDatabase({ acme: [smallTeam('Atlas')], other: [smallTeam('Zeta')] }, subgraph);

describe('capacity subgraph', () => {
  test('Sprint.capacity from the fields the gateway sends (@requires), with per-sprint overrides', async () => {
    const active = seeded.acme.sprints.find((s) => s.state === 'ACTIVE')!;
    const team = seeded.acme.teams[0];
    const data = await seeded.call(seeded.acme.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { capacity { workingDays totalPoints byDiscipline { discipline members availableDays points } } } } }`, {
      r: [
        { __typename: 'Sprint', id: active.id, startDate: active.startDate!.toISOString(), endDate: active.endDate!.toISOString(), team: { id: team.id } },
        { __typename: 'Sprint', id: active.id, startDate: null, endDate: null, team: null },
      ],
    });
    const defaults = seeded.acme.capacitySettings.filter((s) => s.sprintId === null);
    const overrides = seeded.acme.capacitySettings.filter((s) => s.sprintId === active.id);
    expect(overrides.length).toBeGreaterThan(0);
    const expected = sprintCapacity(active.startDate!, active.endDate!, defaults, overrides);
    expect(data._entities[0].capacity).toEqual({ workingDays: 10, totalPoints: expected.totalPoints, byDiscipline: expected.byDiscipline });
    expect(data._entities[1].capacity).toBeNull();
  });

  test("Team.capacitySettings and CapacitySetting references, never another tenant's", async () => {
    const setting = seeded.acme.capacitySettings[0];
    const data = await seeded.call(seeded.acme.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Team { capacitySettings { id discipline } }
      ... on CapacitySetting { id discipline allocationPercent focusFactor user { id } team { id } } } }`, {
      r: [
        { __typename: 'Team', id: seeded.acme.teams[0].id },
        { __typename: 'CapacitySetting', id: setting.id },
        { __typename: 'CapacitySetting', id: seeded.other.capacitySettings[0].id },
        { __typename: 'Team', id: seeded.other.teams[0].id },
      ],
    });
    expect(data._entities[0].capacitySettings).toHaveLength(5);
    expect(data._entities[1]).toEqual({ id: setting.id, discipline: setting.discipline, allocationPercent: setting.allocationPercent, focusFactor: 0.8, user: { id: setting.userId }, team: { id: setting.teamId } });
    expect(data._entities[2]).toBeNull();
    expect(data._entities[3].capacitySettings).toEqual([]);
  });

  test('capacitySetting(id) finds the setting, NOT_FOUND for another tenant\'s', async () => {
    const mine = seeded.acme.capacitySettings[0];
    const data = await seeded.call(seeded.acme.tenant.id, `query($id: ID!) { capacitySetting(id: $id) { id discipline daysOff } }`, { id: mine.id });
    expect(data.capacitySetting).toEqual({ id: mine.id, discipline: mine.discipline, daysOff: mine.daysOff });
    await expect(seeded.call(seeded.acme.tenant.id, `query($id: ID!) { capacitySetting(id: $id) { id } }`, { id: seeded.other.capacitySettings[0].id })).rejects.toThrow(/was not found/);
  });
});
