import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { closeRuntime, startSubgraphs, withTenant, type LiveEvent, type Runtime } from '@sprint-reports/core';
import { sprintsTables } from '@sprint-reports/drizzle';
import type { Dataset } from '@sprint-reports/demo-data';
import { adHoc, createTestDatabase, eventRecorder, seedTenant, smallTeam, testRuntime } from '@sprint-reports/testing';
import { refreshDueAnalyses, refreshSprintAnalyses, sprintsData, type AnalysisRow } from '../src/index.ts';
import { figuresChanged } from '../src/events.ts';

/**
 * The sprints subgraph's live events: SPRINT_UPDATED when a sprint's own row changes, and
 * SPRINT_ANALYSIS_UPDATED (with SPRINT_UPDATED) when its analysis figures move, published once the
 * change commits. A seeded tenant (one board: four closed sprints, a running one, a future one),
 * every subgraph and job in this process, events on its in-process bus.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let runtime: Runtime;
let ds: Dataset;
let tenant: string;
let boardId: string;
let recorder: ReturnType<typeof eventRecorder>;
const take = () => recorder.take();

const call = <T = any>(query: string, variables: Record<string, unknown> = {}) => runtime.client.execute('sprints', tenant, adHoc<T>(query), variables);
const started = () => ds.sprints.filter((s) => s.state !== 'FUTURE');
const sprintEvents = (type: 'SPRINT_UPDATED' | 'SPRINT_ANALYSIS_UPDATED', sprintIds: string[]) =>
  sprintIds.map((sprintId) => ({ type, tenantId: tenant, boardId, sprintId, at: expect.any(Number) }));
const byType = (events: LiveEvent[], type: LiveEvent['type']) => events.filter((e) => e.type === type);
const bySprint = (a: object, b: object) => ((a as { sprintId: string }).sprintId < (b as { sprintId: string }).sprintId ? -1 : 1);

/** The seeded sprints as JIRA describes them to syncJiraSprints. */
const jiraSprints = (eventAt: Date, change: (s: Dataset['sprints'][number]) => Partial<Record<string, unknown>> = () => ({})) =>
  ds.sprints.map((s) => ({
    jiraSprintId: s.jiraSprintId,
    jiraBoardId: ds.boards[0].jiraBoardId,
    originBoardId: s.originJiraBoardId,
    name: s.name,
    state: s.state,
    goal: s.goal,
    startDate: s.startDate?.toISOString() ?? null,
    endDate: s.endDate?.toISOString() ?? null,
    completeDate: s.completeDate?.toISOString() ?? null,
    eventAt: eventAt.toISOString(),
    ...change(s),
  }));
const SYNC_SPRINTS = `mutation($c: ID!, $s: [JiraSprintInput!]!) { syncJiraSprints(connectionId: $c, sprints: $s) }`;

beforeAll(async () => {
  database = await createTestDatabase();
  ds = await seedTenant(database, 'live-sprints', [smallTeam('Atlas', { sprints: 6, issuesPerSprint: 15, issues: 100 })]);
  tenant = ds.tenant.id;
  boardId = ds.boards[0].id;
  runtime = testRuntime(database);
  await startSubgraphs(runtime);
  recorder = eventRecorder(runtime);
});

afterAll(async () => {
  if (runtime) await closeRuntime(runtime);
  await database?.close();
});

describe('analyses', () => {
  test('recomputed to the same figures, they announce nothing: when and by which rules an analysis was computed are bookkeeping', async () => {
    await take();
    const ids = started().map((s) => s.id);
    expect(await call(`mutation($ids: [ID!]!) { sprintsChanged(sprintIds: $ids, wait: true) }`, { ids })).toEqual({ sprintsChanged: ids.length });
    expect(await take()).toEqual([]);

    // An analysis by older rules is recomputed at start-up (by the newer ones), to the same figures.
    const closed = started().find((s) => s.state === 'CLOSED')!;
    await withTenant(database.db, tenant, (db) =>
      db.update(sprintsTables.sprintAnalyses).set({ rulesVersion: 0 }).where(eq(sprintsTables.sprintAnalyses.sprintId, closed.id)),
    );
    expect(await refreshDueAnalyses({ db: database.db, client: runtime.client, events: runtime.events })).toBe(2); // it, and the running sprint
    expect(await take()).toEqual([]);
  });

  test('settings that move the figures announce every sprint whose figures moved, with SPRINT_UPDATED; the same settings again announce nothing', async () => {
    const SET = `mutation($b: ID!, $s: BoardSettingsInput!) { updateBoardSettings(boardId: $b, settings: $s) { settings { estimationStatistic } } }`;
    await take();
    await call(SET, { b: boardId, s: { estimationStatistic: 'ISSUE_COUNT' } });
    const events = await take();
    const ids = started().map((s) => s.id);
    expect(byType(events, 'SPRINT_ANALYSIS_UPDATED').sort(bySprint)).toEqual(sprintEvents('SPRINT_ANALYSIS_UPDATED', ids).sort(bySprint));
    expect(byType(events, 'SPRINT_UPDATED').sort(bySprint)).toEqual(sprintEvents('SPRINT_UPDATED', ids).sort(bySprint));

    await call(SET, { b: boardId, s: { estimationStatistic: 'ISSUE_COUNT' } });
    expect(await take()).toEqual([]);
  });

  test('bad settings, and a refresh whose transaction rolls back, announce nothing', async () => {
    await take();
    await expect(call(`mutation($b: ID!) { updateBoardSettings(boardId: $b, settings: { timeZone: "Mars/Olympus" }) { id } }`, { b: boardId })).rejects.toThrow(
      /Unknown time zone/,
    );
    await expect(
      withTenant(database.db, tenant, async (tx) => {
        await sprintsData.updateBoard(tx, tenant, boardId, { estimationStatistic: 'STORY_POINTS' });
        expect(await refreshSprintAnalyses({ db: tx, client: runtime.client, events: runtime.events }, tenant)).toBe(started().length);
        throw new Error('the request failed after the figures moved');
      }),
    ).rejects.toThrow(/after the figures moved/);
    expect(await take()).toEqual([]);
  });

  test('a figure is told apart from bookkeeping, whatever order jsonb keeps keys in', async () => {
    const [row] = await withTenant(database.db, tenant, (db) => sprintsData.analysesBySprintIds(db, tenant, [started()[0].id]));
    const reordered = (r: AnalysisRow): AnalysisRow =>
      JSON.parse(JSON.stringify(r, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    const copy = { ...reordered(row), computedAt: new Date(0), rulesVersion: 0 };
    expect(figuresChanged(row, copy)).toBe(false);
    expect(figuresChanged(undefined, copy)).toBe(true);
    expect(
      figuresChanged(row, { ...copy, burndown: copy.burndown.map((d, i) => (i === 0 ? { ...d, remainingPoints: (d.remainingPoints ?? 0) + 1 } : d)) }),
    ).toBe(true);
    expect(figuresChanged(row, { ...copy, completionRate: (row.completionRate ?? 0) + 0.01 })).toBe(true);
  });
});

describe('sprints from JIRA', () => {
  const connectionId = () => ds.boards[0].connectionId;

  test('a sync sends every sprint: only those it adds or changes are announced, and older news changes nothing', async () => {
    await take();
    await call(SYNC_SPRINTS, { c: connectionId(), s: jiraSprints(new Date('2026-03-12T00:00:00Z')) });
    expect(await take()).toEqual([]);

    const [renamed] = ds.sprints.filter((s) => s.state === 'FUTURE');
    const rename = (name: string, at: string) => jiraSprints(new Date(at), (s) => (s.id === renamed.id ? { name } : {}));
    await call(SYNC_SPRINTS, { c: connectionId(), s: rename('Renamed', '2026-03-13T00:00:00Z') });
    expect(await take()).toEqual(sprintEvents('SPRINT_UPDATED', [renamed.id]));
    // News from before the rename: not applied, not announced.
    await call(SYNC_SPRINTS, { c: connectionId(), s: rename('Older name', '2026-03-12T12:00:00Z') });
    expect(await take()).toEqual([]);

    const added = {
      ...jiraSprints(new Date('2026-03-14T00:00:00Z'))[0],
      jiraSprintId: 1999,
      name: 'Added in JIRA',
      state: 'FUTURE',
      startDate: null,
      endDate: null,
      completeDate: null,
    };
    const { syncJiraSprints: ids } = await call<{ syncJiraSprints: string[] }>(SYNC_SPRINTS, { c: connectionId(), s: [added] });
    expect(await take()).toEqual(sprintEvents('SPRINT_UPDATED', ids));
  });

  test("Server/DC: an activation read for the first time moves a started sprint's start (the plan stays) and re-analyses it; news without one keeps it", async () => {
    await take();
    const closed = started().find((s) => s.state === 'CLOSED')!;
    const planned = closed.startDate!;
    const activated = new Date(planned.getTime() + 2 * 86_400_000);
    const only = (at: string, extra: Record<string, unknown> = {}) =>
      jiraSprints(new Date(at))
        .filter((s) => s.jiraSprintId === closed.jiraSprintId)
        .map((s) => ({ ...s, ...extra }));
    const dates = async () => (await call(`query($id: ID!) { sprint(id: $id) { startDate plannedStartDate } }`, { id: closed.id })).sprint;

    await call(SYNC_SPRINTS, { c: connectionId(), s: only('2026-03-20T00:00:00Z', { activatedDate: activated.toISOString() }) });
    const events = await take();
    expect(byType(events, 'SPRINT_ANALYSIS_UPDATED')).toEqual(sprintEvents('SPRINT_ANALYSIS_UPDATED', [closed.id]));
    expect(byType(events, 'SPRINT_UPDATED').every((e) => (e as { sprintId: string }).sprintId === closed.id)).toBe(true);
    expect(await dates()).toEqual({ startDate: activated.toISOString(), plannedStartDate: planned.toISOString() });

    await call(SYNC_SPRINTS, { c: connectionId(), s: only('2026-03-21T00:00:00Z') });
    expect(await take()).toEqual([]);
    expect(await dates()).toEqual({ startDate: activated.toISOString(), plannedStartDate: planned.toISOString() });
  });

  test('a sprint deleted in JIRA is announced once', async () => {
    const DELETE = `mutation($c: ID!, $j: Int!) { deleteJiraSprint(connectionId: $c, jiraSprintId: $j, eventAt: "2026-03-15T00:00:00Z") }`;
    await take();
    expect(await call(DELETE, { c: connectionId(), j: 1999 })).toEqual({ deleteJiraSprint: true });
    const [event] = await take();
    expect(event).toMatchObject({ type: 'SPRINT_UPDATED', tenantId: tenant, boardId });
    expect(await call(DELETE, { c: connectionId(), j: 1999 })).toEqual({ deleteJiraSprint: true });
    expect(await take()).toEqual([]);
  });
});
