import { describe, expect, test } from 'vitest';
import type { Identity } from '@sprint-reports/core';
import { LOGIN, codeOf, identityOf, signUpTenant, useUsersSubgraph } from './harness.ts';

const h = useUsersSubgraph();

const DISCIPLINES = /* GraphQL */ `{ tenant { disciplines } }`;
const SET_DISCIPLINES = /* GraphQL */ `mutation($names: [String!]!) { setDisciplines(names: $names) }`;
const CREATE_USER = /* GraphQL */ `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_TEAM = /* GraphQL */ `mutation($name: String!) { createTeam(name: $name) { id } }`;
const ADD_MEMBER = /* GraphQL */ `mutation($t: ID!, $u: ID!, $role: TeamRole! = MEMBER, $d: String!, $a: Int! = 100) {
  addTeamMember(teamId: $t, userId: $u, role: $role, discipline: $d, allocationPercent: $a) { id } }`;
const UPDATE_MEMBER = /* GraphQL */ `mutation($t: ID!, $u: ID!, $input: UpdateTeamMemberInput!) {
  updateTeamMember(teamId: $t, userId: $u, input: $input) { id members { user { id } role discipline allocationPercent } } }`;
const MEMBERS = /* GraphQL */ `{ teams { name members { user { displayName } role discipline allocationPercent } } }`;
const AUDIT = /* GraphQL */ `{ auditLog(limit: 200) { action actorEmail targetType targetId details } }`;
const DEFAULTS = ['Frontend', 'Backend', 'QA', 'Design', 'DevOps'];

let people = 0;
/** A user of the admin's tenant who signs in with a password. */
async function createUser(admin: Identity, displayName: string, role = 'MEMBER') {
  const email = `person${++people}@disciplines.test`;
  const { createUser: user } = await h.ok(CREATE_USER, { input: { email, displayName, role, password: 'long enough' } }, admin);
  return { id: user.id as string, email };
}

/** The identity of the user's next token: their team roles as they are now. */
const signIn = async (email: string) => identityOf((await h.ok(LOGIN, { email, password: 'long enough' })).login.accessToken);

const createTeam = async (admin: Identity, name: string) => (await h.ok(CREATE_TEAM, { name }, admin)).createTeam.id as string;

/** What a refused call must leave untouched: the list, every membership and the audit log. */
async function stateOf(admin: Identity) {
  const [{ tenant }, { teams }, { auditLog }] = await Promise.all([h.ok(DISCIPLINES, {}, admin), h.ok(MEMBERS, {}, admin), h.ok(AUDIT, {}, admin)]);
  return { disciplines: tenant.disciplines, teams, audit: auditLog.length };
}

function refusal(result: Awaited<ReturnType<typeof h.run>>) {
  expect(result.errors, 'the call was refused').toHaveLength(1);
  const [error] = result.errors!;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

describe("the tenant's disciplines", () => {
  test('a new organisation has the default five, in order; everyone signed in reads them', async () => {
    const { admin } = await signUpTenant(h);
    const viewer = await createUser(admin, 'Val Viewer', 'VIEWER');
    expect((await h.ok(DISCIPLINES, {}, admin)).tenant.disciplines).toEqual(DEFAULTS);
    expect((await h.ok(DISCIPLINES, {}, await signIn(viewer.email))).tenant.disciplines).toEqual(DEFAULTS);
  });

  test('setDisciplines trims, drops blanks and repeats in any case (the first spelling stays), and is audited', async () => {
    const { admin } = await signUpTenant(h);
    const names = ['  Backend ', 'frontend', 'Frontend', '', '   ', 'QA', 'qa', ' Data  Science'];
    expect((await h.ok(SET_DISCIPLINES, { names }, admin)).setDisciplines).toEqual(['Backend', 'frontend', 'QA', 'Data  Science']);
    expect((await h.ok(DISCIPLINES, {}, admin)).tenant.disciplines).toEqual(['Backend', 'frontend', 'QA', 'Data  Science']);
    const [entry] = (await h.ok(AUDIT, {}, admin)).auditLog;
    expect(entry).toMatchObject({ action: 'tenant.disciplines_set', actorEmail: admin.email, targetType: 'Tenant', targetId: admin.tenantId });
    expect(JSON.parse(entry.details)).toEqual({ from: DEFAULTS, to: ['Backend', 'frontend', 'QA', 'Data  Science'] });

    // The same list again changes nothing and records nothing.
    const before = await stateOf(admin);
    expect((await h.ok(SET_DISCIPLINES, { names: ['Backend', 'frontend', 'QA', 'Data  Science'] }, admin)).setDisciplines).toEqual(before.disciplines);
    expect(await stateOf(admin)).toEqual(before);

    // Limits: 1 to 50 names, each at most 60 characters.
    const fifty = Array.from({ length: 50 }, (_, i) => `Discipline ${i + 1}`);
    expect((await h.ok(SET_DISCIPLINES, { names: [...fifty, 'discipline 50'] }, admin)).setDisciplines).toEqual(fifty);
    expect((await h.ok(SET_DISCIPLINES, { names: ['x'.repeat(60)] }, admin)).setDisciplines).toEqual(['x'.repeat(60)]);
    const after = await stateOf(admin);
    for (const [names, field] of [
      [[], 'names'],
      [[' ', ''], 'names'],
      [[...fifty, 'One more'], 'names'],
      [['QA', 'y'.repeat(61)], 'names.1'],
    ] as const) {
      expect(refusal(await h.run(SET_DISCIPLINES, { names }, admin)), JSON.stringify(names).slice(0, 40)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await stateOf(admin)).toEqual(after);
  });

  test('only admins set them', async () => {
    const { admin } = await signUpTenant(h);
    const manager = await signIn((await createUser(admin, 'Mo Manager', 'MANAGER')).email);
    expect(codeOf(await h.run(SET_DISCIPLINES, { names: ['QA'] }, manager))).toBe('FORBIDDEN');
    expect(codeOf(await h.run(SET_DISCIPLINES, { names: ['QA'] }))).toBe('UNAUTHENTICATED');
    expect((await h.ok(DISCIPLINES, {}, admin)).tenant.disciplines).toEqual(DEFAULTS);
  });

  test('a discipline team members work in cannot be removed; the message names it and how many use it', async () => {
    const { admin } = await signUpTenant(h);
    const [atlas, borealis] = [await createTeam(admin, 'Atlas'), await createTeam(admin, 'Borealis')];
    const [ada, ben] = [await createUser(admin, 'Ada Lovelace'), await createUser(admin, 'Ben Okafor')];
    await h.ok(ADD_MEMBER, { t: atlas, u: ada.id, d: 'QA', a: 50 }, admin);
    await h.ok(ADD_MEMBER, { t: borealis, u: ada.id, d: 'QA', a: 50 }, admin);
    await h.ok(ADD_MEMBER, { t: atlas, u: ben.id, d: 'Design' }, admin);

    const before = await stateOf(admin);
    expect(refusal(await h.run(SET_DISCIPLINES, { names: ['Frontend', 'Backend', 'Design'] }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'names',
      message: 'Team members still work in QA (2 team members): give them another discipline before removing it',
    });
    expect(refusal(await h.run(SET_DISCIPLINES, { names: ['Frontend'] }, admin)).message).toBe(
      'Team members still work in Design (1 team member), QA (2 team members): give them another discipline before removing it',
    );
    expect(await stateOf(admin)).toEqual(before);

    // Unused ones go; a used one may change its case (memberships match the list in any case).
    expect((await h.ok(SET_DISCIPLINES, { names: ['qa', 'Design', 'Mobile'] }, admin)).setDisciplines).toEqual(['qa', 'Design', 'Mobile']);
    // Once nobody works in it, it can go.
    await h.ok(UPDATE_MEMBER, { t: atlas, u: ben.id, input: { discipline: 'mobile' } }, admin);
    expect((await h.ok(SET_DISCIPLINES, { names: ['QA', 'Mobile'] }, admin)).setDisciplines).toEqual(['QA', 'Mobile']);
  });
});

describe('addTeamMember checks discipline and allocation', () => {
  test("the discipline is one of the tenant's, stored as the list spells it", async () => {
    const { admin } = await signUpTenant(h);
    const team = await createTeam(admin, 'Atlas');
    const ada = await createUser(admin, 'Ada Lovelace');
    const before = await stateOf(admin);
    expect(refusal(await h.run(ADD_MEMBER, { t: team, u: ada.id, d: 'Marketing' }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'discipline',
      message: '"Marketing" is not one of the organisation\'s disciplines: Frontend, Backend, QA, Design, DevOps',
    });
    expect(await stateOf(admin)).toEqual(before);

    await h.ok(ADD_MEMBER, { t: team, u: ada.id, d: '  backend ' }, admin);
    expect((await h.ok(MEMBERS, {}, admin)).teams[0].members).toEqual([
      { user: { displayName: 'Ada Lovelace' }, role: 'MEMBER', discipline: 'Backend', allocationPercent: 100 },
    ]);
    // A discipline the tenant adds can be used at once.
    await h.ok(SET_DISCIPLINES, { names: [...DEFAULTS, 'Data'] }, admin);
    await h.ok(ADD_MEMBER, { t: team, u: ada.id, d: 'DATA' }, admin);
    expect((await h.ok(MEMBERS, {}, admin)).teams[0].members[0].discipline).toBe('Data');
  });

  test("a user's allocations to all their teams add up to at most 100 %; exactly 100 % is accepted", async () => {
    const { admin } = await signUpTenant(h);
    const [platform, atlas] = [await createTeam(admin, 'Platform'), await createTeam(admin, 'Atlas')];
    const ada = await createUser(admin, 'Ada Lovelace');
    await h.ok(ADD_MEMBER, { t: platform, u: ada.id, d: 'Backend', a: 70 }, admin);

    const before = await stateOf(admin);
    expect(refusal(await h.run(ADD_MEMBER, { t: atlas, u: ada.id, d: 'Backend', a: 40 }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'allocationPercent',
      message: 'Ada Lovelace is already allocated 70 % to other teams (Platform 70 %): at most 30 % is left',
    });
    expect(await stateOf(admin)).toEqual(before);

    await h.ok(ADD_MEMBER, { t: atlas, u: ada.id, d: 'Backend', a: 30 }, admin);
    // Changing a membership counts the other teams only; raising Platform's share is now refused, lowering it is not.
    expect(refusal(await h.run(ADD_MEMBER, { t: platform, u: ada.id, d: 'Backend', a: 71 }, admin)).message).toBe(
      'Ada Lovelace is already allocated 30 % to other teams (Atlas 30 %): at most 70 % is left',
    );
    await h.ok(ADD_MEMBER, { t: platform, u: ada.id, d: 'QA', a: 70 }, admin);
    await h.ok(ADD_MEMBER, { t: platform, u: ada.id, d: 'QA', a: 60 }, admin);
    expect(
      (await h.ok(MEMBERS, {}, admin)).teams.map((t: { name: string; members: { allocationPercent: number }[] }) => [t.name, t.members[0].allocationPercent]),
    ).toEqual([
      ['Atlas', 30],
      ['Platform', 60],
    ]);
  });

  test('two teams taking the same person at once: only one gets the time', async () => {
    const { admin } = await signUpTenant(h);
    const [atlas, borealis] = [await createTeam(admin, 'Atlas'), await createTeam(admin, 'Borealis')];
    const ada = await createUser(admin, 'Ada Lovelace');
    const results = await Promise.all([atlas, borealis].map((t) => h.run(ADD_MEMBER, { t, u: ada.id, d: 'QA', a: 60 }, admin)));
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    const allocated = (await h.ok(MEMBERS, {}, admin)).teams.flatMap((t: { members: { allocationPercent: number }[] }) =>
      t.members.map((m) => m.allocationPercent),
    );
    expect(allocated).toEqual([60]);
  });

  test('a discipline removed while a member is given it: one of the two is refused', async () => {
    const { admin } = await signUpTenant(h);
    const team = await createTeam(admin, 'Atlas');
    const ada = await createUser(admin, 'Ada Lovelace');
    const results = await Promise.all([
      h.run(SET_DISCIPLINES, { names: ['Frontend', 'Backend'] }, admin),
      h.run(ADD_MEMBER, { t: team, u: ada.id, d: 'QA' }, admin),
    ]);
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    const { disciplines, teams } = await stateOf(admin);
    for (const member of teams[0].members) expect(disciplines).toContain(member.discipline);
  });
});

describe('updateTeamMember', () => {
  /** Atlas (managed by Mo, with Ada and Ben as members) and Borealis (managed by Bo). */
  async function setUp() {
    const { admin } = await signUpTenant(h);
    const [atlas, borealis] = [await createTeam(admin, 'Atlas'), await createTeam(admin, 'Borealis')];
    const mo = await createUser(admin, 'Mo Manager', 'MANAGER');
    const bo = await createUser(admin, 'Bo Manager', 'MANAGER');
    const ada = await createUser(admin, 'Ada Lovelace');
    const ben = await createUser(admin, 'Ben Okafor', 'MANAGER');
    const outsider = await createUser(admin, 'Olu Outsider');
    await h.ok(ADD_MEMBER, { t: atlas, u: mo.id, role: 'MANAGER', d: 'Backend', a: 0 }, admin);
    await h.ok(ADD_MEMBER, { t: borealis, u: bo.id, role: 'MANAGER', d: 'Backend', a: 0 }, admin);
    await h.ok(ADD_MEMBER, { t: atlas, u: ada.id, d: 'Frontend', a: 60 }, admin);
    await h.ok(ADD_MEMBER, { t: borealis, u: ada.id, d: 'Frontend', a: 30 }, admin);
    await h.ok(ADD_MEMBER, { t: atlas, u: ben.id, d: 'QA', a: 100 }, admin);
    return { admin, atlas, borealis, ada, ben, outsider, mo: await signIn(mo.email), bo: await signIn(bo.email) };
  }

  test("the team's manager changes a member's discipline, allocation and role; audited with from and to", async () => {
    const { admin, atlas, ada, mo } = await setUp();
    const { updateTeamMember } = await h.ok(UPDATE_MEMBER, { t: atlas, u: ada.id, input: { discipline: 'design', allocationPercent: 70, role: 'VIEWER' } }, mo);
    expect(updateTeamMember.members.find((m: { user: { id: string } }) => m.user.id === ada.id)).toEqual({
      user: { id: ada.id },
      role: 'VIEWER',
      discipline: 'Design',
      allocationPercent: 70,
    });
    const [entry] = (await h.ok(AUDIT, {}, admin)).auditLog;
    expect(entry).toMatchObject({ action: 'team_member.updated', actorEmail: mo.email, targetType: 'Team', targetId: atlas });
    expect(JSON.parse(entry.details)).toMatchObject({
      team: 'Atlas',
      userId: ada.id,
      discipline: { from: 'Frontend', to: 'Design' },
      allocationPercent: { from: 60, to: 70 },
      role: { from: 'MEMBER', to: 'VIEWER' },
    });

    // Fields not given stay; a change to nothing records nothing.
    const before = await stateOf(admin);
    expect((await h.ok(UPDATE_MEMBER, { t: atlas, u: ada.id, input: { allocationPercent: 70 } }, mo)).updateTeamMember.id).toBe(atlas);
    expect(await stateOf(admin)).toEqual(before);
    // Admins change any team's members.
    await h.ok(UPDATE_MEMBER, { t: atlas, u: ada.id, input: { role: 'MEMBER' } }, admin);
  });

  test('a plain member, a member with the MANAGER tenant role and the manager of another team are FORBIDDEN', async () => {
    const { admin, atlas, ada, ben, bo } = await setUp();
    const [plain, tenantManager] = [await signIn(ada.email), await signIn(ben.email)];
    const before = await stateOf(admin);
    for (const [who, identity] of [
      ['plain member', plain],
      ['member with the MANAGER tenant role', tenantManager],
      ['manager of Borealis', bo],
    ] as const) {
      expect(codeOf(await h.run(UPDATE_MEMBER, { t: atlas, u: ben.id, input: { allocationPercent: 10 } }, identity)), who).toBe('FORBIDDEN');
    }
    expect(codeOf(await h.run(UPDATE_MEMBER, { t: atlas, u: ben.id, input: { allocationPercent: 10 } }))).toBe('UNAUTHENTICATED');
    expect(await stateOf(admin)).toEqual(before);
  });

  test('a manager cannot change their own team role (they could lose the team); their other fields, another manager or an admin can', async () => {
    const { admin, atlas, mo } = await setUp();
    const moId = mo.kind === 'user' ? mo.userId : '';
    const before = await stateOf(admin);
    for (const role of ['VIEWER', 'MEMBER'] as const) {
      expect(refusal(await h.run(UPDATE_MEMBER, { t: atlas, u: moId, input: { role, allocationPercent: 10 } }, mo))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.role',
        message: 'You cannot change your own team role: another manager or an admin can',
      });
    }
    expect(await stateOf(admin)).toEqual(before);
    // Their own role unchanged (sent as it is) and their allocation: fine.
    const own = (await h.ok(UPDATE_MEMBER, { t: atlas, u: moId, input: { role: 'MANAGER', allocationPercent: 10 } }, mo)).updateTeamMember.members;
    expect(own).toContainEqual({ user: { id: moId }, role: 'MANAGER', discipline: 'Backend', allocationPercent: 10 });
    // An admin may change theirs: their account role keeps every team's rights.
    const adminId = admin.kind === 'user' ? admin.userId : '';
    await h.ok(ADD_MEMBER, { t: atlas, u: adminId, role: 'MANAGER', d: 'Backend', a: 0 }, admin);
    const members = (await h.ok(UPDATE_MEMBER, { t: atlas, u: adminId, input: { role: 'VIEWER' } }, admin)).updateTeamMember.members;
    expect(members).toContainEqual({ user: { id: adminId }, role: 'VIEWER', discipline: 'Backend', allocationPercent: 0 });
    // And an admin changes the manager's.
    await h.ok(UPDATE_MEMBER, { t: atlas, u: moId, input: { role: 'MEMBER' } }, admin);
  });

  test('NOT_FOUND for a user who is not a member; the same checks as addTeamMember; nothing changes when refused', async () => {
    const { admin, atlas, ada, outsider, mo } = await setUp();
    const before = await stateOf(admin);
    for (const identity of [mo, admin]) {
      const result = await h.run(UPDATE_MEMBER, { t: atlas, u: outsider.id, input: { allocationPercent: 10 } }, identity);
      expect(refusal(result)).toMatchObject({ code: 'NOT_FOUND', message: 'Olu Outsider is not a member of Atlas' });
    }
    expect(codeOf(await h.run(UPDATE_MEMBER, { t: atlas, u: '00000000-0000-4000-8000-000000000000', input: { role: 'VIEWER' } }, mo))).toBe('NOT_FOUND');
    expect(codeOf(await h.run(UPDATE_MEMBER, { t: '00000000-0000-4000-8000-000000000000', u: ada.id, input: { role: 'VIEWER' } }, admin))).toBe('NOT_FOUND');

    const refused = [
      [{ discipline: 'Marketing' }, 'discipline', /not one of the organisation's disciplines/],
      [{ discipline: '  ' }, 'discipline', /cannot be empty/],
      [{ allocationPercent: 71 }, 'allocationPercent', /^Ada Lovelace is already allocated 30 % to other teams \(Borealis 30 %\): at most 70 % is left$/],
      [{ allocationPercent: 101 }, 'allocationPercent', /from 0 to 100/],
      // One bad field refuses the whole change.
      [{ role: 'VIEWER', discipline: 'Design', allocationPercent: 90 }, 'allocationPercent', /at most 70 % is left/],
    ] as const;
    for (const [input, field, message] of refused) {
      const { code, field: named, message: text } = refusal(await h.run(UPDATE_MEMBER, { t: atlas, u: ada.id, input }, mo));
      expect({ code, field: named }, JSON.stringify(input)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(text).toMatch(message);
    }
    expect(await stateOf(admin)).toEqual(before);

    // Exactly 100 % across both teams is accepted.
    expect((await h.ok(UPDATE_MEMBER, { t: atlas, u: ada.id, input: { allocationPercent: 70 } }, mo)).updateTeamMember.members).toContainEqual({
      user: { id: ada.id },
      role: 'MEMBER',
      discipline: 'Frontend',
      allocationPercent: 70,
    });
  });
});
