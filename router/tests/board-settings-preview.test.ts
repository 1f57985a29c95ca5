import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withTenant } from '@sprint-reports/core';
import { sprintsTables, usersTables } from '@sprint-reports/drizzle';
import { createTestDatabase, seededRouter, smallTeam, type TestRouter } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

/**
 * Query.boardSettingsPreview: a closed sprint's figures with unsaved board settings, beside today's.
 * It computes with the code a save re-analyses with, so saving the same settings stores exactly the
 * previewed figures; it writes nothing; it refuses what a save refuses, at the same field.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let tenantId: string;
let teamId: string;
let boardId: string;
let closed: { id: string; name: string }[];

const FIGURES =
  'statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints cancelledPoints completedOutsidePoints completionRate sayDoRatio scopeChangeRate issueCount disciplineBreakdown { discipline committedPoints completedPoints } issues { key outcome commitment pointsCommitted pointsAtEnd }';
const PREVIEW = `query($b: ID!, $s: BoardSettingsInput!, $sprint: ID) {
  boardSettingsPreview(boardId: $b, settings: $s, sprintId: $sprint) { sprint { id name } current { ${FIGURES} } preview { ${FIGURES} } }
}`;
const SAVE = `mutation($b: ID!, $s: BoardSettingsInput!) { updateBoardSettings(boardId: $b, settings: $s) { id settings { estimationStatistic cancelledResolutions } } }`;
const REPORT = `query($id: ID!) { sprint(id: $id) { analysis { ${FIGURES} } } }`;

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Every row a preview could write: the tenant's boards, stored analyses and audit log. */
const stored = () =>
  withTenant(database.db, tenantId, async (db) => ({
    boards: await db.select().from(sprintsTables.boards).where(eq(sprintsTables.boards.tenantId, tenantId)),
    analyses: await db.select().from(sprintsTables.sprintAnalyses).where(eq(sprintsTables.sprintAnalyses.tenantId, tenantId)),
    audit: await db.select().from(usersTables.auditLog).where(eq(usersTables.auditLog.tenantId, tenantId)),
  }));

beforeAll(async () => {
  let dataset: Dataset;
  ({
    database,
    router,
    tenants: { preview: dataset },
  } = await seededRouter({ preview: [smallTeam('Atlas', { sprints: 4, issues: 60 }), smallTeam('Borealis', { sprints: 2, issues: 20 })] }));
  tenantId = dataset.tenant.id;
  const { boards } = await gql(`{ boards { id name team { id } sprints { id name state } } }`);
  const atlas = boards.find((b: { name: string }) => b.name === 'Atlas board');
  boardId = atlas.id;
  teamId = atlas.team.id;
  closed = atlas.sprints.filter((s: { state: string }) => s.state === 'CLOSED').map(({ id, name }: { id: string; name: string }) => ({ id, name }));
  expect(closed.length).toBeGreaterThan(1);
});

afterAll(async () => {
  await router?.stop();
  await database?.close();
});

describe('boardSettingsPreview', () => {
  test("previews the last closed sprint by default; today's figures are the report's; it writes nothing; saving stores the previewed figures", async () => {
    const settings = { estimationStatistic: 'ISSUE_COUNT', cancelledResolutions: ["Won't Do", 'Duplicate'] };
    const before = await stored();
    const last = closed.at(-1)!;
    const { boardSettingsPreview: p } = await gql(PREVIEW, { b: boardId, s: settings });

    expect(p.sprint).toEqual(last);
    const { sprint: report } = await gql(REPORT, { id: last.id });
    expect(p.current).toEqual(report.analysis);
    expect(p.current.statistic).toBe('STORY_POINTS');
    expect(p.preview.statistic).toBe('ISSUE_COUNT');
    // Issue count: every committed issue counts one.
    expect(p.preview.committedPoints).toBe(p.preview.issues.filter((i: { commitment: string }) => i.commitment === 'IN_COMMITMENT').length);
    expect(p.preview.committedPoints).not.toBe(p.current.committedPoints);

    // Nothing written: no board setting, no analysis (not even its computedAt), no audit entry.
    expect(await stored()).toEqual(before);

    // Saving the same settings re-analyses the board: the report then shows what the preview said.
    const manager = await router.signIn(tenantId, 'MANAGER', { teams: { [teamId]: 'MANAGER' } });
    const saved = await router.as(manager)(SAVE, { b: boardId, s: settings });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.updateBoardSettings.settings).toEqual(settings);
    expect((await gql(REPORT, { id: last.id })).sprint.analysis).toEqual(p.preview);
    const after = await stored();
    expect(after.audit.filter((a) => a.action === 'board.settings_updated')).toEqual([
      expect.objectContaining({ targetType: 'Board', targetId: boardId, actorUserId: manager.id }),
    ]);

    // With the settings as saved, both sides agree; another closed sprint can be chosen.
    const first = closed[0];
    const { boardSettingsPreview: again } = await gql(PREVIEW, { b: boardId, s: {}, sprint: first.id });
    expect(again.sprint).toEqual(first);
    expect(again.preview).toEqual(again.current);
    expect(again.current).toEqual((await gql(REPORT, { id: first.id })).sprint.analysis);
  });

  test('refuses bad input at its field, and anyone who may not change the settings', async () => {
    const refusal = async (variables: Record<string, unknown>, token?: string) => {
      const res = await router.query(PREVIEW, variables, token ? { token } : {});
      expect(res.data?.boardSettingsPreview ?? null).toBeNull();
      return res.errors?.[0]?.extensions;
    };
    expect(await refusal({ b: boardId, s: { timeZone: 'Mars/Olympus' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings.timeZone' });
    expect(await refusal({ b: boardId, s: { disciplineRules: [{ discipline: 'Backend' }] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'settings.disciplineRules.0',
    });
    expect(await refusal({ b: boardId, s: { disciplineRules: [{ discipline: ' ', labels: ['api'] }] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'settings.disciplineRules.0.discipline',
    });
    const { board } = await gql(`query($id: ID!) { board(id: $id) { sprints { id state } } }`, { id: boardId });
    const notClosed = board.sprints.find((s: { state: string }) => s.state !== 'CLOSED').id;
    expect(await refusal({ b: boardId, s: {}, sprint: notClosed })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sprintId' });

    const viewer = await router.signIn(tenantId, 'VIEWER', { teams: { [teamId]: 'VIEWER' } });
    expect(await refusal({ b: boardId, s: {} }, viewer.accessToken)).toMatchObject({ code: 'FORBIDDEN' });
    const member = await router.signIn(tenantId, 'MEMBER', { teams: { [teamId]: 'MEMBER' } });
    expect(await refusal({ b: boardId, s: {} }, member.accessToken)).toMatchObject({ code: 'FORBIDDEN' });
    // A manager, but of another team: the board is not theirs.
    const otherManager = await router.signIn(tenantId, 'MANAGER');
    expect(await refusal({ b: boardId, s: {} }, otherManager.accessToken)).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('a sprint analysed before its inputs were kept: the preview says so in words, its refresh gathers them, then it previews', async () => {
    const sprint = closed[0];
    const inputs = sprintsTables.analysisInputs;
    const inputsOf = () =>
      withTenant(database.db, tenantId, (db) =>
        db
          .select()
          .from(inputs)
          .where(and(eq(inputs.tenantId, tenantId), eq(inputs.sprintId, sprint.id))),
      );
    expect(await inputsOf()).toHaveLength(1);
    // As data from before the read model: the analysis stored, what it was computed from not.
    await withTenant(database.db, tenantId, (db) => db.delete(inputs).where(and(eq(inputs.tenantId, tenantId), eq(inputs.sprintId, sprint.id))));
    const before = await stored();

    const res = await router.query(PREVIEW, { b: boardId, s: { estimationStatistic: 'ISSUE_COUNT' }, sprint: sprint.id });
    expect(res.data?.boardSettingsPreview ?? null).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(`The history of ${sprint.name} is being gathered`),
        extensions: expect.objectContaining({ code: 'PREVIEW_NOT_READY' }),
      }),
    ]);
    // Asking again answers in words while the job has not run yet (BullMQ), or previews once it has
    // (the in-process runner may already have run it): never anything else.
    const again = await router.query(PREVIEW, { b: boardId, s: {}, sprint: sprint.id });
    if (again.errors) expect(again.errors.map((e) => e.extensions?.code)).toEqual(['PREVIEW_NOT_READY']);
    else expect(again.data?.boardSettingsPreview?.sprint).toEqual(sprint);

    // The queued refresh gathers the inputs (and stores the analysis again, with the same figures).
    await router.runtime.jobs.idle();
    expect(await inputsOf()).toHaveLength(1);
    const after = await stored();
    expect(after.boards).toEqual(before.boards);
    const figures = (rows: typeof before.analyses) => rows.map(({ computedAt: _, ...figures }) => figures).sort((x, y) => x.sprintId.localeCompare(y.sprintId));
    expect(figures(after.analyses)).toEqual(figures(before.analyses));

    const { boardSettingsPreview: p } = await gql(PREVIEW, { b: boardId, s: { estimationStatistic: 'STORY_POINTS' }, sprint: sprint.id });
    expect(p.sprint).toEqual(sprint);
    expect(p.current).toEqual((await gql(REPORT, { id: sprint.id })).sprint.analysis);
    expect(p.preview.statistic).toBe('STORY_POINTS');
    expect(p.current.statistic).toBe('ISSUE_COUNT');
  });
});
