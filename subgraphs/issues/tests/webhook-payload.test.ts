import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { simSite } from '@sprint-reports/testing';
import { parseWebhookBody, type IssueWebhookEvent, type WebhookEvent } from '../src/jira/webhook-payload.ts';
import type { JiraHistory, JiraIssue, JiraSprint } from '../src/jira/types.ts';

/**
 * The webhook schema must refuse what JIRA never sends without refusing anything it does: every
 * real issue, change and sprint of the JIRA Cloud fixtures (see their NOTICE.md), put in the
 * webhook bodies JIRA wraps them in, passes, and comes out as it went in. So do the simulator's
 * bodies in both flavours. (What is refused, and how, is tested through the router in
 * router/tests/webhooks.test.ts.)
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.resolve(repoRoot, '../shared/fixtures/jira/devlake-merico-cloud');
const data = <T>(file: string): T[] =>
  (parse(readFileSync(path.join(dir, file)), { columns: true, skip_empty_lines: true }) as { data: string }[]).map((r) => JSON.parse(r.data) as T);

const issues = data<JiraIssue>('_raw_jira_api_issues.csv');
const sprints = data<JiraSprint>('_raw_jira_api_sprints.csv');
const histories = data<JiraHistory>('_raw_jira_api_issue_changelogs.csv');

const body = (value: unknown) => Buffer.from(JSON.stringify(value));
/** The event a body parses to; fails the test with the reason when it does not pass. */
function eventOf(value: unknown, what: string): WebhookEvent {
  const parsed = parseWebhookBody(body(value));
  if (!parsed.ok || !('event' in parsed)) throw new Error(`${what}: ${JSON.stringify(parsed)}`);
  return parsed.event;
}
const issueEventOf = (value: unknown, what: string) => eventOf(value, what) as IssueWebhookEvent;
const withoutNul = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll('\\u0000', ''));
const sims: JiraSim[] = [];
afterAll(() => Promise.all(sims.map((s) => s.close())));

describe('real JIRA Cloud payloads pass, unchanged', () => {
  it('every issue, in a jira:issue_updated body with each of its real changes', () => {
    expect(issues).toHaveLength(33);
    let changes = 0;
    for (const issue of issues) {
      for (const h of issue.changelog?.histories ?? [{ id: '1', created: issue.fields.created as string, items: [] }]) {
        const sent = {
          timestamp: Date.parse('2021-03-28T08:06:08.713Z'),
          webhookEvent: 'jira:issue_updated',
          issue_event_type_name: 'issue_updated',
          issue: { id: issue.id, key: issue.key, self: 'x', fields: issue.fields },
          changelog: { id: h.id, items: h.items },
        };
        const event = issueEventOf(sent, `${issue.key} history ${h.id}`);
        // Custom fields and all: the raw fields are stored as JIRA sent them (NULs dropped: PostgreSQL stores none).
        expect(event.issue.fields, issue.key).toEqual(withoutNul(issue.fields));
        // Of a change, what is stored (Cloud's extra tmpFromAccountId/tmpToAccountId are not).
        const stored = h.items.map(({ field, fieldtype, fieldId, from, fromString, to, toString }) => ({
          field,
          fieldtype,
          fieldId,
          from,
          fromString,
          to,
          toString,
        }));
        expect(event.changelog?.items, issue.key).toEqual(withoutNul(stored));
        changes++;
      }
    }
    expect(changes).toBeGreaterThan(100);
  });

  it('every paged changelog entry', () => {
    const issue = issues[0];
    for (const h of histories) {
      const event = issueEventOf(
        {
          timestamp: Date.now(),
          webhookEvent: 'jira:issue_updated',
          issue: { id: issue.id, key: issue.key, fields: issue.fields },
          changelog: { id: h.id, items: h.items },
        },
        `history ${h.id}`,
      );
      expect(event.changelog?.items).toHaveLength(h.items.length);
    }
  });

  it('every sprint, in each sprint event, its state in upper case', () => {
    expect(sprints).toHaveLength(30);
    for (const sprint of sprints) {
      for (const webhookEvent of ['sprint_created', 'sprint_updated', 'sprint_started', 'sprint_closed']) {
        const event = eventOf({ timestamp: Date.now(), webhookEvent, sprint }, `sprint ${sprint.id}`);
        expect('sprint' in event && event.sprint).toMatchObject({
          id: sprint.id,
          name: sprint.name,
          state: sprint.state.toUpperCase(),
          startDate: sprint.startDate,
          originBoardId: sprint.originBoardId,
        });
      }
    }
  });

  it('the NUL character a real summary holds is dropped', () => {
    const issue = issues[0];
    const event = issueEventOf(
      {
        timestamp: Date.now(),
        webhookEvent: 'jira:issue_created',
        issue: { id: issue.id, key: issue.key, fields: { ...issue.fields, summary: 'Ends in a NUL\u0000' } },
      },
      issue.key,
    );
    expect(event.issue.fields.summary).toBe('Ends in a NUL');
  });
});

describe("the simulator's webhook bodies pass in both flavours", () => {
  for (const flavor of ['CLOUD', 'SERVER'] as const) {
    it(flavor, async () => {
      const sim = await startJiraSim({ site: simSite(`payload-${flavor}`, 7, { sprints: 3, issuesPerSprint: 6, issues: 10 }), flavor });
      sims.push(sim);
      const [first, second] = sim.site.issues;
      const future = sim.site.sprints.find((s) => s.state === 'future')!;
      const bodies = [
        sim.updateIssue(first.key, { status: 'Done', points: 5, summary: 'Renamed', addToSprint: future.id }),
        sim.createIssue({ summary: 'New', sprintId: future.id, points: 2 }),
        sim.deleteIssue(second.key),
        sim.updateSprint(future.id, { state: 'active' }),
        sim.createSprint({ originBoardId: future.originBoardId, name: 'Next' }),
        sim.deleteSprint(future.id),
      ];
      for (const b of bodies) {
        const parsed = parseWebhookBody(body(b));
        expect(parsed, `${b.webhookEvent}: ${JSON.stringify(parsed)}`).toMatchObject({
          ok: true,
          event: { webhookEvent: b.webhookEvent, timestamp: b.timestamp },
        });
      }
    });
  }
});
