import type { Dataset, TeamSpec } from '@sprint-reports/demo-data';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { seedTenant } from './fixtures.ts';
import { startTestRouter, type TestRouter } from './router.ts';

export interface SeededRouter<Slug extends string> {
  database: TestDatabase;
  router: TestRouter;
  /** Each seeded tenant's dataset, by slug. */
  tenants: Record<Slug, Dataset>;
  /** Stops the router, then drops the database. */
  close(): Promise<void>;
}

/**
 * What most router test files start from: a fresh database, these tenants seeded in order through
 * the real write path (`seedTenant`), and a test router over it acting, without a token, as an
 * ADMIN of the first tenant (or of `as`; `as: null`, anonymous). `router`: startTestRouter's other options.
 * For a file's beforeAll: `({ database, router, tenants: { acme } } = await seededRouter({ acme: [smallTeam('Atlas')] }))`.
 */
export async function seededRouter<Slug extends string>(
  tenants: Record<Slug, TeamSpec[]>,
  opts: { as?: Slug | null; router?: Omit<NonNullable<Parameters<typeof startTestRouter>[1]>, 'tenantId'> } = {},
): Promise<SeededRouter<Slug>> {
  const database = await createTestDatabase();
  try {
    const seeded = {} as Record<Slug, Dataset>;
    for (const [slug, teams] of Object.entries(tenants) as [Slug, TeamSpec[]][]) seeded[slug] = await seedTenant(database, slug, teams);
    const as = opts.as === undefined ? (Object.keys(tenants)[0] as Slug | undefined) : opts.as;
    const router = await startTestRouter(database, { ...opts.router, tenantId: as == null ? undefined : seeded[as].tenant.id });
    return {
      database,
      router,
      tenants: seeded,
      async close() {
        await router.stop();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
