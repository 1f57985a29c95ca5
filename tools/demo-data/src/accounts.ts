import { stableId, withTenant, type Database, type Logger, type Role } from '@sprint-reports/core';
import { hashPassword, usersData } from '@sprint-reports/users';
import type { Dataset } from './generate.ts';

/** The demo's sign-in: everyone knows this password, which is the point of a demo (and why it is short). */
export const DEMO_PASSWORD = 'demo';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@demo.test', displayName: 'Demo Admin', role: 'ADMIN' },
  { email: 'manager@demo.test', displayName: 'Demo Manager', role: 'MANAGER' },
  { email: 'viewer@demo.test', displayName: 'Demo Viewer', role: 'VIEWER' },
];

/** The demo manager manages every team without delivering points: a membership at 0 % allocation. */
const MANAGER_DISCIPLINE = 'Management';

/**
 * The demo's people who sign in, added to the dataset's tenant after its teams exist: on the first
 * start, and on a later one for a demo made before sign-in existed. Existing accounts are left as
 * they are (a changed password or role stays changed). Logs how to sign in.
 */
export async function seedDemoAccounts(db: Database, ds: Dataset, opts: { log?: Logger; passwordHashCost: number }) {
  const { log } = opts;
  const tenantId = ds.tenant.id;
  const accounts = DEMO_ACCOUNTS.map((a) => ({ ...a, id: stableId(tenantId, 'user', a.email), tenantId }));
  const existing = await withTenant(db, tenantId, (tx) =>
    usersData.usersByIds(
      tx,
      tenantId,
      accounts.map((a) => a.id),
    ),
  );
  const missing = accounts.filter((a) => !existing.some((e) => e.id === a.id));
  // Hashed before the transaction: scrypt is slow on purpose.
  const rows = await Promise.all(
    missing.map(async (a) => ({ ...a, jiraAccountId: null, passwordHash: await hashPassword(DEMO_PASSWORD, opts.passwordHashCost) })),
  );
  if (rows.length) {
    const manager = accounts.find((a) => a.role === 'MANAGER')!;
    const managing = missing.includes(manager) ? ds.teams : [];
    await withTenant(db, tenantId, async (tx) => {
      await usersData.upsertUsers(tx, rows);
      await usersData.upsertTeamMembers(
        tx,
        managing.map((t) => ({ tenantId, teamId: t.id, userId: manager.id, discipline: MANAGER_DISCIPLINE, role: 'MANAGER', allocationPercent: 0 })),
      );
    });
  }
  // The tenant's disciplines include the manager's (on a first start the tenant row, written last, gains them then).
  await withTenant(db, tenantId, (tx) => usersData.addUsedDisciplines(tx, tenantId));
  log?.info(
    { users: DEMO_ACCOUNTS.map((a) => a.email) },
    `Demo sign-in: ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(', ')}, password "${DEMO_PASSWORD}"`,
  );
  return DEMO_ACCOUNTS;
}
