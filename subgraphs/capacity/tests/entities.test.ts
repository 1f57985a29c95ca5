import { describe, expect, test } from 'vitest';
import { stableId, withTenant } from '@sprint-reports/core';
import { adHoc, smallTeam, testRuntime, useSeededDatabase } from '@sprint-reports/testing';
import { capacityData } from '../src/index.ts';

const seeded = useSeededDatabase({ acme: [smallTeam('Atlas')], other: [smallTeam('Zeta')] });
/** Capacity reads members (users) and history (sprints) through their subgraphs: all run here. */
const call = <T = any>(tenantId: string, query: string, variables?: Record<string, unknown>) =>
  testRuntime(seeded.database).client.execute('capacity', tenantId, adHoc<T>(query), variables);

describe('capacity subgraph', () => {
  test('Sprint.capacity from the fields the gateway sends (@requires): members, days off, history', async () => {
    const { acme } = seeded;
    const active = acme.sprints.find((s) => s.state === 'ACTIVE')!;
    const team = acme.teams[0];
    const data = await call(
      acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { capacity {
      workingDays focusFactor adjustment totalDays history { id } historyAverageCompletedPoints
      byDiscipline { discipline members availableDays pointsPerDay pointsPerDaySource historySprints factor points historyAverageCompletedPoints committedPoints }
      members { user { id } daysOff availableDays } } } } }`,
      {
        r: [
          { __typename: 'Sprint', id: active.id, startDate: active.startDate!.toISOString(), endDate: active.endDate!.toISOString(), team: { id: team.id } },
          { __typename: 'Sprint', id: active.id, startDate: null, endDate: null, team: null },
        ],
      },
    );
    const capacity = data._entities[0].capacity;
    expect(capacity.workingDays).toBe(10);
    expect(capacity.focusFactor).toBe(0.8);
    expect(capacity.adjustment).toBe(1);
    // The history beside the capacity: the board's last three closed sprints before this one, newest first.
    const closed = acme.sprints
      .filter((s) => s.state === 'CLOSED' && s.boardId === active.boardId && s.startDate! < active.startDate!)
      .sort((a, b) => b.startDate!.getTime() - a.startDate!.getTime());
    expect(capacity.history).toEqual(closed.slice(0, 3).map((s) => ({ id: s.id })));
    expect(capacity.historyAverageCompletedPoints).toBeGreaterThan(0);
    // Person-days by hand from the seeded members and days off: (10 − days off) × allocation.
    const off = new Map(acme.daysOff.filter((d) => d.sprintId === active.id).map((d) => [d.userId, d.daysOff]));
    expect(off.size).toBe(2);
    const expected = new Map<string, { members: number; days: number }>();
    for (const m of acme.members.filter((m) => m.teamId === team.id)) {
      const d = expected.get(m.discipline) ?? { members: 0, days: 0 };
      expected.set(m.discipline, { members: d.members + 1, days: d.days + ((10 - (off.get(m.userId) ?? 0)) * m.allocationPercent) / 100 });
    }
    for (const [discipline, e] of expected) {
      const row = capacity.byDiscipline.find((d: { discipline: string }) => d.discipline === discipline);
      expect(row).toMatchObject({ members: e.members, availableDays: e.days });
      // Four closed sprints of history: every discipline with people has a rate of its own.
      expect(row).toMatchObject({ pointsPerDaySource: 'HISTORY', historySprints: 3 });
      // A measured rate already holds the team's focus: no focus factor on top (issue 18).
      expect(row.factor).toBe(1);
      expect(row.points).toBeCloseTo(e.days * row.pointsPerDay, 0);
      expect(row.historyAverageCompletedPoints).toEqual(expect.any(Number));
    }
    expect(
      capacity.members
        .filter((m: { daysOff: number }) => m.daysOff > 0)
        .map((m: { user: { id: string } }) => m.user.id)
        .sort(),
    ).toEqual([...off.keys()].sort());
    // The running sprint holds its commitment (the analysis at its start) against its capacity.
    expect(capacity.byDiscipline.reduce((s: number, d: { committedPoints: number }) => s + d.committedPoints, 0)).toBeGreaterThan(0);
    expect(data._entities[1].capacity).toBeNull();
  });

  test("Team.capacitySettings and CapacitySetting references, never another tenant's", async () => {
    const setting = seeded.acme.capacitySettings[0];
    const data = await call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Team { capacitySettings { id sprint { id } } }
      ... on CapacitySetting { id focusFactor defaultPointsPerDay historySprints holidays { date } daysOff { days } team { id } } } }`,
      {
        r: [
          { __typename: 'Team', id: seeded.acme.teams[0].id },
          { __typename: 'CapacitySetting', id: setting.id },
          { __typename: 'CapacitySetting', id: seeded.other.capacitySettings[0].id },
          { __typename: 'Team', id: seeded.other.teams[0].id },
        ],
      },
    );
    expect(data._entities[0].capacitySettings).toEqual([{ id: setting.id, sprint: null }]);
    expect(data._entities[1]).toEqual({
      id: setting.id,
      focusFactor: 0.8,
      defaultPointsPerDay: setting.defaultPointsPerDay,
      historySprints: null,
      holidays: [],
      daysOff: [],
      team: { id: setting.teamId },
    });
    expect(data._entities[2]).toBeNull();
    expect(data._entities[3].capacitySettings).toEqual([]);
  });

  test("Sprint.holidays from the team the gateway sends (@requires): none without a team, none of another tenant's", async () => {
    const { acme, other } = seeded;
    const sprint = acme.sprints[0];
    const data = await call(acme.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { holidays { date name } } } }`, {
      r: [
        { __typename: 'Sprint', id: sprint.id, team: { id: acme.teams[0].id } },
        { __typename: 'Sprint', id: sprint.id, team: null },
        { __typename: 'Sprint', id: sprint.id, team: { id: other.teams[0].id } },
      ],
    });
    expect(data._entities.map((e: { holidays: unknown[] }) => e.holidays)).toEqual([[], [], []]);

    // The team's holidays and the sprint's own, each date once (the team's name for it), in date order.
    const teamId = acme.teams[0].id;
    const defaults = acme.capacitySettings.find((c) => c.teamId === teamId && !c.sprintId)!;
    await withTenant(seeded.database.db, acme.tenant.id, async (db) => {
      await capacityData.upsertSetting(db, {
        ...defaults,
        holidays: [
          { date: '2026-03-12', name: 'Team day' },
          { date: '2026-03-10', name: 'Founders' },
        ],
      });
      await capacityData.upsertSetting(db, {
        ...defaults,
        id: stableId('sprint-holidays-test'),
        sprintId: sprint.id,
        focusFactor: null,
        holidays: [
          { date: '2026-03-10', name: 'Again' },
          { date: '2026-03-11', name: 'Offsite' },
        ],
      });
    });
    const set = await call(acme.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { holidays { date name } } } }`, {
      r: [
        { __typename: 'Sprint', id: sprint.id, team: { id: teamId } },
        { __typename: 'Sprint', id: acme.sprints[1].id, team: { id: teamId } },
      ],
    });
    expect(set._entities[0].holidays).toEqual([
      { date: '2026-03-10', name: 'Founders' },
      { date: '2026-03-11', name: 'Offsite' },
      { date: '2026-03-12', name: 'Team day' },
    ]);
    // Another sprint of the team has the team's only.
    expect(set._entities[1].holidays.map((h: { date: string }) => h.date)).toEqual(['2026-03-10', '2026-03-12']);
  });

  test("capacitySetting(id) finds the setting, NOT_FOUND for another tenant's", async () => {
    const mine = seeded.acme.capacitySettings[0];
    const data = await call(seeded.acme.tenant.id, `query($id: ID!) { capacitySetting(id: $id) { id focusFactor } }`, { id: mine.id });
    expect(data.capacitySetting).toEqual({ id: mine.id, focusFactor: 0.8 });
    await expect(
      call(seeded.acme.tenant.id, `query($id: ID!) { capacitySetting(id: $id) { id } }`, { id: seeded.other.capacitySettings[0].id }),
    ).rejects.toThrow(/was not found/);
  });
});
