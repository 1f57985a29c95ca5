/**
 * The shape of the JIRA webhooks the product applies, checked before anything reaches the domain:
 * a signed body is JIRA's word, but a misconfigured JIRA app, a proxy or a holder of the secret can
 * still send types the sync never expects, and those must be refused with a reason (400), not
 * crash half-way (500). Only what the product reads is checked; the rest of an issue's `fields`
 * (custom fields differ by site) passes through as JIRA sent it, to be stored as the raw fields.
 */
import sjson from 'secure-json-parse';
import { z } from 'zod';
import { parseJiraDate, sprintStateOf } from './parse.ts';

/** The events applied; any other `webhookEvent` (board_*, comment_*, worklog_*, …) is acknowledged and ignored. */
export const HANDLED_EVENTS = [
  'jira:issue_created',
  'jira:issue_updated',
  'jira:issue_deleted',
  'sprint_created',
  'sprint_updated',
  'sprint_started',
  'sprint_closed',
  'sprint_deleted',
] as const;
export type HandledEvent = (typeof HANDLED_EVENTS)[number];

// JIRA's webhooks began in 2012; an event stamped more than a day ahead of our clock would win every
// "newer news wins" comparison (sprints, issue fields) for good, so it is refused rather than trusted.
const EARLIEST_TIMESTAMP = Date.UTC(2000, 0, 1);
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
const INT32_MAX = 2 ** 31 - 1;

const isJiraDate = (s: string) => {
  try {
    parseJiraDate(s);
    return true;
  } catch {
    return false;
  }
};

/** A real calendar date in JIRA's form (2026-02-27T10:15:00.000+0000, or a bare 2026-02-27): 2026-02-30 is refused. */
const jiraDate = z
  .string()
  .refine(isJiraDate, { error: (i) => `not a real date in JIRA's form (e.g. 2026-02-27T10:15:00.000+0000): ${JSON.stringify(i.input)}` });

const timestamp = z
  .number({ error: 'expected the event time in epoch milliseconds' })
  .int({ error: 'expected the event time in whole epoch milliseconds' })
  .refine((t) => t >= EARLIEST_TIMESTAMP && t <= Date.now() + FUTURE_TOLERANCE_MS, {
    error: (i) => `${String(i.input)} is not a plausible event time (epoch milliseconds between 2000 and a day from now)`,
  });

const digits = (what: string) =>
  z.string({ error: `expected ${what} as a string of digits` }).regex(/^\d{1,18}$/, { error: `expected ${what} as a string of digits` });
const jiraInt = (what: string) =>
  z
    .number({ error: `expected ${what} as a number` })
    .int()
    .min(1)
    .max(INT32_MAX, { error: `${what} is out of range` });

const named = z.looseObject({ name: z.string() });
const nullableString = z.string().nullable().default(null);

/** The fields the product reads, typed; every other field (custom fields) passes through untouched. */
const issueFields = z.looseObject({
  created: jiraDate,
  updated: jiraDate.optional(),
  resolutiondate: jiraDate.nullish(),
  summary: z.string().nullish(),
  status: z.looseObject({ id: z.string().optional(), name: z.string().optional(), statusCategory: z.looseObject({ key: z.string() }).nullish() }).nullish(),
  issuetype: z.looseObject({ name: z.string().optional(), subtask: z.boolean().optional(), hierarchyLevel: z.number().int().optional() }).nullish(),
  project: z.looseObject({ key: z.string() }).nullish(),
  parent: z.looseObject({ key: z.string() }).nullish(),
  assignee: z
    .looseObject({ accountId: z.string().optional(), key: z.string().optional(), name: z.string().optional(), displayName: z.string().nullish() })
    .nullish(),
  priority: named.nullish(),
  resolution: named.nullish(),
  components: z.array(named).nullish(),
  labels: z.array(z.string()).nullish(),
  issuelinks: z.array(z.looseObject({})).nullish(),
});

const issue = z.object({
  id: digits('the issue id'),
  key: z.string({ error: 'expected the issue key (e.g. ABC-123)' }).regex(/^\S{1,255}-\d{1,18}$/, { error: 'expected the issue key (e.g. ABC-123)' }),
  fields: issueFields,
});

/** One change: JIRA's item, every value a string or null. */
const changelogItem = z.object({
  field: z.string().min(1),
  fieldtype: z.string().optional(),
  fieldId: z.string().optional(),
  from: nullableString,
  fromString: nullableString,
  to: nullableString,
  toString: nullableString,
});

const changelog = z.object({ id: digits('the changelog id'), items: z.array(changelogItem) });

const sprint = z.object({
  id: jiraInt('the sprint id'),
  name: z.string({ error: 'expected the sprint name' }),
  state: z
    .string({ error: 'expected the sprint state: future, active or closed' })
    .regex(/^(future|active|closed)$/i, { error: 'expected the sprint state: future, active or closed' })
    // Upper-cased: the sprints subgraph's generated SprintState.
    .transform((s) => sprintStateOf(s)),
  startDate: jiraDate.nullish(),
  endDate: jiraDate.nullish(),
  completeDate: jiraDate.nullish(),
  // Server/DC: when Start was pressed (Cloud sends none).
  activatedDate: jiraDate.nullish(),
  originBoardId: jiraInt('the origin board id').nullish(),
  goal: z.string().nullish(),
});

const eventName = z.object({ webhookEvent: z.string({ error: 'expected webhookEvent, the event name' }).min(1).max(100) });
const envelope = eventName.extend({ timestamp: timestamp.optional() });

const issueEvent = envelope.extend({ webhookEvent: z.enum(['jira:issue_created', 'jira:issue_updated']), issue, changelog: changelog.nullish() });
// A deletion needs only which issue: its fields are not read.
const issueDeleted = envelope.extend({ webhookEvent: z.literal('jira:issue_deleted'), issue: issue.extend({ fields: z.looseObject({}).optional() }) });
const sprintEvent = envelope.extend({ webhookEvent: z.enum(['sprint_created', 'sprint_updated', 'sprint_started', 'sprint_closed']), sprint });
const sprintDeleted = envelope.extend({ webhookEvent: z.literal('sprint_deleted'), sprint: z.looseObject({ id: jiraInt('the sprint id') }) });

const handledEvent = z.discriminatedUnion('webhookEvent', [issueEvent, issueDeleted, sprintEvent, sprintDeleted]);

export type WebhookEvent = z.infer<typeof handledEvent>;
export type IssueWebhookEvent = z.infer<typeof issueEvent>;

export type ParsedWebhook = { ok: true; event: WebhookEvent } | { ok: true; ignored: string } | { ok: false; reason: string };

/** `changelog.items[0].from: expected …`: where in the body, and what is wrong. */
function faultsOf(error: z.ZodError, limit = 5): string {
  const where = (path: PropertyKey[]) =>
    path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || '(the body)';
  const lines = error.issues.slice(0, limit).map((i) => `${where(i.path)}: ${i.message}`);
  if (error.issues.length > limit) lines.push(`and ${error.issues.length - limit} more`);
  return lines.join('; ');
}

/**
 * The raw body → a handled event, an event to ignore, or why it is refused. JSON with `__proto__`
 * or `constructor.prototype` keys is refused outright (JIRA never sends them; merged into an object
 * they would change its prototype), and NUL characters are dropped (PostgreSQL stores none).
 */
export function parseWebhookBody(body: Buffer): ParsedWebhook {
  let json: unknown;
  try {
    json = sjson.parse(body.toString('utf8'), (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\0', '') : value), {
      protoAction: 'error',
      constructorAction: 'error',
    });
  } catch (err) {
    return {
      ok: false,
      reason: /prototype/.test((err as Error).message) ? 'The webhook body has a __proto__ or constructor.prototype key' : 'The webhook body is not JSON',
    };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, reason: 'Not a JIRA webhook: the body is not a JSON object' };
  const head = eventName.safeParse(json);
  if (!head.success) return { ok: false, reason: `Not a JIRA webhook: ${faultsOf(head.error)}` };
  if (!(HANDLED_EVENTS as readonly string[]).includes(head.data.webhookEvent)) return { ok: true, ignored: head.data.webhookEvent };
  const parsed = handledEvent.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `Not a valid ${head.data.webhookEvent} webhook: ${faultsOf(parsed.error)}` };
  return { ok: true, event: parsed.data };
}
