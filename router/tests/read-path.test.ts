import fs from 'node:fs';
import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SubgraphCall } from '@sprint-reports/core';
import { DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { createTestDatabase, seededRouter, simSite, smallTeam, startSmtpSink, type SmtpSink, type TestRouter } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import * as documents from '../../app/src/gql/graphql.ts';

/**
 * The one-way read path (issue 21): answering a query, no subgraph calls another and none writes.
 * Every query runs in a read-only transaction (a write fails in the database, so an answer without
 * errors wrote nothing), and SubgraphClient reports each call it is asked to make: while the app's
 * queries run, none may come from a subgraph answering one.
 */
const DASHBOARD = fs.readFileSync(new URL('../../tests/dashboard.graphql', import.meta.url), 'utf8');

/** What the app asks of the network: queries that reach outside (a JIRA or identity provider under test) are not reads of ours. */
const OUTSIDE = new Set(['AdminTestOidcProvider', 'TestJiraConnection']);

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let smtp: SmtpSink;
let sim: JiraSim;
let connectionId: string;
let acme: Dataset;
let reportId: string;
let scheduleId: string;
const calls: SubgraphCall[] = [];
const record = (call: SubgraphCall) => calls.push(call);

beforeAll(async () => {
  smtp = await startSmtpSink();
  ({
    database,
    router,
    tenants: { 'read-path': acme },
  } = await seededRouter({ 'read-path': [smallTeam('Atlas'), smallTeam('Borealis')] }, { router: { config: { smtpUrl: smtp.url } } }));
  // Something for the report and schedule pages to read: made by mutations, which may call onwards.
  const closed = acme.sprints.find((s) => s.boardId === acme.boards[0].id && s.state === 'CLOSED')!;
  const report = await router.query(`mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }`, {
    input: { kind: 'SPRINT', format: 'PDF', sprintId: closed.id },
  });
  expect(report.errors).toBeUndefined();
  reportId = report.data.generateReport.id;
  const schedule = await router.query(`mutation($input: CreateReportScheduleInput!) { createReportSchedule(input: $input) { id } }`, {
    input: { teamId: acme.teams[0].id, kind: 'SPRINT', format: 'PDF', recipients: ['lead@read-path.test'], atSprintClose: true },
  });
  expect(schedule.errors).toBeUndefined();
  scheduleId = schedule.data.createReportSchedule.id;
  sim = await startJiraSim({ site: simSite('read-path-site', 3, { sprints: 2, issuesPerSprint: 2, issues: 6 }), flavor: 'CLOUD' });
  const connection = await router.query(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`, {
    input: {
      name: 'Read path sim',
      baseUrl: sim.url,
      flavor: 'CLOUD',
      email: DEFAULT_CLOUD_AUTH.email,
      apiToken: DEFAULT_CLOUD_AUTH.apiToken,
      syncIntervalMinutes: 0,
    },
  });
  expect(connection.errors).toBeUndefined();
  connectionId = connection.data.createJiraConnection.id;
  await router.runtime.jobs.idle();
  router.client.events.on('call', record);
});
afterAll(async () => {
  router?.client.events.off('call', record);
  await router?.stop();
  await database?.close();
  await smtp?.close();
  await sim?.close();
});

/** Runs `query` and hands back its answer and the subgraph calls made while it was answered. */
async function read(query: string, variables: Record<string, unknown> = {}, token?: string | null) {
  calls.length = 0;
  const res = await router.query(query, variables, token === undefined ? {} : { token });
  // Work a read queued (a stale analysis's recomputation) is allowed to call: it is not the read.
  await router.runtime.jobs.idle();
  return { res, fromReads: calls.filter((c) => c.from !== null) };
}

describe('the one-way read path', () => {
  test('the dashboard, for every board: no subgraph calls another, nothing is written', async () => {
    for (const board of acme.boards) {
      const { res, fromReads } = await read(DASHBOARD, { boardId: board.id });
      expect(res.errors).toBeUndefined();
      expect(fromReads).toEqual([]);
      expect(res.data.board.sprints.length).toBeGreaterThan(0);
    }
  });

  test("every query of the app's pages: no subgraph calls another, nothing is written", async () => {
    const board = acme.boards[0];
    const sprints = acme.sprints.filter((s) => s.boardId === board.id);
    const closed = sprints.find((s) => s.state === 'CLOSED')!;
    const active = sprints.find((s) => s.state === 'ACTIVE')!;
    const variables: Record<string, Record<string, unknown>> = {
      AdminAuditLog: { limit: 20 },
      Board: { id: board.id },
      BoardReports: { boardId: board.id },
      BoardSchedules: { boardId: board.id, withRecipients: true },
      BoardSettings: { id: board.id },
      BoardSettingsPreview: { boardId: board.id, settings: { estimationStatistic: 'ISSUE_COUNT' }, sprintId: closed.id },
      CapacityBoard: { boardId: board.id },
      JiraConnection: { id: connectionId },
      QueuePage: { boardId: board.id },
      ReportStatus: { id: reportId },
      ScheduleDeliveries: { scheduleId },
      SingleSignOn: { email: 'someone@read-path.test' },
      SprintCapacity: { sprintId: active.id },
      SprintQueue: { sprintId: active.id },
      SprintReport: { boardId: board.id, sprintId: closed.id },
      SprintReports: { sprintId: closed.id },
      TeamPage: { teamId: acme.teams[0].id },
      Velocity: { boardId: board.id, last: 6 },
    };
    const queries = Object.entries(documents).flatMap(([name, value]) => {
      const definition = (value as DocumentNode | undefined)?.definitions?.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      return name.endsWith('Document') && definition?.operation === 'query' && !OUTSIDE.has(definition.name!.value)
        ? [{ name: definition.name!.value, document: value as DocumentNode }]
        : [];
    });
    // A new page's query needs its variables here, or it is not covered.
    const needVariables = queries.filter(
      (q) =>
        q.document.definitions.some((d) => d.kind === 'OperationDefinition' && d.variableDefinitions?.some((v) => v.type.kind === 'NonNullType')) &&
        !variables[q.name],
    );
    expect(needVariables.map((q) => q.name)).toEqual([]);
    expect(queries.length).toBeGreaterThan(25);

    const failed: { name: string; errors?: unknown; calls: SubgraphCall[] }[] = [];
    for (const { name, document } of queries) {
      const { res, fromReads } = await read(print(document), variables[name], name === 'SingleSignOn' ? null : undefined);
      if (res.errors?.length || fromReads.length)
        failed.push({
          name,
          errors: res.errors?.map((e) => `${e.extensions?.code} from ${e.extensions?.serviceName ?? 'the router'}: ${e.message}`),
          calls: fromReads,
        });
    }
    expect(failed).toEqual([]);
  });
});
