import { describe, expect, test } from 'vitest';
import { smallTeam, useSeededDatabase } from '@sprint-reports/testing';
import { subgraph } from '../src/index.ts';

const seeded = useSeededDatabase({ acme: [smallTeam('Atlas'), smallTeam('Borealis')], other: [smallTeam('Zeta')] }, subgraph);

describe('users subgraph', () => {
  test('resolves User, Team and Tenant references through _entities, only within the tenant', async () => {
    const user = seeded.acme.users[0];
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on User { id displayName email teams { name } }
      ... on Team { id name }
      ... on Tenant { slug } } }`,
      {
        r: [
          { __typename: 'User', id: user.id },
          { __typename: 'Team', id: seeded.acme.teams[1].id },
          { __typename: 'Tenant', id: seeded.acme.tenant.id },
          { __typename: 'User', id: seeded.other.users[0].id },
          { __typename: 'Tenant', id: seeded.other.tenant.id },
        ],
      },
    );
    expect(data._entities).toEqual([
      { id: user.id, displayName: user.displayName, email: user.email, teams: [{ name: 'Atlas' }] },
      { id: seeded.acme.teams[1].id, name: 'Borealis' },
      { slug: 'acme' },
      null,
      null,
    ]);
  });

  test('teams list their members with discipline, role and allocation', async () => {
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `{ tenant { name } teams { name members { user { displayName } discipline role allocationPercent } } }`,
    );
    expect(data.tenant).toEqual({ name: 'acme' });
    expect(data.teams.map((t: { name: string }) => t.name)).toEqual(['Atlas', 'Borealis']);
    const atlas = data.teams[0].members as { discipline: string; role: string; allocationPercent: number }[];
    expect(atlas).toHaveLength(5);
    expect(atlas.filter((m) => m.role === 'MANAGER')).toHaveLength(1);
    expect(new Set(atlas.map((m) => m.discipline))).toEqual(new Set(['Backend', 'Frontend', 'QA', 'Design']));
  });

  test("a user's team roles: each of their teams with their role in it (what the web app reads for single sign-on sessions)", async () => {
    const data = await seeded.call(seeded.acme.tenant.id, `{ teams { name members { user { id } role } } }`);
    const members = data.teams[0].members as { user: { id: string }; role: string }[];
    const manager = members.find((m) => m.role === 'MANAGER')!;
    const member = members.find((m) => m.role !== 'MANAGER')!;
    const roles = async (id: string) =>
      (await seeded.call(seeded.acme.tenant.id, `query($id: ID!) { user(id: $id) { teamRoles { team { name } role } } }`, { id })).user.teamRoles;
    expect(await roles(manager.user.id)).toEqual([{ team: { name: 'Atlas' }, role: 'MANAGER' }]);
    expect(await roles(member.user.id)).toEqual([{ team: { name: 'Atlas' }, role: member.role }]);
  });
});
