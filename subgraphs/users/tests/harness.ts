import { afterAll, beforeAll } from 'vitest';
import { decodeJwt } from 'jose';
import { ANONYMOUS, executeInProcess, serviceIdentity, startSubgraphs, type Identity, type Runtime, type TeamRole } from '@sprint-reports/core';
import { createTestDatabase, testRuntime } from '@sprint-reports/testing';
import { subgraph } from '../src/index.ts';

export interface Result<T = any> {
  data?: T;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The users subgraph over a fresh test database, started as a process would start it (its signing
 * key created), called the way its server is: with an identity the router signed.
 */
export function useUsersSubgraph() {
  const h = {} as Harness;
  beforeAll(async () => {
    h.database = await createTestDatabase();
    h.runtime = testRuntime(h.database, { modules: [subgraph] });
    await startSubgraphs(h.runtime);
    Object.assign(h, callers(h.runtime));
  });
  afterAll(async () => {
    await h.runtime?.jobs.close();
    await h.database?.close();
  });
  return h;
}

type Harness = {
  database: Awaited<ReturnType<typeof createTestDatabase>>;
  runtime: Runtime;
  /** Runs an operation as `identity` (default: anonymous, as sign-in is called). */
  run<T = any>(query: string, variables?: Record<string, unknown>, identity?: Identity): Promise<Result<T>>;
  /** Like run, but fails the test on any error. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, identity?: Identity): Promise<T>;
};

/** run and ok over `runtime`, as the subgraph's server calls it. */
function callers(runtime: Runtime): Pick<Harness, 'run' | 'ok'> {
  const run: Harness['run'] = (query, variables, identity = ANONYMOUS) =>
    executeInProcess({ module: subgraph, runtime }, identity, query, variables) as Promise<Result>;
  return {
    run,
    async ok(query, variables, identity) {
      const result = await run(query, variables, identity);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${result.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
      return result.data!;
    },
  };
}

/**
 * The same subgraph and database with the production cost of password hashes (2^15), for a test
 * where the cost of scrypt is what it looks at (tests otherwise hash at 2^10).
 */
export function atProductionCost(h: Harness): Harness {
  const runtime = { ...h.runtime, config: { ...h.runtime.config, passwordHashCost: 2 ** 15 } };
  return { database: h.database, runtime, ...callers(runtime) };
}

/** The identity the router derives from one of our access tokens (router/src/sign-in.ts). */
export function identityOf(accessToken: string): Extract<Identity, { kind: 'user' }> {
  const claims = decodeJwt(accessToken) as {
    sub: string;
    tid: string;
    role: 'ADMIN' | 'MANAGER' | 'MEMBER' | 'VIEWER';
    email: string;
    teams: Record<string, TeamRole>;
  };
  return { kind: 'user', tenantId: claims.tid, userId: claims.sub, role: claims.role, email: claims.email, teams: claims.teams };
}

export const system = serviceIdentity(null);

export const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code;

export const SIGN_UP = /* GraphQL */ `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken expiresAt user { id email role displayName tenant { slug } teams { id } } } }`;
export const LOGIN = /* GraphQL */ `mutation($email: String!, $password: String!, $tenant: String) {
  login(email: $email, password: $password, tenant: $tenant) { accessToken refreshToken expiresAt user { id email role } } }`;
export const REFRESH = /* GraphQL */ `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken expiresAt user { id role } } }`;
export const LOGOUT = /* GraphQL */ `mutation($t: String!) { logout(refreshToken: $t) }`;

let counter = 0;
/** A new organisation with its first admin; answers its session and the admin's identity. */
export async function signUpTenant(h: ReturnType<typeof useUsersSubgraph>, name = `Org ${++counter} ${process.pid}`, email = `admin${counter}@example.test`) {
  const data = await h.ok(SIGN_UP, { input: { tenantName: name, email, password: 'correct horse', displayName: 'First Admin' } });
  const session = data.signUp as { accessToken: string; refreshToken: string; user: { id: string; email: string; tenant: { slug: string } } };
  const admin = identityOf(session.accessToken);
  return { session, admin, tenantId: admin.tenantId, slug: session.user.tenant.slug };
}
