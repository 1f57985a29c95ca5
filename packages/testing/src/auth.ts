import { adHoc } from './ad-hoc.ts';
import { randomUUID } from 'node:crypto';
import { asSystem, type Database, type Role, type SubgraphClient, type TeamRole } from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';

const CREATE_USER = /* GraphQL */ `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const ADD_TEAM_MEMBER = /* GraphQL */ `
  mutation($teamId: ID!, $userId: ID!, $role: TeamRole!, $discipline: String!) {
    addTeamMember(teamId: $teamId, userId: $userId, role: $role, discipline: $discipline) { id }
  }
`;
const LOGIN = /* GraphQL */ `
  mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken expiresAt user { id } } }
`;

export const TEST_PASSWORD = 'correct horse battery staple';

/** A person signed in through the router's real `login`: their tokens, and who they are. */
export interface TestUser {
  id: string;
  tenantId: string;
  role: Role;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: { id: string };
}

/** `login` through the router at `url`, as a client would; throws with the error's code and message when refused. */
export async function login(url: string, email: string, password: string): Promise<Session> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  const body = (await res.json()) as { data?: { login: Session }; errors?: { message: string; extensions?: { code?: string } }[] };
  if (!body.data?.login)
    throw new Error(`login ${email}: ${body.errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ') ?? `HTTP ${res.status}`}`);
  return body.data.login;
}

/**
 * A user of `tenantId` with `role` (and, if given, roles in teams), created the way an admin would
 * (createUser, addTeamMember in the users subgraph) by our own service identity. The tenant row is
 * added when the test has not seeded one.
 */
export async function createTestUser(
  db: Database,
  client: SubgraphClient,
  tenantId: string,
  role: Role,
  opts: { teams?: Record<string, TeamRole>; email?: string; password?: string } = {},
): Promise<{ id: string; email: string; password: string }> {
  await asSystem(db, (tx) =>
    tx
      .insert(usersTables.tenants)
      .values({ id: tenantId, name: `Tenant ${tenantId.slice(0, 8)}`, slug: `t-${tenantId}` })
      .onConflictDoNothing(),
  );
  const email = opts.email ?? `${role.toLowerCase()}.${randomUUID().slice(0, 8)}@${tenantId.slice(0, 8)}.test`;
  const password = opts.password ?? TEST_PASSWORD;
  const { createUser } = await client.execute('users', tenantId, adHoc<{ createUser: { id: string } }>(CREATE_USER), {
    input: { email, displayName: `${role.toLowerCase()} ${email.split('@')[0]}`, role, password },
  });
  for (const [teamId, teamRole] of Object.entries(opts.teams ?? {})) {
    await client.execute('users', tenantId, adHoc(ADD_TEAM_MEMBER), { teamId, userId: createUser.id, role: teamRole, discipline: 'Backend' });
  }
  return { id: createUser.id, email, password };
}

/** Creates a user (see createTestUser) and signs them in through the router at `url`. */
export async function signInTestUser(
  target: { url: string; db: Database; client: SubgraphClient },
  tenantId: string,
  role: Role = 'ADMIN',
  opts: { teams?: Record<string, TeamRole> } = {},
): Promise<TestUser> {
  const user = await createTestUser(target.db, target.client, tenantId, role, opts);
  const session = await login(target.url, user.email, user.password);
  return { ...user, tenantId, role, accessToken: session.accessToken, refreshToken: session.refreshToken, expiresAt: new Date(session.expiresAt) };
}
