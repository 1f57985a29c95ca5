import { describe, expect, test } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoAccounts } from '@sprint-reports/demo-data';
import { seedTenant, smallTeam } from '@sprint-reports/testing';
import { LOGIN, identityOf, useUsersSubgraph } from './harness.ts';

const h = useUsersSubgraph();

describe('the demo accounts of `npm start`', () => {
  test('admin, manager and viewer sign in with the demo password; the manager manages every team; seeding again changes nothing', async () => {
    const ds = await seedTenant(h.database, 'demo-accounts', [smallTeam('Atlas'), smallTeam('Borealis')]);
    expect(await seedDemoAccounts(h.database.db, ds, { passwordHashCost: h.runtime.config.passwordHashCost })).toEqual(DEMO_ACCOUNTS);
    expect(DEMO_ACCOUNTS.map((a) => [a.email, a.role])).toEqual([
      ['admin@demo.test', 'ADMIN'],
      ['manager@demo.test', 'MANAGER'],
      ['viewer@demo.test', 'VIEWER'],
    ]);
    const signIn = async (email: string) => identityOf((await h.ok(LOGIN, { email, password: DEMO_PASSWORD })).login.accessToken);
    const [admin, manager, viewer] = await Promise.all(DEMO_ACCOUNTS.map((a) => signIn(a.email)));
    expect(admin).toMatchObject({ tenantId: ds.tenant.id, role: 'ADMIN', teams: {} });
    expect(viewer).toMatchObject({ tenantId: ds.tenant.id, role: 'VIEWER', teams: {} });
    expect(manager).toMatchObject({ tenantId: ds.tenant.id, role: 'MANAGER', teams: Object.fromEntries(ds.teams.map((t) => [t.id, 'MANAGER'])) });

    // A second start adds nothing twice.
    await seedDemoAccounts(h.database.db, ds, { passwordHashCost: h.runtime.config.passwordHashCost });
    const { teams } = await h.ok(`{ teams { members { user { email } role allocationPercent } } }`, {}, admin);
    for (const team of teams) {
      expect(team.members.filter((m: { user: { email: string } }) => m.user.email === 'manager@demo.test')).toEqual([
        { user: { email: 'manager@demo.test' }, role: 'MANAGER', allocationPercent: 0 },
      ]);
    }
    expect((await h.ok(`{ users { email } }`, {}, admin)).users.filter((u: { email: string }) => u.email.startsWith('admin@'))).toHaveLength(1);
    // The tenant's disciplines include every one its members work in, the manager's Management too.
    const { tenant } = await h.ok(`{ tenant { disciplines } }`, {}, admin);
    expect(tenant.disciplines).toEqual(['Frontend', 'Backend', 'QA', 'Design', 'DevOps', 'Management']);
    const used = (await h.ok(`{ teams { members { discipline } } }`, {}, admin)).teams.flatMap((t: { members: { discipline: string }[] }) =>
      t.members.map((m) => m.discipline),
    );
    expect(used.filter((d: string) => !tenant.disciplines.includes(d))).toEqual([]);
  });
});
