import { describe, expect, test } from 'vitest';
import { refusal, ruleFor, type Identity, type Role } from '@sprint-reports/core';
import { allSubgraphs } from '@sprint-reports/router/subgraphs';

/**
 * The role matrix: who may use each operation. This table is the product decision; the test holds
 * every subgraph's SDL (its @auth/@public/@inaccessible declarations, as the guard reads them) to it.
 * A root field not listed needs a signed-in user of any role; an @inaccessible one, our own services.
 */
const MATRIX: Record<string, Role | 'public'> = {
  // Sign-in.
  signUp: 'public',
  login: 'public',
  refreshToken: 'public',
  logout: 'public',
  // Which organisation's identity provider signs an email's domain in (the sign-in page's button).
  singleSignOn: 'public',
  // People, teams, single sign-on and the audit log: admins.
  createUser: 'ADMIN',
  updateUser: 'ADMIN',
  createTeam: 'ADMIN',
  addTeamMember: 'ADMIN',
  setDisciplines: 'ADMIN',
  removeTeamMember: 'ADMIN',
  setOidcProvider: 'ADMIN',
  removeOidcProvider: 'ADMIN',
  oidcProviders: 'ADMIN',
  auditLog: 'ADMIN',
  auditLogKinds: 'ADMIN',
  testOidcProvider: 'ADMIN',
  // The JIRA integration: admins connect; managers see connections and run syncs.
  createJiraConnection: 'ADMIN',
  updateJiraConnection: 'ADMIN',
  rotateJiraWebhookSecret: 'ADMIN',
  deleteJiraConnection: 'ADMIN',
  testJiraConnection: 'ADMIN',
  jiraConnections: 'MANAGER',
  jiraConnection: 'MANAGER',
  startSync: 'MANAGER',
  cancelSync: 'MANAGER',
  // Which team owns a board: admins.
  setBoardTeam: 'ADMIN',
  updateBoardSettings: 'MANAGER',
  boardSettingsPreview: 'MANAGER',
  // Planning: team managers (and admins); the team role is checked by the resolver (requireTeamRole).
  updateTeamMember: 'MANAGER',
  setTeamCapacity: 'MANAGER',
  setSprintCapacity: 'MANAGER',
  setMemberAvailability: 'MANAGER',
  generateQueue: 'MANAGER',
  pinQueueItem: 'MANAGER',
  unpinQueueItem: 'MANAGER',
  moveQueueItem: 'MANAGER',
  acceptQueue: 'MANAGER',
  // Reports: anyone who works in the tenant generates them; email and schedules are team managers' (requireTeamRole).
  generateReport: 'MEMBER',
  reportDeliveries: 'MANAGER',
  emailReport: 'MANAGER',
  createReportSchedule: 'MANAGER',
  updateReportSchedule: 'MANAGER',
  runReportSchedule: 'MANAGER',
  deleteReportSchedule: 'MANAGER',
};

const callers: Record<string, Identity> = {
  anonymous: { kind: 'anonymous', tenantId: null },
  VIEWER: user('VIEWER'),
  MEMBER: user('MEMBER'),
  MANAGER: user('MANAGER'),
  ADMIN: user('ADMIN'),
  service: { kind: 'service', tenantId: '00000000-0000-0000-0000-00000000000a' },
};
function user(role: Role): Identity {
  return {
    kind: 'user',
    tenantId: '00000000-0000-0000-0000-00000000000a',
    userId: '00000000-0000-0000-0000-00000000000b',
    role,
    email: 'a@example.test',
    teams: {},
  };
}
const rank: Role[] = ['VIEWER', 'MEMBER', 'MANAGER', 'ADMIN'];

const rootFields = allSubgraphs.flatMap((module) =>
  (['Query', 'Mutation'] as const).flatMap((typeName) => {
    const type = module.schema.getType(typeName) as
      { getFields(): Record<string, { astNode?: { directives?: readonly { name: { value: string } }[] } }> } | undefined;
    return Object.entries(type?.getFields() ?? {})
      .filter(([name]) => !name.startsWith('_'))
      .map(([name, field]) => ({ module, typeName, name, internal: !!field.astNode?.directives?.some((d) => d.name.value === 'inaccessible') }));
  }),
);

/** What the matrix says a caller gets: null (allowed) or the error code. */
function expected(required: Role | 'public' | 'service' | 'signed-in', caller: string): string | null {
  if (required === 'public' || caller === 'service') return null;
  if (required === 'service') return 'FORBIDDEN';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  if (required === 'signed-in') return null;
  return rank.indexOf(caller as Role) >= rank.indexOf(required) ? null : 'FORBIDDEN';
}

describe('the role matrix', () => {
  test('every mutation says who may use it', () => {
    const undeclared = rootFields.filter((f) => f.typeName === 'Mutation' && !f.internal && !(f.name in MATRIX)).map((f) => `${f.module.name}: ${f.name}`);
    expect(undeclared).toEqual([]);
  });

  test('every operation in the matrix exists', () => {
    const names = new Set(rootFields.map((f) => f.name));
    expect(Object.keys(MATRIX).filter((name) => !names.has(name))).toEqual([]);
  });

  test.each(rootFields.map((f) => [`${f.module.name} ${f.typeName}.${f.name}`, f] as const))('%s', (_, f) => {
    const rule = ruleFor(f.module.schema, f.typeName, f.name)!;
    const required = MATRIX[f.name] ?? (f.internal ? 'service' : 'signed-in');
    for (const [caller, identity] of Object.entries(callers)) {
      const error = refusal(rule, identity, f.name);
      expect((error?.extensions.code as string | undefined) ?? null, `${caller} calling ${f.name}`).toBe(expected(required, caller));
    }
  });

  test('entity resolution (_entities) needs a signed-in user or a service', () => {
    for (const module of allSubgraphs) {
      const rule = ruleFor(module.schema, 'Query', '_entities');
      if (!rule) continue;
      expect(refusal(rule, callers.anonymous, '_entities')?.extensions.code).toBe('UNAUTHENTICATED');
      expect(refusal(rule, callers.VIEWER, '_entities')).toBeNull();
    }
  });
});
