import { describe, expect, test } from 'vitest';
import { smallTeam, useSeededDatabase } from '@sprint-reports/testing';
import { stableId, withTenant } from '@sprint-reports/core';
import { issuesTables } from '@sprint-reports/drizzle';
import { issuesData, subgraph } from '../src/index.ts';

const seeded = useSeededDatabase({ acme: [smallTeam('Atlas')], other: [smallTeam('Atlas')] }, subgraph);

describe('issues subgraph', () => {
  test('resolves Issue references by id and by key, within the tenant only', async () => {
    const issue = seeded.acme.issues[0];
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Issue { id key summary storyPoints } } }`,
      {
        r: [
          { __typename: 'Issue', id: issue.id },
          { __typename: 'Issue', key: issue.key },
          // The other tenant has an issue with the same key and its own id: neither resolves here.
          { __typename: 'Issue', id: seeded.other.issues[0].id },
        ],
      },
    );
    const expected = { id: issue.id, key: issue.key, summary: issue.summary, storyPoints: issue.storyPoints };
    expect(data._entities).toEqual([expected, expected, null]);
    const theirs = await seeded.call(seeded.other.tenant.id, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Issue { id } } }`, {
      r: [{ __typename: 'Issue', key: issue.key }],
    });
    expect(theirs._entities).toEqual([{ id: seeded.other.issues[0].id }]);
  });

  test('Sprint.issues: the issues still in the sprint, in rank order, without those taken out', async () => {
    const removed = seeded.acme.memberships.find((m) => m.removedAt !== null)!;
    const sprintId = removed.sprintId;
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { issues { id key rank } } } }`,
      { r: [{ __typename: 'Sprint', id: sprintId }] },
    );
    const stayed = seeded.acme.memberships.filter((m) => m.sprintId === sprintId && m.removedAt === null).map((m) => m.issueId);
    const issues = data._entities[0].issues as { id: string; rank: string }[];
    expect(new Set(issues.map((i) => i.id))).toEqual(new Set(stayed));
    expect(issues.map((i) => i.id)).not.toContain(removed.issueId);
    expect(issues.map((i) => i.rank)).toEqual([...issues.map((i) => i.rank)].sort());
  });

  test('an issue done without a recorded status change counts as done since its creation', async () => {
    const sprint = seeded.acme.sprints.find((s) => s.state === 'FUTURE')!;
    const template = seeded.acme.issues[0];
    const created = new Date('2026-01-05T10:00:00Z');
    const issue = {
      ...template,
      id: stableId('issue', 'created-done'),
      key: 'ATL-9999',
      jiraId: null,
      connectionId: null,
      status: 'Done',
      statusCategory: 'DONE' as const,
      createdAt: created,
      updatedAt: created,
      resolvedAt: created,
    };
    await withTenant(seeded.database.db, issue.tenantId, async (db) => {
      await issuesData.upsertIssues(db, [issue]);
      await issuesData.upsertMemberships(db, [{ tenantId: issue.tenantId, issueId: issue.id, sprintId: sprint.id, addedAt: created, removedAt: null }]);
    });
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { issueFacts { issueId statusCategories { at category } } } } }`,
      { r: [{ __typename: 'Sprint', id: sprint.id }] },
    );
    const fact = data._entities[0].issueFacts.find((f: { issueId: string }) => f.issueId === issue.id);
    expect(fact.statusCategories).toEqual([{ at: created.toISOString(), category: 'DONE' }]);
  });

  test('an issue carries its sprint history, status and estimate facts', async () => {
    const carried = seeded.acme.issues.find((i) => seeded.acme.memberships.filter((m) => m.issueId === i.id).length > 1)!;
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($key: String!) { issue(key: $key) { key status statusCategory discipline assignee { id } sprintHistory { sprint { id } addedAt removedAt } } }`,
      { key: carried.key },
    );
    expect(data.issue.sprintHistory.map((h: { sprint: { id: string } }) => h.sprint.id)).toEqual(
      seeded.acme.memberships
        .filter((m) => m.issueId === carried.id)
        .sort((a, b) => +a.addedAt - +b.addedAt)
        .map((m) => m.sprintId),
    );
    expect(data.issue).toMatchObject({ key: carried.key, status: carried.status, statusCategory: carried.statusCategory, discipline: carried.discipline });
  });

  test('Sprint.issueFacts gives one fact per membership with the estimate at creation first', async () => {
    const sprint = seeded.acme.sprints[0];
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { issueFacts { issueId addedAt removedAt estimates { at points } statusCategories { category } } } } }`,
      { r: [{ __typename: 'Sprint', id: sprint.id }] },
    );
    const facts = data._entities[0].issueFacts as { issueId: string; estimates: { at: string; points: number | null }[] }[];
    expect(facts).toHaveLength(seeded.acme.memberships.filter((m) => m.sprintId === sprint.id).length);
    const changed = seeded.acme.estimateChanges.find((c) => facts.some((f) => f.issueId === c.issueId))!;
    const fact = facts.find((f) => f.issueId === changed.issueId)!;
    expect(fact.estimates[0].points).toBe(changed.fromPoints);
    expect(fact.estimates.map((e) => e.points)).toContain(changed.toPoints);
  });

  test('Sprint.issueFacts carries the issue as it is now (creation, type, components, labels, assignee) and every sprint it has been in', async () => {
    const carried = seeded.acme.issues.find((i) => i.assigneeId && seeded.acme.memberships.filter((m) => m.issueId === i.id).length > 1)!;
    const stays = seeded.acme.memberships.filter((m) => m.issueId === carried.id).sort((a, b) => +a.addedAt - +b.addedAt);
    const memberships = stays.map((m) => ({ sprintId: m.sprintId, addedAt: m.addedAt.toISOString(), removedAt: m.removedAt?.toISOString() ?? null }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { id issueFacts { issueId createdAt issueType components labels assigneeId originalEstimates { at points } memberships { sprintId addedAt removedAt } } } } }`;
    // Each sprint it was in gives the same whole history, whichever was asked for.
    const data = await seeded.call(seeded.acme.tenant.id, query, { r: stays.map((m) => ({ __typename: 'Sprint', id: m.sprintId })) });
    for (const sprint of data._entities as { id: string; issueFacts: { issueId: string }[] }[]) {
      const facts = sprint.issueFacts.filter((f) => f.issueId === carried.id);
      expect(facts).toHaveLength(stays.filter((m) => m.sprintId === sprint.id).length);
      for (const fact of facts) {
        expect(fact).toEqual({
          issueId: carried.id,
          createdAt: carried.createdAt.toISOString(),
          issueType: carried.issueType,
          components: carried.components,
          labels: carried.labels,
          assigneeId: carried.assigneeId,
          // The generated data has no time tracking: no Original Estimate, ever.
          originalEstimates: [{ at: carried.createdAt.toISOString(), points: null }],
          memberships,
        });
      }
    }
  });

  test('an Original Estimate set at creation comes from the raw fields, in hours', async () => {
    const sprint = seeded.acme.sprints.find((s) => s.state === 'FUTURE')!;
    const created = new Date('2026-01-05T10:00:00Z');
    const issue = {
      ...seeded.acme.issues[1],
      id: stableId('issue', 'estimated-at-creation'),
      key: 'ATL-9998',
      jiraId: null,
      connectionId: null,
      createdAt: created,
      updatedAt: created,
      rawFields: { timeoriginalestimate: 5400 },
    };
    await withTenant(seeded.database.db, issue.tenantId, async (db) => {
      await issuesData.upsertIssues(db, [issue]);
      await issuesData.upsertMemberships(db, [{ tenantId: issue.tenantId, issueId: issue.id, sprintId: sprint.id, addedAt: created, removedAt: null }]);
    });
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { issueFacts { issueId originalEstimates { at points } } } } }`,
      { r: [{ __typename: 'Sprint', id: sprint.id }] },
    );
    const fact = data._entities[0].issueFacts.find((f: { issueId: string }) => f.issueId === issue.id);
    expect(fact.originalEstimates).toEqual([{ at: created.toISOString(), points: 1.5 }]);
  });

  test('Issue.cycleTime and leadTime: a reopened issue is done when last finished; one never in progress has no cycle time; one not done has neither', async () => {
    const template = seeded.acme.issues[2];
    const tenantId = template.tenantId;
    const at = (s: string) => new Date(`2026-01-${s}Z`);
    const make = (key: string, category: 'TODO' | 'IN_PROGRESS' | 'DONE') => ({
      ...template,
      id: stableId('issue', key),
      key,
      jiraId: null,
      connectionId: null,
      status: category,
      statusCategory: category,
      createdAt: at('05T10:00:00'),
      updatedAt: at('10T13:30:00'),
    });
    const change = (issueId: string, when: string, toCategory: 'TODO' | 'IN_PROGRESS' | 'DONE') => ({
      tenantId,
      issueId,
      at: at(when),
      fromStatus: null,
      fromStatusId: null,
      fromCategory: null,
      toStatus: toCategory,
      toStatusId: null,
      toCategory,
    });
    const reopened = make('FLOW-1', 'DONE');
    const straight = make('FLOW-2', 'DONE');
    const open = make('FLOW-3', 'IN_PROGRESS');
    await withTenant(seeded.database.db, tenantId, async (db) => {
      await issuesData.upsertIssues(db, [reopened, straight, open]);
      await issuesData.insertStatusChanges(db, [
        change(reopened.id, '06T10:00:00', 'IN_PROGRESS'),
        change(reopened.id, '08T16:00:00', 'DONE'),
        change(reopened.id, '09T10:00:00', 'IN_PROGRESS'),
        change(reopened.id, '10T13:30:00', 'DONE'),
        change(straight.id, '07T09:00:00', 'DONE'),
        change(open.id, '06T10:00:00', 'IN_PROGRESS'),
      ]);
    });
    const flow = `cycleTime { hours days from to } leadTime { hours days from to }`;
    const data = await seeded.call(tenantId, `{ a: issue(key: "FLOW-1") { ${flow} } b: issue(key: "FLOW-2") { ${flow} } c: issue(key: "FLOW-3") { ${flow} } }`);
    // Started 6th 10:00, last done 10th 13:30: 4 days 3.5 h = 99.5 h (4.15 days); created 5th 10:00: 123.5 h (5.15 days).
    expect(data.a).toEqual({
      cycleTime: { hours: 99.5, days: 4.15, from: '2026-01-06T10:00:00.000Z', to: '2026-01-10T13:30:00.000Z' },
      leadTime: { hours: 123.5, days: 5.15, from: '2026-01-05T10:00:00.000Z', to: '2026-01-10T13:30:00.000Z' },
    });
    // To-do straight to done on the 7th 09:00: 47 h lead time (1.96 days), no cycle time.
    expect(data.b).toEqual({ cycleTime: null, leadTime: { hours: 47, days: 1.96, from: '2026-01-05T10:00:00.000Z', to: '2026-01-07T09:00:00.000Z' } });
    expect(data.c).toEqual({ cycleTime: null, leadTime: null });
  });

  test('facts and flow times cost the same statements for every sprint of the board as for one', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { issues { cycleTime { hours } leadTime { hours } } issueFacts { issueId memberships { sprintId } originalEstimates { points } } } } }`;
    const statementsFor = async (sprintIds: string[]) => {
      const before = seeded.database.statements.count;
      const data = await seeded.call(seeded.acme.tenant.id, query, { r: sprintIds.map((id) => ({ __typename: 'Sprint', id })) });
      return {
        statements: seeded.database.statements.count - before,
        facts: (data._entities as { issueFacts: unknown[] }[]).reduce((n, s) => n + s.issueFacts.length, 0),
      };
    };
    const sprints = seeded.acme.sprints.filter((s) => s.state !== 'FUTURE').map((s) => s.id);
    const one = await statementsFor(sprints.slice(0, 1));
    const all = await statementsFor(sprints);
    expect(all.facts).toBeGreaterThan(2 * one.facts);
    expect(all.statements).toBe(one.statements);
    // The tenant's scope, the sprints' issues, their status history, and four for the facts.
    expect(all.statements).toBeLessThanOrEqual(7);
  });

  test("Issue.url: the issue in JIRA at its connection's base URL, null for an issue no connection synced; one statement for every connection asked", async () => {
    const tenantId = seeded.acme.tenant.id;
    const template = seeded.acme.issues[3];
    // Two sites (JIRA Server keeps its context path); the sealed token is never read here.
    const site = (name: string, baseUrl: string) => ({
      id: stableId('connection', name),
      tenantId,
      name,
      baseUrl,
      flavor: 'SERVER' as const,
      apiTokenSealed: 'unused',
    });
    const cloud = site('url-cloud', 'https://acme.atlassian.net');
    const server = site('url-server', 'https://jira.acme.test/jira');
    const issue = (key: string, connectionId: string) => ({ ...template, id: stableId('issue', key), key, jiraId: null, connectionId });
    const issues = [issue('WEB-1', cloud.id), issue('WEB-2', cloud.id), issue('OPS-7', server.id)];
    await withTenant(seeded.database.db, tenantId, async (db) => {
      await db.insert(issuesTables.jiraConnections).values([cloud, server]);
      await issuesData.upsertIssues(db, issues);
    });
    const urls = async (ids: string[]) => {
      const before = seeded.database.statements.count;
      const data = await seeded.call(tenantId, `query($ids: [ID!]!) { issues(ids: $ids) { key url } }`, { ids });
      return { urls: data.issues, statements: seeded.database.statements.count - before };
    };
    const all = await urls([...issues.map((i) => i.id), seeded.acme.issues[0].id]);
    expect(all.urls).toEqual([
      { key: 'WEB-1', url: 'https://acme.atlassian.net/browse/WEB-1' },
      { key: 'WEB-2', url: 'https://acme.atlassian.net/browse/WEB-2' },
      { key: 'OPS-7', url: 'https://jira.acme.test/jira/browse/OPS-7' },
      // Seeded straight into the database, not synced: no site to link to.
      { key: seeded.acme.issues[0].key, url: null },
    ]);
    // The tenant's scope, the issues, and their connections: as many for two sites as for one.
    expect(all.statements).toBe((await urls([issues[0].id])).statements);
    expect(all.statements).toBeLessThanOrEqual(3);
  });

  test('an unknown key is NOT_FOUND', async () => {
    await expect(seeded.call(seeded.acme.tenant.id, `{ issue(key: "NOPE-1") { id } }`)).rejects.toThrow(/Issue NOPE-1 was not found/);
  });
});
