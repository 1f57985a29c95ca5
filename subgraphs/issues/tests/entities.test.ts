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
  acme = await seedTenant(database, 'acme', [smallTeam('Atlas')]);
  other = await seedTenant(database, 'other', [smallTeam('Atlas')]);
  call = subgraphCaller(database, subgraph);
});
afterAll(() => database?.close());

describe('issues subgraph', () => {
  test('resolves Issue references by id and by key, within the tenant only', async () => {
    const issue = acme.issues[0];
    const data = await call(acme.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Issue { id key summary storyPoints } } }`, {
      r: [
        { __typename: 'Issue', id: issue.id },
        { __typename: 'Issue', key: issue.key },
        // The other tenant has an issue with the same key and its own id: neither resolves here.
        { __typename: 'Issue', id: other.issues[0].id },
      ],
    });
    const expected = { id: issue.id, key: issue.key, summary: issue.summary, storyPoints: issue.storyPoints };
    expect(data._entities).toEqual([expected, expected, null]);
    const theirs = await call(other.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Issue { id } } }`, { r: [{ __typename: 'Issue', key: issue.key }] });
    expect(theirs._entities).toEqual([{ id: other.issues[0].id }]);
  });

  test('Sprint.issues: the issues still in the sprint, in rank order, without those taken out', async () => {
    const sprint = acme.sprints[1];
    const data = await call(acme.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { issues { id key rank } } } }`, { r: [{ __typename: 'Sprint', id: sprint.id }] });
    const stayed = acme.memberships.filter((m) => m.sprintId === sprint.id && m.removedAt === null).map((m) => m.issueId);
    const issues = data._entities[0].issues as { id: string; rank: string }[];
    expect(new Set(issues.map((i) => i.id))).toEqual(new Set(stayed));
    expect(issues.map((i) => i.rank)).toEqual([...issues.map((i) => i.rank)].sort());
    expect(acme.memberships.some((m) => m.sprintId === sprint.id && m.removedAt !== null) || stayed.length > 0).toBe(true);
  });

  test('an issue carries its sprint history, status and estimate facts', async () => {
    const carried = acme.issues.find((i) => acme.memberships.filter((m) => m.issueId === i.id).length > 1)!;
    const data = await call(acme.tenant.id, `query($key: String!) { issue(key: $key) { key status statusCategory discipline assignee { id } sprintHistory { sprint { id } addedAt removedAt } } }`, { key: carried.key });
    expect(data.issue.sprintHistory.map((h: { sprint: { id: string } }) => h.sprint.id)).toEqual(
      acme.memberships.filter((m) => m.issueId === carried.id).sort((a, b) => +a.addedAt - +b.addedAt).map((m) => m.sprintId),
    );
    expect(data.issue).toMatchObject({ key: carried.key, status: carried.status, statusCategory: carried.statusCategory, discipline: carried.discipline });
  });

  test('Sprint.issueFacts gives one fact per membership with the estimate at creation first', async () => {
    const sprint = acme.sprints[0];
    const data = await call(acme.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { issueFacts { issueId addedAt removedAt estimates { at points } statusCategories { category } } } } }`, { r: [{ __typename: 'Sprint', id: sprint.id }] });
    const facts = data._entities[0].issueFacts as { issueId: string; estimates: { at: string; points: number | null }[] }[];
    expect(facts).toHaveLength(acme.memberships.filter((m) => m.sprintId === sprint.id).length);
    const changed = acme.estimateChanges.find((c) => facts.some((f) => f.issueId === c.issueId))!;
    const fact = facts.find((f) => f.issueId === changed.issueId)!;
    expect(fact.estimates[0].points).toBe(changed.fromPoints);
    expect(fact.estimates.map((e) => e.points)).toContain(changed.toPoints);
  });

  test('an unknown key is NOT_FOUND', async () => {
    await expect(call(acme.tenant.id, `{ issue(key: "NOPE-1") { id } }`)).rejects.toThrow(/Issue NOPE-1 was not found/);
  });
});
