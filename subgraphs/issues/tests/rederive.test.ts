import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GraphQLError } from 'graphql';
import { jiraDate, parseJiraDate, startJiraSim, touchSite, type JiraField, type JiraSim, type JiraSite } from '@sprint-reports/jira-sim';
import { createTestDatabase, simSite, snapshot, syncHarness, tenantNamed } from '@sprint-reports/testing';

/**
 * Changing a connection's story points field re-derives every issue's estimate and estimate
 * history from what the sync stored (raw fields and changelog items), without reading the issues
 * from JIRA again, and recomputes the analyses. The site gets a second number field, "Team
 * Points", with values of its own and a history of changes; the result must equal a sync that
 * used that field from the start.
 */
const TEAM_POINTS: JiraField = {
  id: 'customfield_10077',
  key: 'customfield_10077',
  name: 'Team Points',
  custom: true,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: ['cf[10077]', 'Team Points'],
  schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10077 },
};
const HOUR = 3_600_000;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let harness: Awaited<ReturnType<typeof syncHarness>>;
let site: JiraSite;
let sim: JiraSim;
/** What the site's Team Points say, per issue key: the value now and its history. */
const expected = new Map<string, { points: number | null; warning: string | null; history: { at: string; from: number | null; to: number | null }[] }>();

const ISSUE = /* GraphQL */ `
  query Issue($key: String!) { issue(key: $key) { key storyPoints estimateWarning estimateHistory { at from to } } }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateJiraConnectionInput!) { updateJiraConnection(id: $id, input: $input) { id storyPointsField effectiveStoryPointsField } }
`;

/**
 * Gives every issue a Team Points value unlike its story points; every third issue got there
 * through a change an hour after creation (from 40 to its value), and one issue holds -2.
 */
function addTeamPoints(s: JiraSite) {
  s.fields.push(structuredClone(TEAM_POINTS));
  let historyId = 900_000;
  s.issues.forEach((issue, i) => {
    const points = i === 4 ? -2 : (i % 6) + 1;
    issue.fields[TEAM_POINTS.id] = points;
    const history: { at: string; from: number | null; to: number | null }[] = [];
    if (i % 3 === 0) {
      const at = parseJiraDate(issue.fields.created as string) + HOUR;
      issue.histories.push({
        id: String(historyId++),
        created: jiraDate(at),
        items: [{ field: TEAM_POINTS.name, fieldtype: 'custom', fieldId: TEAM_POINTS.id, from: null, fromString: '40', to: null, toString: String(points) }],
      });
      issue.histories.sort((a, b) => parseJiraDate(a.created) - parseJiraDate(b.created));
      history.push({ at: new Date(at).toISOString(), from: 40, to: points < 0 ? null : points });
    }
    expected.set(issue.key, {
      points: points < 0 ? null : points,
      warning: points < 0 ? `estimate ${points} is negative; treated as no estimate` : null,
      history,
    });
  });
  touchSite(s);
}

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await syncHarness(database);
  site = simSite('rederive-site', 31, { sprints: 4, issuesPerSprint: 15, issues: 70 });
  sim = await startJiraSim({ site, flavor: 'CLOUD', searchPageSize: 25 });
  addTeamPoints(site);
});
afterAll(async () => {
  await sim?.close();
  await harness?.runtime.jobs.close();
  await database?.close();
});

describe("switching a connection's story points field", () => {
  const tenant = tenantNamed('rederive');
  let connection: string;

  test('re-derives every estimate and estimate history from stored data, and recomputes the analyses', async () => {
    connection = await harness.connect(tenant, sim);
    expect((await harness.sync(tenant, connection)).status).toBe('SUCCEEDED');
    const before = await snapshot(database, tenant);
    // The board's estimation field ("Story point estimate") is used until told otherwise.
    expect(before.issues.some((i) => i.storyPoints !== null && i.storyPoints !== expected.get(i.key)!.points)).toBe(true);

    const requestsBefore = sim.requests.length;
    const { updateJiraConnection } = await harness.call(tenant, UPDATE, { id: connection, input: { storyPointsField: 'Team Points' } });
    expect(updateJiraConnection).toMatchObject({ storyPointsField: 'Team Points' });
    await harness.runtime.jobs.idle();
    // Nothing but the field list was read from JIRA: the issues came from the database.
    expect(
      sim.requests
        .slice(requestsBefore)
        .filter((r) => !r.path.endsWith('/field'))
        .map((r) => r.path),
    ).toEqual([]);

    const { jiraConnection } = await harness.call(tenant, `query($id: ID!) { jiraConnection(id: $id) { effectiveStoryPointsField } }`, { id: connection });
    expect(jiraConnection.effectiveStoryPointsField).toBe(TEAM_POINTS.id);
    for (const [key, want] of expected) {
      const { issue } = await harness.call(tenant, ISSUE, { key });
      expect(issue, key).toEqual({ key, storyPoints: want.points, estimateWarning: want.warning, estimateHistory: want.history });
    }
    const after = await snapshot(database, tenant);
    expect(after.analyses.map((a) => a.sprint)).toEqual(before.analyses.map((a) => a.sprint));
    expect(after.analyses).not.toEqual(before.analyses);
  });

  test('ends where a sync that used the new field from the start ends', async () => {
    const fresh = tenantNamed('rederive-fresh');
    const freshConnection = await harness.connect(fresh, sim, { storyPointsField: 'Team Points' });
    expect((await harness.sync(fresh, freshConnection)).status).toBe('SUCCEEDED');
    const [switched, synced] = [await snapshot(database, tenant), await snapshot(database, fresh)];
    const estimates = (s: typeof synced) => s.issues.map((i) => ({ key: i.key, storyPoints: i.storyPoints, estimateWarning: i.estimateWarning }));
    expect(estimates(switched)).toEqual(estimates(synced));
    expect(switched.estimateChanges).toEqual(synced.estimateChanges);
    expect(switched.analyses).toEqual(synced.analyses);
  });

  test('switching back to the discovered field (no override) restores the original estimates', async () => {
    const original = tenantNamed('rederive-original');
    const originalConnection = await harness.connect(original, sim);
    expect((await harness.sync(original, originalConnection)).status).toBe('SUCCEEDED');

    const { updateJiraConnection } = await harness.call(tenant, UPDATE, { id: connection, input: { storyPointsField: null } });
    expect(updateJiraConnection.storyPointsField).toBeNull();
    await harness.runtime.jobs.idle();

    const [back, synced] = [await snapshot(database, tenant), await snapshot(database, original)];
    expect(back.issues.map((i) => [i.key, i.storyPoints])).toEqual(synced.issues.map((i) => [i.key, i.storyPoints]));
    expect(back.estimateChanges).toEqual(synced.estimateChanges);
    expect(back.analyses).toEqual(synced.analyses);
  });

  test('an override that names no field of the site is refused when it is set, and nothing changes', async () => {
    const before = await snapshot(database, tenant);
    const error = await harness.call(tenant, UPDATE, { id: connection, input: { storyPointsField: 'Velocity Points' } }).then(
      () => null,
      (err: GraphQLError) => ({ code: err.extensions.code, message: err.message }),
    );
    expect(error).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining('No JIRA field has the id or name "Velocity Points"') });
    await harness.runtime.jobs.idle();
    const { jiraConnection } = await harness.call(tenant, `query($id: ID!) { jiraConnection(id: $id) { storyPointsField } }`, { id: connection });
    expect(jiraConnection.storyPointsField).toBeNull();
    expect(await snapshot(database, tenant)).toEqual(before);
  });

  test('an override naming a field that does not hold numbers is refused too', async () => {
    const error = await harness.call(tenant, UPDATE, { id: connection, input: { storyPointsField: 'Summary' } }).then(
      () => null,
      (err: GraphQLError) => ({ code: err.extensions.code, message: err.message }),
    );
    expect(error).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining('not numbers') });
  });
});
