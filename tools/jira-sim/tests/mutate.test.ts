import http from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { findIssue, type JiraSim } from '../src/index.ts';
import { call, NOW, withSim } from './helpers.ts';

let sim: JiraSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('changes as a JIRA user makes them', () => {
  test('updateIssue appends one history with JIRA’s items and returns the webhook body', async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const issue = sim.site.issues.find((i) => i.fields.status && (i.fields.status as any).name === 'To Do' && i.fields.customfield_10020 === null)!;
    const future = sim.site.sprints.find((s) => s.state === 'future' && s.originBoardId === issue.boardIds[0])!;
    const before = issue.histories.length;
    const body = sim.updateIssue(issue.key, { status: 'Done', points: 8, addToSprint: future.id }, later(5));
    expect(issue.histories).toHaveLength(before + 1);
    expect(body).toMatchObject({
      timestamp: later(5).getTime(),
      webhookEvent: 'jira:issue_updated',
      issue_event_type_name: 'issue_generic',
      user: { accountId: sim.site.myself.accountId },
      issue: {
        id: issue.id,
        key: issue.key,
        self: `${sim.url}/rest/api/2/issue/${issue.id}`,
        fields: { status: { name: 'Done' }, customfield_10016: 8, updated: '2026-03-04T12:05:00.000+0000' },
      },
    });
    const oldPoints = issue.histories.at(-1)!.items.find((i) => i.field === 'Story point estimate')!.fromString;
    expect(body.changelog!.items).toEqual([
      { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10000', fromString: 'To Do', to: '10002', toString: 'Done' },
      { field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, fromString: null, to: '10000', toString: 'Done' },
      { field: 'Story point estimate', fieldtype: 'custom', fieldId: 'customfield_10016', from: null, fromString: oldPoints, to: null, toString: '8' },
      { field: 'Sprint', fieldtype: 'custom', fieldId: 'customfield_10020', from: '', fromString: '', to: String(future.id), toString: future.name },
    ]);
    expect(Number(body.changelog!.id)).toBeGreaterThan(Math.max(...sim.site.issues.flatMap((i) => i.histories.slice(0, -1).map((h) => Number(h.id)))));
    // The change is visible to a sync: updated since 13:05 Berlin time.
    const r = (await call(sim, `/rest/api/3/search/jql?jql=${encodeURIComponent('project = ATL AND updated >= "2026/03/04 13:05"')}&fields=status`)).json;
    expect(r.issues.map((i: any) => i.key)).toContain(issue.key);
  });

  test('assigning an issue records who it was and who it is, as JIRA does', async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const issue = sim.site.issues.find((i) => i.fields.assignee)!;
    const from = issue.fields.assignee as { accountId: string; displayName: string };
    const dana = { accountId: 'acc-dana', displayName: 'Dana Reyes', emailAddress: 'dana@example.com' };
    const body = sim.updateIssue(issue.key, { assignee: dana }, later(1));
    expect(body.changelog!.items).toEqual([
      {
        field: 'assignee',
        fieldtype: 'jira',
        fieldId: 'assignee',
        from: from.accountId,
        fromString: from.displayName,
        to: dana.accountId,
        toString: dana.displayName,
        tmpFromAccountId: from.accountId,
        tmpToAccountId: dana.accountId,
      },
    ]);
    expect(body.issue.fields.assignee).toMatchObject({ accountId: dana.accountId, displayName: dana.displayName });
    // The same assignee again changes nothing; unassigning does.
    expect(sim.updateIssue(issue.key, { assignee: dana }, later(2)).changelog).toBeUndefined();
    expect(sim.updateIssue(issue.key, { assignee: null }, later(3)).changelog!.items[0]).toMatchObject({ from: dana.accountId, to: null, toString: null });
    expect(issue.fields.assignee).toBeNull();
  });

  test('moving an issue to another open sprint replaces that one; closed sprints stay', async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const active = sim.site.sprints.find((s) => s.state === 'active' && s.originBoardId === 1)!;
    const future = sim.site.sprints.find((s) => s.state === 'future' && s.originBoardId === 1)!;
    const issue = sim.site.issues.find(
      (i) =>
        ((i.fields.customfield_10020 as any[]) ?? []).some((s) => s.id === active.id) &&
        (i.fields.customfield_10020 as any[]).some((s) => s.state === 'closed'),
    )!;
    const closedIds = (issue.fields.customfield_10020 as any[]).filter((s) => s.state === 'closed').map((s) => s.id);
    const body = sim.updateIssue(issue.key, { addToSprint: future.id }, later(1));
    expect(body.changelog!.items[0]).toMatchObject({ field: 'Sprint', from: [...closedIds, active.id].join(', '), to: [...closedIds, future.id].join(', ') });
    const removed = sim.updateIssue(issue.key, { removeFromSprint: future.id }, later(2));
    expect(removed.changelog!.items[0]).toMatchObject({ to: closedIds.join(', ') });
  });

  test('createIssue and deleteIssue', async () => {
    sim = await withSim({ flavor: 'SERVER' });
    const created = sim.createIssue({ boardId: 2, summary: 'A new one', points: 3 }, later(1));
    expect(created).toMatchObject({
      webhookEvent: 'jira:issue_created',
      issue_event_type_name: 'issue_created',
      issue: { key: expect.stringMatching(/^BOR-\d+$/), fields: { summary: 'A new one', customfield_10016: 3 } },
    });
    expect(created.user).toHaveProperty('name');
    const search = (await call(sim, `/rest/api/2/search?jql=${encodeURIComponent(`key = ${created.issue.key}`)}`)).json;
    expect(search.total).toBe(1);
    const deleted = sim.deleteIssue(created.issue.key, later(2));
    expect(deleted).toMatchObject({ webhookEvent: 'jira:issue_deleted', issue: { key: created.issue.key } });
    expect((await call(sim, `/rest/api/2/issue/${created.issue.key}`)).status).toBe(404);
    expect((await call(sim, '/rest/api/2/search?jql=filter%3D10002&maxResults=1000')).json.issues.map((i: any) => i.key)).not.toContain(created.issue.key);
    expect(findIssue(sim.site, created.issue.key)!.deleted).toBe(true);
  });

  test('updateSprint: closing and starting sprints send sprint_closed and sprint_started', async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const active = sim.site.sprints.find((s) => s.state === 'active' && s.originBoardId === 1)!;
    const future = sim.site.sprints.find((s) => s.state === 'future' && s.originBoardId === 1)!;
    const closed = sim.updateSprint(active.id, { state: 'closed' }, later(1));
    expect(closed).toEqual({
      timestamp: later(1).getTime(),
      webhookEvent: 'sprint_closed',
      sprint: expect.objectContaining({
        id: active.id,
        self: `${sim.url}/rest/agile/1.0/sprint/${active.id}`,
        state: 'closed',
        completeDate: later(1).toISOString(),
        originBoardId: 1,
        goal: active.goal,
      }),
    });
    expect(sim.updateSprint(future.id, { state: 'active' }, later(2)).webhookEvent).toBe('sprint_started');
    expect(sim.updateSprint(future.id, { goal: 'Ship it' }, later(3)).webhookEvent).toBe('sprint_updated');
    // Issues' Sprint field shows the sprint's new state.
    const issue = sim.site.issues.find((i) => ((i.fields.customfield_10020 as any[]) ?? []).some((s) => s.id === active.id))!;
    expect((issue.fields.customfield_10020 as any[]).find((s) => s.id === active.id)).toMatchObject({ state: 'closed', completeDate: later(1).toISOString() });
    expect(sim.createSprint({ originBoardId: 1, name: 'ATL Sprint 99' }).webhookEvent).toBe('sprint_created');
  });

  test('starting a sprint records when (activatedDate): Server/DC serve it beside the planned startDate, Cloud does not', async () => {
    sim = await withSim({ flavor: 'SERVER' });
    const future = sim.site.sprints.find((s) => s.state === 'future' && s.originBoardId === 1)!;
    const planned = later(-60 * 24).toISOString();
    const started = sim.updateSprint(future.id, { state: 'active', startDate: planned }, later(7));
    expect(started.sprint).toMatchObject({ startDate: planned, activatedDate: later(7).toISOString() });
    const listed = (await call(sim, '/rest/agile/1.0/board/1/sprint')).json.values;
    expect(listed.find((s: any) => s.id === future.id)).toMatchObject({ startDate: planned, activatedDate: later(7).toISOString() });
    // A generated sprint started as planned; one not started has none.
    expect(listed.filter((s: any) => s.state !== 'future').every((s: any) => s.activatedDate === s.startDate || s.id === future.id)).toBe(true);
    expect(listed.filter((s: any) => s.state === 'future').every((s: any) => !('activatedDate' in s))).toBe(true);
    const cloud = await withSim({ flavor: 'CLOUD', site: sim.site });
    try {
      expect((await call(cloud, '/rest/agile/1.0/board/1/sprint')).json.values.every((s: any) => !('activatedDate' in s))).toBe(true);
    } finally {
      await cloud.close();
    }
  });

  test("a sub-task is in its parent's sprints, without Sprint history of its own, and moves only with its parent", async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const parent = sim.site.issues.find((i) => !i.deleted && ((i.fields.customfield_10020 as any[]) ?? []).some((s) => s.state === 'active'))!;
    const future = sim.site.sprints.find((s) => s.state === 'future' && s.originBoardId === parent.boardIds[0])!;
    const sub = sim.createIssue({ summary: 'A sub-task', parentKey: parent.key, points: 1 }, later(1)).issue;
    expect(sub.fields).toMatchObject({ issuetype: { subtask: true }, parent: { key: parent.key }, customfield_10020: parent.fields.customfield_10020 });
    const updated = findIssue(sim.site, sub.key)!.fields.updated;
    sim.updateIssue(parent.key, { addToSprint: future.id }, later(2));
    const after = findIssue(sim.site, sub.key)!;
    expect((after.fields.customfield_10020 as any[]).map((s) => s.id)).toEqual((parent.fields.customfield_10020 as any[]).map((s) => s.id));
    expect(after.histories).toEqual([]);
    expect(after.fields.updated).toBe(updated);
    expect(() => sim!.updateIssue(sub.key, { removeFromSprint: future.id })).toThrow(/sub-task/);
  });

  test('sendWebhook POSTs the JSON, signed with HMAC-SHA256 of the raw body when given a secret or one is registered for the URL', async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    try {
      const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/jira`;
      const body = sim.updateIssue('ATL-1', { summary: 'Renamed' }, later(1));
      expect(await sim.sendWebhook(target, body, 's3cret')).toBe(202);
      expect(await sim.sendWebhook(target, body)).toBe(202);
      expect(JSON.parse(received[0].body)).toEqual(body);
      expect(received[0].headers['x-hub-signature']).toBe(`sha256=${createHmac('sha256', 's3cret').update(received[0].body).digest('hex')}`);
      expect(received[0].headers['content-type']).toContain('application/json');
      expect(received[1].headers).not.toHaveProperty('x-hub-signature');

      // A registered webhook is signed with its secret, as JIRA signs the webhooks an admin set up.
      sim.registerWebhook(target, 'registered-secret');
      expect(await sim.sendWebhook(target, body)).toBe(202);
      expect(received[2].headers['x-hub-signature']).toBe(`sha256=${createHmac('sha256', 'registered-secret').update(received[2].body).digest('hex')}`);
    } finally {
      await new Promise((r) => receiver.close(r));
    }
  });
});
