import {
  CATEGORY,
  projectOf,
  sprintFieldId,
  type JiraChangelogItem,
  type JiraField,
  type JiraFlavor,
  type JiraHistory,
  type JiraSite,
  type SimBoard,
  type SimIssue,
  type SimSprint,
  type SimStatus,
} from './site.ts';

/** Turns the site's Cloud-shaped objects into the JSON a JIRA of either flavour returns. */
export interface RenderContext {
  site: JiraSite;
  flavor: JiraFlavor;
  /** The sim's base URL: `self` links point at it. */
  baseUrl: string;
}

/** Which fields to return: `null` returns none at all (Cloud's /search/jql without `fields`). */
export interface FieldSelection {
  all: boolean;
  include: Set<string>;
  exclude: Set<string>;
}

/** Parses `fields` (comma-separated, repeatable, or a JSON array): `*all`, `*navigable`, ids, `-id` exclusions. */
export function parseFieldSelection(values: string[] | undefined): FieldSelection | null {
  const names = (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (names.length === 0) return null;
  const sel: FieldSelection = { all: false, include: new Set(), exclude: new Set() };
  for (const n of names) {
    if (n === '*all' || n === '*navigable') sel.all = true;
    else if (n.startsWith('-')) sel.exclude.add(n.slice(1));
    else sel.include.add(n);
  }
  // Only exclusions: everything else, as JIRA reads `-description`.
  if (sel.include.size === 0 && sel.exclude.size > 0) sel.all = true;
  return sel;
}

export const ALL_FIELDS: FieldSelection = { all: true, include: new Set(), exclude: new Set() };

/** Whether a selection asks for nothing but `id` and `key` (Cloud then pages up to 5,000). */
export function onlyIdAndKey(sel: FieldSelection | null): boolean {
  return !sel || (!sel.all && [...sel.include].every((f) => f === 'id' || f === 'key'));
}

export interface ChangelogOptions {
  /** How many histories the inline changelog keeps. */
  cap: number;
  /** Cloud lists them newest first and keeps the newest; Server/DC oldest first. */
  newestFirst: boolean;
}

const api = (ctx: RenderContext) => (ctx.flavor === 'CLOUD' ? 3 : 2);

export function renderIssue(ctx: RenderContext, issue: SimIssue, sel: FieldSelection | null, changelog?: ChangelogOptions): Record<string, unknown> {
  if (sel === null && !changelog) return { id: issue.id };
  const out: Record<string, unknown> = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: `${ctx.baseUrl}/rest/api/${api(ctx)}/issue/${issue.id}`,
    key: issue.key,
  };
  if (sel) out.fields = renderFields(ctx, issue, sel);
  if (changelog) {
    const histories = changelog.newestFirst ? issue.histories.slice(-changelog.cap).reverse() : issue.histories.slice(0, changelog.cap);
    out.changelog = { startAt: 0, maxResults: histories.length, total: issue.histories.length, histories: histories.map((h) => renderHistory(ctx, h)) };
  }
  return out;
}

export function renderFields(ctx: RenderContext, issue: SimIssue, sel: FieldSelection): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const sprintField = sprintFieldId(ctx.site);
  for (const [id, value] of Object.entries(issue.fields)) {
    if (sel.exclude.has(id) || !(sel.all || sel.include.has(id))) continue;
    fields[id] = ctx.flavor === 'SERVER' ? serverValue(ctx, id, value, sprintField) : value;
  }
  return fields;
}

function serverValue(ctx: RenderContext, id: string, value: unknown, sprintField: string): unknown {
  if (id === sprintField && Array.isArray(value)) return value.map((s) => serverSprintString(ctx.site, s as SprintValue));
  if (value && typeof value === 'object' && 'accountId' in value) return serverUser(ctx, value as CloudUser);
  return value;
}

type SprintValue = {
  id: number;
  name: string;
  state: string;
  boardId?: number;
  goal?: string | null;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
};

/**
 * Server/DC's Sprint field value: the toString() of GreenHopper's Sprint object. Names may hold
 * commas; nulls print as `<null>`.
 */
export function serverSprintString(site: JiraSite, value: SprintValue): string {
  const s = site.sprints.find((x) => x.id === value.id);
  const v = (x: string | null | undefined) => (x === undefined || x === null ? '<null>' : x);
  const hash = ((value.id * 2654435761) >>> 0).toString(16);
  return `com.atlassian.greenhopper.service.sprint.Sprint@${hash}[id=${value.id},rapidViewId=${s?.originBoardId ?? value.boardId ?? '<null>'},state=${value.state.toUpperCase()},name=${value.name},startDate=${v(value.startDate)},endDate=${v(value.endDate)},completeDate=${v(value.completeDate)},activatedDate=${v(s && activatedDateOf(s))},sequence=${value.id},goal=${value.goal ?? ''}]`;
}

/** When Start was pressed: a started sprint without one recorded (a generated site) started as planned. */
const activatedDateOf = (s: SimSprint) => s.activatedDate ?? (s.state === 'future' ? undefined : s.startDate);

type CloudUser = { accountId: string; emailAddress?: string; displayName?: string; active?: boolean; timeZone?: string };

/** A Cloud user as Server/DC shows users: by name and key, no accountId. */
function serverUser(ctx: RenderContext, u: CloudUser) {
  const name = u.emailAddress ? u.emailAddress.split('@')[0] : u.accountId;
  return {
    self: `${ctx.baseUrl}/rest/api/2/user?username=${encodeURIComponent(name)}`,
    name,
    key: name,
    emailAddress: u.emailAddress,
    displayName: u.displayName,
    active: u.active ?? true,
    timeZone: u.timeZone ?? ctx.site.timeZone,
  };
}

export function renderHistory(ctx: RenderContext, h: JiraHistory): JiraHistory {
  if (ctx.flavor === 'CLOUD') return h;
  // Server/DC changelog items name the field only (no fieldId); Cloud's account-id extras do not exist there.
  const items = h.items.map(({ fieldId: _f, tmpFromAccountId: _a, tmpToAccountId: _b, ...rest }) => rest as JiraChangelogItem);
  const author = h.author && 'accountId' in h.author ? serverUser(ctx, h.author as CloudUser) : h.author;
  return { id: h.id, ...(author ? { author } : {}), created: h.created, items };
}

export function renderSprint(ctx: RenderContext, s: SimSprint) {
  return {
    id: s.id,
    self: `${ctx.baseUrl}/rest/agile/1.0/sprint/${s.id}`,
    state: s.state,
    name: s.name,
    // JIRA omits the dates a sprint does not have (future sprints).
    ...(s.startDate ? { startDate: s.startDate } : {}),
    ...(s.endDate ? { endDate: s.endDate } : {}),
    ...(s.completeDate ? { completeDate: s.completeDate } : {}),
    ...(s.createdDate ? { createdDate: s.createdDate } : {}),
    // Server/DC say when Start was pressed; Cloud's Agile API does not.
    ...(ctx.flavor === 'SERVER' && activatedDateOf(s) ? { activatedDate: activatedDateOf(s) } : {}),
    originBoardId: s.originBoardId,
    goal: s.goal,
  };
}

export function renderBoard(ctx: RenderContext, b: SimBoard) {
  const p = projectOf(ctx.site, b.projectKey);
  const displayName = `${p.name} (${p.key})`;
  return {
    id: b.id,
    self: `${ctx.baseUrl}/rest/agile/1.0/board/${b.id}`,
    name: b.name,
    type: b.type,
    location: { projectId: Number(p.id), displayName, projectName: p.name, projectKey: p.key, projectTypeKey: 'software', name: displayName },
  };
}

export function renderBoardConfiguration(ctx: RenderContext, b: SimBoard) {
  const p = projectOf(ctx.site, b.projectKey);
  const estimation = ctx.site.fields.find((f) => f.id === b.estimationFieldId);
  const rank = ctx.site.fields.find((f) => f.schema?.custom === 'com.pyxis.greenhopper.jira:gh-lexo-rank');
  return {
    id: b.id,
    name: b.name,
    type: b.type,
    self: `${ctx.baseUrl}/rest/agile/1.0/board/${b.id}/configuration`,
    location: { type: 'project', key: p.key, id: p.id, self: `${ctx.baseUrl}/rest/api/2/project/${p.id}`, name: p.name },
    filter: { id: String(b.filterId), self: `${ctx.baseUrl}/rest/api/2/filter/${b.filterId}` },
    columnConfig: {
      columns: b.columns.map((c) => ({ name: c.name, statuses: c.statusIds.map((id) => ({ id, self: `${ctx.baseUrl}/rest/api/2/status/${id}` })) })),
      constraintType: 'issueCount',
    },
    estimation: { type: 'field', field: { fieldId: b.estimationFieldId, displayName: estimation?.name ?? b.estimationFieldId } },
    ranking: { rankCustomFieldId: rank?.schema?.customId ?? 10019 },
  };
}

export function renderStatus(ctx: RenderContext, s: SimStatus) {
  const c = s.statusCategory;
  return {
    self: `${ctx.baseUrl}/rest/api/${api(ctx)}/status/${s.id}`,
    description: s.description ?? '',
    iconUrl: `${ctx.baseUrl}/images/icons/statuses/generic.png`,
    name: s.name,
    ...(ctx.flavor === 'CLOUD' ? { untranslatedName: s.name } : {}),
    id: s.id,
    statusCategory: {
      self: `${ctx.baseUrl}/rest/api/${api(ctx)}/statuscategory/${c.id}`,
      id: c.id,
      key: c.key,
      colorName: CATEGORY[c.key]?.colorName ?? 'medium-gray',
      name: c.name,
    },
    ...(ctx.flavor === 'CLOUD' && s.scope ? { scope: s.scope } : {}),
  };
}

export function renderField(ctx: RenderContext, f: JiraField) {
  if (ctx.flavor === 'CLOUD') return f;
  const { key: _key, ...server } = f;
  return server;
}

export function renderMyself(ctx: RenderContext) {
  const u = ctx.site.myself;
  return ctx.flavor === 'CLOUD'
    ? {
        self: `${ctx.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(u.accountId)}`,
        accountId: u.accountId,
        accountType: 'atlassian',
        emailAddress: u.emailAddress,
        displayName: u.displayName,
        active: true,
        timeZone: ctx.site.timeZone,
        locale: 'en_US',
      }
    : {
        self: `${ctx.baseUrl}/rest/api/2/user?username=${encodeURIComponent(u.name)}`,
        key: u.key,
        name: u.name,
        emailAddress: u.emailAddress,
        displayName: u.displayName,
        active: true,
        deleted: false,
        timeZone: ctx.site.timeZone,
        locale: 'en_US',
      };
}

/** The webhook `user`: who made the change. */
export function renderWebhookUser(ctx: RenderContext) {
  const u = ctx.site.myself;
  return ctx.flavor === 'CLOUD'
    ? {
        self: `${ctx.baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(u.accountId)}`,
        accountId: u.accountId,
        displayName: u.displayName,
        active: true,
        timeZone: ctx.site.timeZone,
        accountType: 'atlassian',
      }
    : {
        self: `${ctx.baseUrl}/rest/api/2/user?username=${encodeURIComponent(u.name)}`,
        name: u.name,
        key: u.key,
        emailAddress: u.emailAddress,
        displayName: u.displayName,
        active: true,
        timeZone: ctx.site.timeZone,
      };
}
