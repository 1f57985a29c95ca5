import type { Dataset, TeamSpec } from '@sprint-reports/demo-data';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { seedTenant } from './fixtures.ts';
import { startTestRouter, type TestRouter } from './router.ts';

type RouterOptions = NonNullable<Parameters<typeof startTestRouter>[1]>;

export interface SeededTestDatabase<Slug extends string> {
  database: TestDatabase;
  /** Each seeded tenant's dataset, by slug. */
  tenants: Record<Slug, Dataset>;
  /** Drops the database. */
  close(): Promise<void>;
}

export interface SeededRouter<Slug extends string> extends SeededTestDatabase<Slug> {
  router: TestRouter;
  /** Stops the router, then drops the database. */
  close(): Promise<void>;
}

/**
 * A fresh database with these tenants seeded in order through the real write path (`seedTenant`),
 * for test files that need no router (they query the data layer or a runtime of their own).
 */
export async function seededDatabase<Slug extends string>(tenants: Record<Slug, TeamSpec[]>): Promise<SeededTestDatabase<Slug>> {
  const database = await createTestDatabase();
  try {
    const seeded = {} as Record<Slug, Dataset>;
    for (const [slug, teams] of Object.entries(tenants) as [Slug, TeamSpec[]][]) seeded[slug] = await seedTenant(database, slug, teams);
    return { database, tenants: seeded, close: () => database.close() };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/**
 * What most router test files start from: a fresh database, these tenants seeded in order (as
 * `seededDatabase`), and a test router over it acting, without a token, as an ADMIN of the first
 * tenant (or of `as`; `as: null`, anonymous). `router`: startTestRouter's other options; its
 * `tenantId` names a tenant that is not seeded here (one a JIRA sync fills, with `{}` as tenants)
 * and then replaces `as`. `beforeRouter`: writes the router must find at its start (rows a test
 * plants past the seeded ones).
 * For a file's beforeAll: `({ database, router, tenants: { acme } } = await seededRouter({ acme: [smallTeam('Atlas')] }))`.
 */
export async function seededRouter<Slug extends string>(
  tenants: Record<Slug, TeamSpec[]>,
  opts: {
    as?: Slug | null;
    router?: RouterOptions;
    beforeRouter?: (database: TestDatabase, tenants: Record<Slug, Dataset>) => Promise<void>;
  } = {},
): Promise<SeededRouter<Slug>> {
  const { database, tenants: seeded } = await seededDatabase(tenants);
  try {
    await opts.beforeRouter?.(database, seeded);
    const as = opts.as === undefined ? (Object.keys(tenants)[0] as Slug | undefined) : opts.as;
    const tenantId = opts.router?.tenantId ?? (as == null ? undefined : seeded[as].tenant.id);
    const router = await startTestRouter(database, { ...opts.router, tenantId });
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
