import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, seedTenant, smallTeam, subgraphCaller } from '@sprint-reports/testing';
import type { Dataset } from '@sprint-reports/demo-data';
import { subgraph } from '../src/index.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let acme: Dataset;
let other: Dataset;
let call: ReturnType<typeof subgraphCaller>;

beforeAll(async () => {
  database = await createTestDatabase();
  acme = await seedTenant(database, 'acme', [smallTeam('Atlas'), smallTeam('Borealis')]);
  other = await seedTenant(database, 'other', [smallTeam('Zeta')]);
  call = subgraphCaller(database, subgraph);
});
afterAll(() => database?.close());

describe('users subgraph', () => {
  test('resolves User, Team and Tenant references through _entities, only within the tenant', async () => {
    const user = acme.users[0];
    const data = await call(acme.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on User { id displayName email teams { name } }
      ... on Team { id name }
      ... on Tenant { slug } } }`, {
      r: [
        { __typename: 'User', id: user.id },
        { __typename: 'Team', id: acme.teams[1].id },
        { __typename: 'Tenant', id: acme.tenant.id },
        { __typename: 'User', id: other.users[0].id },
        { __typename: 'Tenant', id: other.tenant.id },
      ],
    });
    expect(data._entities).toEqual([
      { id: user.id, displayName: user.displayName, email: user.email, teams: [{ name: 'Atlas' }] },
      { id: acme.teams[1].id, name: 'Borealis' },
      { slug: 'acme' },
      null,
      null,
    ]);
  });

  test('teams list their members with discipline, role and allocation', async () => {
    const data = await call(acme.tenant.id, `{ tenant { name } teams { name members { user { displayName } discipline role allocationPercent } } }`);
    expect(data.tenant).toEqual({ name: 'acme' });
    expect(data.teams.map((t: { name: string }) => t.name)).toEqual(['Atlas', 'Borealis']);
    const atlas = data.teams[0].members as { discipline: string; role: string; allocationPercent: number }[];
    expect(atlas).toHaveLength(5);
    expect(atlas.filter((m) => m.role === 'MANAGER')).toHaveLength(1);
    expect(new Set(atlas.map((m) => m.discipline))).toEqual(new Set(['Backend', 'Frontend', 'QA', 'Design']));
  });
});
