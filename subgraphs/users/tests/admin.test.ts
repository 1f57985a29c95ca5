import { describe, expect, test } from 'vitest';
import { audit, serviceIdentity, type Identity } from '@sprint-reports/core';
import { LOGIN, codeOf, identityOf, signUpTenant, useUsersSubgraph } from './harness.ts';

const h = useUsersSubgraph();

const CREATE_USER = /* GraphQL */ `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role disabled } }`;
const UPDATE_USER = /* GraphQL */ `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id role disabled displayName } }`;
const CREATE_TEAM = /* GraphQL */ `mutation($name: String!) { createTeam(name: $name) { id name } }`;
const ADD_MEMBER = /* GraphQL */ `mutation($t: ID!, $u: ID!, $role: TeamRole!, $d: String!, $a: Int!) {
  addTeamMember(teamId: $t, userId: $u, role: $role, discipline: $d, allocationPercent: $a) { id members { user { id } role discipline allocationPercent } } }`;
const AUDIT = /* GraphQL */ `query($limit: Int, $before: DateTime) { auditLog(limit: $limit, before: $before) { id at action actor { id } actorEmail targetType targetId details } }`;

async function createUser(admin: Identity, email: string, role = 'MEMBER', password: string | null = 'long enough') {
  return (await h.ok(CREATE_USER, { input: { email, displayName: email.split('@')[0], role, password } }, admin)).createUser as { id: string; role: string };
}

describe('users and roles', () => {
  test('an admin creates users, who sign in with their role; bad input names its field; duplicates are refused', async () => {
    const { admin } = await signUpTenant(h);
    const user = await createUser(admin, 'Mia@Roles.test', 'MANAGER');
    expect(user).toMatchObject({ role: 'MANAGER' });
    const { login } = await h.ok(LOGIN, { email: 'mia@roles.test', password: 'long enough' });
    expect(identityOf(login.accessToken)).toMatchObject({ userId: user.id, role: 'MANAGER', tenantId: admin.tenantId });

    const bad = async (input: Record<string, unknown>) => h.run(CREATE_USER, { input: { email: 'x@roles.test', displayName: 'X', ...input } }, admin);
    for (const [input, field] of [
      [{ email: 'nope' }, 'email'],
      [{ password: 'short' }, 'password'],
      [{ displayName: '' }, 'displayName'],
      [{ email: 'MIA@roles.test' }, 'email'],
    ] as const) {
      const result = await bad(input);
      expect(codeOf(result), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    // Users without a password (they sign in through the identity provider) cannot use a password.
    await createUser(admin, 'sso@roles.test', 'VIEWER', null);
    expect(codeOf(await h.run(LOGIN, { email: 'sso@roles.test', password: '' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.run(LOGIN, { email: 'sso@roles.test', password: 'anything at all' }))).toBe('UNAUTHENTICATED');
  });

  test('only admins manage people: a manager is FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const { admin } = await signUpTenant(h);
    await createUser(admin, 'mgr@forbid.test', 'MANAGER');
    const manager = identityOf((await h.ok(LOGIN, { email: 'mgr@forbid.test', password: 'long enough' })).login.accessToken);
    expect(codeOf(await h.run(CREATE_USER, { input: { email: 'y@forbid.test', displayName: 'Y' } }, manager))).toBe('FORBIDDEN');
    expect(codeOf(await h.run(CREATE_TEAM, { name: 'T' }, manager))).toBe('FORBIDDEN');
    expect(codeOf(await h.run(AUDIT, {}, manager))).toBe('FORBIDDEN');
    expect(codeOf(await h.run(CREATE_TEAM, { name: 'T' }))).toBe('UNAUTHENTICATED');
    // Everyone signed in sees the tenant's people.
    expect((await h.ok(`{ users { email role } }`, {}, manager)).users.map((u: { email: string }) => u.email).sort()).toEqual([admin.email, 'mgr@forbid.test']);
  });

  test('the last active admin cannot be demoted or disabled; with a second admin, either can', async () => {
    const { admin } = await signUpTenant(h);
    for (const input of [{ role: 'MANAGER' }, { disabled: true }]) {
      const result = await h.run(UPDATE_USER, { id: admin.userId, input }, admin);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(/last admin/);
      expect(result.errors![0].extensions!.field).toBe(Object.keys(input)[0]);
    }
    const second = await createUser(admin, 'second@admins.test', 'ADMIN');
    // A disabled admin does not count as the tenant's admin.
    await h.ok(UPDATE_USER, { id: second.id, input: { disabled: true } }, admin);
    expect(codeOf(await h.run(UPDATE_USER, { id: admin.userId, input: { role: 'VIEWER' } }, admin))).toBe('BAD_USER_INPUT');
    await h.ok(UPDATE_USER, { id: second.id, input: { disabled: false } }, admin);
    const secondAdmin = identityOf((await h.ok(LOGIN, { email: 'second@admins.test', password: 'long enough' })).login.accessToken);
    expect((await h.ok(UPDATE_USER, { id: admin.userId, input: { role: 'VIEWER', displayName: 'Former admin' } }, secondAdmin)).updateUser).toMatchObject({
      role: 'VIEWER',
      displayName: 'Former admin',
    });
    const last = await h.run(UPDATE_USER, { id: second.id, input: { role: 'MEMBER' } }, secondAdmin);
    expect(codeOf(last)).toBe('BAD_USER_INPUT');
    expect(last.errors![0].message).toMatch(/last admin/);
  });

  test('an admin cannot demote or deactivate themselves (another admin can), so no one locks themselves out', async () => {
    const { admin } = await signUpTenant(h);
    const second = await createUser(admin, 'other@self.test', 'ADMIN');
    const other = identityOf((await h.ok(LOGIN, { email: 'other@self.test', password: 'long enough' })).login.accessToken);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ role: 'MANAGER' }, 'role', 'You cannot change your own role: another admin can'],
      [{ disabled: true }, 'disabled', 'You cannot deactivate your own account: another admin can'],
    ];
    for (const [input, field, message] of cases) {
      const result = await h.run(UPDATE_USER, { id: admin.userId, input }, admin);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]).toMatchObject({ message, extensions: { field } });
    }
    // Their own name is theirs to change; nothing was written for the refusals.
    expect((await h.ok(UPDATE_USER, { id: admin.userId, input: { displayName: 'Still Admin' } }, admin)).updateUser).toMatchObject({
      role: 'ADMIN',
      disabled: false,
      displayName: 'Still Admin',
    });
    const log = (await h.ok(AUDIT, { limit: 1 }, admin)).auditLog;
    expect(JSON.parse(log[0].details)).toEqual({ email: admin.email, displayName: { from: 'First Admin', to: 'Still Admin' } });
    // Another admin may do both.
    expect((await h.ok(UPDATE_USER, { id: admin.userId, input: { role: 'MANAGER' } }, other)).updateUser.role).toBe('MANAGER');
    expect((await h.ok(UPDATE_USER, { id: admin.userId, input: { disabled: true } }, other)).updateUser.disabled).toBe(true);
    expect(second.role).toBe('ADMIN');
  });

  test('disabling a user ends their sessions; users of another tenant are NOT_FOUND', async () => {
    const a = await signUpTenant(h);
    const b = await signUpTenant(h);
    const user = await createUser(a.admin, 'leaver@disable.test');
    const { login } = await h.ok(LOGIN, { email: 'leaver@disable.test', password: 'long enough' });
    await h.ok(UPDATE_USER, { id: user.id, input: { disabled: true } }, a.admin);
    expect(codeOf(await h.run(`mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }`, { t: login.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await h.run(UPDATE_USER, { id: user.id, input: { role: 'ADMIN' } }, b.admin))).toBe('NOT_FOUND');
    expect(codeOf(await h.run(`query($id: ID!) { user(id: $id) { id } }`, { id: user.id }, b.admin))).toBe('NOT_FOUND');
  });
});

describe('teams', () => {
  test('admins create teams and add, change and remove members; allocation and discipline are checked', async () => {
    const { admin } = await signUpTenant(h);
    const team = (await h.ok(CREATE_TEAM, { name: ' Atlas ' }, admin)).createTeam;
    expect(team.name).toBe('Atlas');
    const dev = await createUser(admin, 'dev@teams.test');
    const added = (await h.ok(ADD_MEMBER, { t: team.id, u: dev.id, role: 'MEMBER', d: 'Backend', a: 80 }, admin)).addTeamMember;
    expect(added.members).toEqual([{ user: { id: dev.id }, role: 'MEMBER', discipline: 'Backend', allocationPercent: 80 }]);
    const changed = (await h.ok(ADD_MEMBER, { t: team.id, u: dev.id, role: 'MANAGER', d: 'QA', a: 100 }, admin)).addTeamMember;
    expect(changed.members).toEqual([{ user: { id: dev.id }, role: 'MANAGER', discipline: 'QA', allocationPercent: 100 }]);

    // The team role reaches the user's next token.
    const { login } = await h.ok(LOGIN, { email: 'dev@teams.test', password: 'long enough' });
    expect(identityOf(login.accessToken)).toMatchObject({ teams: { [team.id]: 'MANAGER' } });
    expect((await h.ok(`{ me { teams { id name } teamRoles { team { id } role } } }`, {}, identityOf(login.accessToken))).me).toEqual({
      teams: [{ id: team.id, name: 'Atlas' }],
      teamRoles: [{ team: { id: team.id }, role: 'MANAGER' }],
    });

    for (const [vars, field] of [
      [{ a: 101 }, 'allocationPercent'],
      [{ a: -1 }, 'allocationPercent'],
      [{ d: ' ' }, 'discipline'],
      [{ t: 'nope' }, 'teamId'],
    ] as const) {
      const defaults: Record<string, unknown> = { t: team.id, u: dev.id, role: 'MEMBER', d: 'Backend', a: 50 };
      const result = await h.run(ADD_MEMBER, { ...defaults, ...vars }, admin);
      expect(codeOf(result), JSON.stringify(vars)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(codeOf(await h.run(CREATE_TEAM, { name: '  ' }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.run(ADD_MEMBER, { t: team.id, u: '00000000-0000-4000-8000-000000000000', role: 'MEMBER', d: 'Backend', a: 50 }, admin))).toBe(
      'NOT_FOUND',
    );

    const remove = `mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) }`;
    expect((await h.ok(remove, { t: team.id, u: dev.id }, admin)).removeTeamMember).toBe(true);
    expect((await h.ok(remove, { t: team.id, u: dev.id }, admin)).removeTeamMember).toBe(false);
    expect((await h.ok(`query($id: ID!) { team(id: $id) { members { user { id } } } }`, { id: team.id }, admin)).team.members).toEqual([]);
  });
});

describe('the audit log', () => {
  test('records who changed users and teams, newest first, with pages', async () => {
    const { admin } = await signUpTenant(h);
    const team = (await h.ok(CREATE_TEAM, { name: 'Borealis' }, admin)).createTeam;
    const user = await createUser(admin, 'audited@audit.test');
    await h.ok(ADD_MEMBER, { t: team.id, u: user.id, role: 'MEMBER', d: 'Design', a: 50 }, admin);
    await h.ok(UPDATE_USER, { id: user.id, input: { role: 'MANAGER' } }, admin);
    await h.ok(`mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) }`, { t: team.id, u: user.id }, admin);

    const { auditLog } = await h.ok(AUDIT, {}, admin);
    expect(auditLog.map((e: { action: string }) => e.action)).toEqual([
      'team_member.removed',
      'user.updated',
      'team_member.added',
      'user.created',
      'team.created',
      'user.created',
      'tenant.created',
    ]);
    expect(auditLog[1]).toMatchObject({ actor: { id: admin.userId }, actorEmail: admin.email, targetType: 'User', targetId: user.id });
    expect(JSON.parse(auditLog[1].details)).toEqual({ email: 'audited@audit.test', role: { from: 'MEMBER', to: 'MANAGER' } });
    // Passwords never reach the log, not even hashed.
    expect(JSON.parse(auditLog[3].details)).toEqual({ email: 'audited@audit.test', displayName: 'audited', role: 'MEMBER', password: true });

    const page = (await h.ok(AUDIT, { limit: 2 }, admin)).auditLog;
    const next = (await h.ok(AUDIT, { limit: 2, before: page[1].at }, admin)).auditLog;
    expect([...page, ...next].map((e: { id: string }) => e.id)).toEqual(auditLog.slice(0, 4).map((e: { id: string }) => e.id));
    expect(codeOf(await h.run(AUDIT, { limit: 500 }, admin))).toBe('BAD_USER_INPUT');
  });

  test('pages by entry (beforeId) never skip or repeat entries that share one timestamp', async () => {
    const { admin, tenantId } = await signUpTenant(h);
    const record = `mutation($e: [AuditEntryInput!]!) { recordAudit(entries: $e) }`;
    await h.ok(record, { e: Array.from({ length: 7 }, (_, i) => ({ action: `burst.n${i}`, targetType: 'X' })) }, serviceIdentity(tenantId));
    // One statement writes the burst: its entries share a millisecond, the API's precision for `at`.
    const whole = (await h.ok(AUDIT, { limit: 50 }, admin)).auditLog as { id: string; at: string }[];
    const expected = whole.map((e) => e.id);
    const shared = whole.findIndex((e, i) => i + 1 < whole.length && whole[i + 1].at === e.at);
    expect(shared).toBeGreaterThanOrEqual(0);

    const PAGED = `query($limit: Int, $beforeId: ID) { auditLog(limit: $limit, beforeId: $beforeId) { id } }`;
    const seen: string[] = [];
    for (let beforeId: string | null = null, n = 0; n < 20; n++) {
      const page = (await h.ok(PAGED, { limit: 2, beforeId }, admin)).auditLog as { id: string }[];
      if (!page.length) break;
      seen.push(...page.map((e) => e.id));
      beforeId = page[page.length - 1].id;
    }
    expect(seen).toEqual(expected);
    // Paging by time alone loses the older entries of the boundary's millisecond (why beforeId exists)...
    const byTime = (await h.ok(AUDIT, { limit: 50, before: whole[shared].at }, admin)).auditLog.map((e: { id: string }) => e.id);
    expect(byTime).not.toContain(expected[shared + 1]);
    // ...which beforeId keeps.
    expect((await h.ok(PAGED, { limit: 50, beforeId: expected[shared] }, admin)).auditLog[0].id).toBe(expected[shared + 1]);

    const other = await signUpTenant(h);
    const otherEntry = (await h.ok(AUDIT, { limit: 1 }, other.admin)).auditLog[0].id;
    const refused = await h.run(PAGED, { beforeId: otherEntry }, admin);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.field).toBe('beforeId');
    expect(codeOf(await h.run(PAGED, { beforeId: 'nope' }, admin))).toBe('BAD_USER_INPUT');
  });

  test('filters by who acted and by kind (the action before its dot), with pages; kinds lists what the log has', async () => {
    const { admin } = await signUpTenant(h);
    const other = await createUser(admin, 'second@filters.test', 'ADMIN');
    const otherAdmin = identityOf((await h.ok(LOGIN, { email: 'second@filters.test', password: 'long enough' })).login.accessToken);
    const team = (await h.ok(CREATE_TEAM, { name: 'Filtered' }, admin)).createTeam;
    const member = await createUser(otherAdmin, 'member@filters.test');
    await h.ok(ADD_MEMBER, { t: team.id, u: member.id, role: 'MEMBER', d: 'Design', a: 50 }, otherAdmin);
    await h.ok(UPDATE_USER, { id: member.id, input: { role: 'MANAGER' } }, otherAdmin);
    await h.ok(UPDATE_USER, { id: member.id, input: { displayName: 'Renamed' } }, admin);

    const FILTERED = /* GraphQL */ `query($actorId: ID, $kind: String, $limit: Int, $before: DateTime) {
      auditLog(actorId: $actorId, kind: $kind, limit: $limit, before: $before) { at action actor { id } } }`;
    const actions = async (vars: Record<string, unknown>) => (await h.ok(FILTERED, vars, admin)).auditLog.map((e: { action: string }) => e.action);
    expect(await actions({ actorId: other.id })).toEqual(['user.updated', 'team_member.added', 'user.created']);
    // The first admin's own user.created came with the sign-up.
    expect(await actions({ kind: 'user' })).toEqual(['user.updated', 'user.updated', 'user.created', 'user.created', 'user.created']);
    expect(await actions({ kind: 'user', actorId: other.id })).toEqual(['user.updated', 'user.created']);
    expect(await actions({ kind: 'team_member' })).toEqual(['team_member.added']);
    // `_` is a letter here, not a wildcard: team_member is not teamXmember, and team is not team_member.
    expect(await actions({ kind: 'team' })).toEqual(['team.created']);
    const page = (await h.ok(FILTERED, { kind: 'user', limit: 2 }, admin)).auditLog;
    const next = (await h.ok(FILTERED, { kind: 'user', limit: 2, before: page[1].at }, admin)).auditLog;
    expect([...page, ...next].map((e: { action: string }) => e.action)).toEqual(['user.updated', 'user.updated', 'user.created', 'user.created']);
    expect(next.every((e: { actor: { id: string } }) => [admin.userId, other.id].includes(e.actor.id))).toBe(true);

    expect((await h.ok(`{ auditLogKinds }`, {}, admin)).auditLogKinds).toEqual(['team', 'team_member', 'tenant', 'user']);
    const badKind = await h.run(FILTERED, { kind: 'user.%' }, admin);
    expect(codeOf(badKind)).toBe('BAD_USER_INPUT');
    expect(badKind.errors![0].extensions!.field).toBe('kind');
    expect(codeOf(await h.run(FILTERED, { actorId: 'nope' }, admin))).toBe('BAD_USER_INPUT');
    // Another tenant's admin sees none of it, filters or not.
    const b = await signUpTenant(h);
    expect((await h.ok(FILTERED, { actorId: other.id }, b.admin)).auditLog).toEqual([]);
    expect((await h.ok(`{ auditLogKinds }`, {}, b.admin)).auditLogKinds).toEqual(['tenant', 'user']);
  });

  test('entries roll back with a mutation that fails: the change and its entry go together', async () => {
    const { admin } = await signUpTenant(h);
    const user = await createUser(admin, 'rollback@audit.test');
    const before = (await h.ok(AUDIT, {}, admin)).auditLog.length;
    // The team is created (and audited), then the second field fails: the operation rolls back whole.
    const result = await h.run(
      `mutation($u: ID!) { createTeam(name: "Doomed") { id } addTeamMember(teamId: "00000000-0000-4000-8000-000000000000", userId: $u, discipline: "QA") { id } }`,
      { u: user.id },
      admin,
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect((await h.ok(`{ teams { name } }`, {}, admin)).teams).toEqual([]);
    expect((await h.ok(AUDIT, {}, admin)).auditLog).toHaveLength(before);
  });

  test('audit() from another subgraph’s code: the actor is the signed-in user, none for services; tenants stay apart', async () => {
    const a = await signUpTenant(h);
    const b = await signUpTenant(h);
    const asUser = { runtime: h.runtime, identity: a.admin };
    await audit(asUser, { action: 'jira_connection.created', targetType: 'JiraConnection', targetId: 'c1', details: { name: 'Acme JIRA' } });
    await audit(
      { runtime: h.runtime, identity: serviceIdentity(a.tenantId) },
      { action: 'jira_connection.deleted', targetType: 'JiraConnection', targetId: 'c1' },
    );
    await audit({ runtime: h.runtime, identity: serviceIdentity(null) }, { tenantId: a.tenantId, action: 'sync.reaped', targetType: 'SyncRun' });
    const log = (await h.ok(AUDIT, { limit: 3 }, a.admin)).auditLog;
    expect(log.map((e: { action: string; actorEmail: string | null }) => [e.action, e.actorEmail])).toEqual([
      ['sync.reaped', null],
      ['jira_connection.deleted', null],
      ['jira_connection.created', a.admin.email],
    ]);
    expect((await h.ok(AUDIT, {}, b.admin)).auditLog.map((e: { action: string }) => e.action)).not.toContain('jira_connection.created');

    const record = `mutation($e: [AuditEntryInput!]!) { recordAudit(entries: $e) }`;
    // A tenant's service cannot write into another tenant's log; clients cannot call it at all.
    expect(codeOf(await h.run(record, { e: [{ tenantId: b.tenantId, action: 'x.y', targetType: 'X' }] }, serviceIdentity(a.tenantId)))).toBe('FORBIDDEN');
    expect(codeOf(await h.run(record, { e: [{ action: 'x.y', targetType: 'X' }] }, a.admin))).toBe('FORBIDDEN');
    expect(codeOf(await h.run(record, { e: [{ action: 'not an action', targetType: 'X' }] }, serviceIdentity(a.tenantId)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.run(record, { e: [{ action: 'x.y', targetType: 'X', details: '[1]' }] }, serviceIdentity(a.tenantId)))).toBe('BAD_USER_INPUT');
  });
});
