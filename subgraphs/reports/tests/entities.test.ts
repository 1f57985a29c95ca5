import { beforeAll, describe, expect, test } from 'vitest';
import { smallTeam, useSeededDatabase } from '@sprint-reports/testing';
import { stableId, withTenant } from '@sprint-reports/core';
import { subgraph, reportsData } from '../src/index.ts';

const seeded = useSeededDatabase({ acme: [smallTeam('Atlas')] }, subgraph);
const first = stableId('report', 1);
const second = stableId('report', 2);

beforeAll(async () => {
  const sprint = seeded.acme.sprints[0];
  const base = {
    tenantId: seeded.acme.tenant.id,
    sprintId: sprint.id,
    boardId: sprint.boardId,
    teamId: seeded.acme.teams[0].id,
    status: 'READY' as const,
    sizeBytes: 1200,
  };
  await withTenant(seeded.database.db, base.tenantId, async (db) => {
    await reportsData.insertReport(db, { ...base, id: first, kind: 'SPRINT', format: 'CSV', createdAt: new Date('2026-03-01T10:00:00Z') });
    await reportsData.insertReport(db, { ...base, id: second, kind: 'SPRINT', format: 'PDF', createdAt: new Date('2026-03-02T10:00:00Z') });
  });
});

describe('reports subgraph', () => {
  test('Sprint.reports newest first, and Report references', async () => {
    const sprint = seeded.acme.sprints[0];
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Sprint { reports { id format createdAt } }
      ... on Report { id kind format status sprint { id } board { id } team { id } sizeBytes } } }`,
      {
        r: [
          { __typename: 'Sprint', id: sprint.id },
          { __typename: 'Report', id: first },
          { __typename: 'Sprint', id: seeded.acme.sprints[1].id },
        ],
      },
    );
    expect(data._entities[0].reports).toEqual([
      { id: second, format: 'PDF', createdAt: '2026-03-02T10:00:00.000Z' },
      { id: first, format: 'CSV', createdAt: '2026-03-01T10:00:00.000Z' },
    ]);
    expect(data._entities[1]).toEqual({
      id: first,
      kind: 'SPRINT',
      format: 'CSV',
      status: 'READY',
      sprint: { id: sprint.id },
      board: { id: sprint.boardId },
      team: { id: seeded.acme.teams[0].id },
      sizeBytes: 1200,
    });
    expect(data._entities[2].reports).toEqual([]);
  });

  test('another tenant cannot reach the report', async () => {
    const data = await seeded.call(stableId('tenant', 'other'), `query($r: [_Any!]!) { _entities(representations: $r) { ... on Report { id } } }`, {
      r: [{ __typename: 'Report', id: first }],
    });
    expect(data._entities).toEqual([null]);
  });

  test('report(id) finds the report, NOT_FOUND for an unknown id', async () => {
    const data = await seeded.call(seeded.acme.tenant.id, `query($id: ID!) { report(id: $id) { id kind format status } }`, { id: second });
    expect(data.report).toEqual({ id: second, kind: 'SPRINT', format: 'PDF', status: 'READY' });
    await expect(seeded.call(seeded.acme.tenant.id, `query($id: ID!) { report(id: $id) { id } }`, { id: stableId('report', 'none') })).rejects.toThrow(
      /was not found/,
    );
  });
});
