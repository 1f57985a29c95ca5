/**
 * One JIRA issue plus its complete changelog → the row and histories the sync stores: sprint
 * membership over time, status and estimate changes, and every changelog item as it came.
 */
import {
  parseEstimate,
  parseJiraDate,
  parseJiraDateOrUndefined,
  parseSprintField,
  parseSprintIds,
  sortHistories,
  statusCategoryOf,
  type ParsedSprint,
  type StatusCategory,
} from './parse.ts';
import type { JiraHistory, JiraIssue } from './types.ts';

export interface SiteFields {
  sprintField: string | null;
  storyPointsField: { id: string; name: string } | null;
  rankField: string | null;
  /** The Epic Link custom field (Server, older Cloud); optional: Cloud epics are parents. */
  epicLinkField?: string | null;
  statuses: Map<string, { name: string; category: StatusCategory }>;
  /** Known discipline names, e.g. ['Backend', 'Frontend']. */
  disciplines: string[];
}

export interface ChangelogRow {
  historyId: string;
  itemIndex: number;
  at: Date;
  field: string;
  fieldId: string | null;
  fromValue: string | null;
  fromString: string | null;
  toValue: string | null;
  toString: string | null;
}

export interface Membership {
  jiraSprintId: number;
  addedAt: Date;
  removedAt: Date | null;
}

export interface StatusChange {
  at: Date;
  fromStatus: string | null;
  /** The status left: the first change's is the status at creation (no change item records it otherwise). */
  fromStatusId: string | null;
  fromCategory: StatusCategory | null;
  toStatus: string;
  toStatusId: string | null;
  toCategory: StatusCategory;
}

export interface EstimateChange {
  at: Date;
  fromPoints: number | null;
  toPoints: number | null;
}

export interface IssueLinkRef {
  type: string;
  direction: 'inward' | 'outward';
  key: string;
}

export interface DerivedIssue {
  jiraId: string;
  key: string;
  projectKey: string;
  summary: string;
  issueType: string;
  isSubtask: boolean;
  status: string;
  statusId: string | null;
  statusCategory: StatusCategory;
  priority: string | null;
  rank: string | null;
  storyPoints: number | null;
  estimateWarning: string | null;
  assigneeAccountId: string | null;
  assigneeName: string | null;
  components: string[];
  labels: string[];
  discipline: string | null;
  parentKey: string | null;
  epicKey: string | null;
  resolution: string | null;
  links: IssueLinkRef[];
  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  sprints: ParsedSprint[];
  memberships: Membership[];
  statusChanges: StatusChange[];
  estimateChanges: EstimateChange[];
  changelog: ChangelogRow[];
  warnings: string[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const names = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : str(obj(x)?.name))).filter((x): x is string => !!x) : []);

/** Every item of every history, oldest first: stored raw so derived histories can be rebuilt. */
function changelogRows(histories: JiraHistory[], warnings: string[]): ChangelogRow[] {
  const rows: ChangelogRow[] = [];
  for (const h of sortHistories(histories)) {
    const at = parseJiraDateOrUndefined(h.created);
    if (!at) {
      warnings.push(`changelog entry ${h.id} has an unreadable date ${JSON.stringify(h.created)}; skipped`);
      continue;
    }
    (h.items ?? []).forEach((it, itemIndex) =>
      rows.push({
        historyId: String(h.id),
        itemIndex,
        at,
        field: it.field,
        fieldId: it.fieldId ?? null,
        fromValue: it.from ?? null,
        fromString: it.fromString ?? null,
        toValue: it.to ?? null,
        toString: it.toString ?? null,
      }),
    );
  }
  return rows;
}

/** Cloud items carry fieldId; Server items name the field only (so do Cloud's, if the id is unknown). */
const isField = (row: ChangelogRow, id: string | null | undefined, name: string) =>
  row.fieldId && id ? row.fieldId === id : row.field.toLowerCase() === name.toLowerCase();

/**
 * Membership intervals from the Sprint items. Before the first item the issue was in that item's
 * `from` sprints (created in them: creating an issue in a sprint writes no item); with no item at
 * all, in the field's current sprints. Each item then adds `to − from` and removes `from − to`.
 * Ids only: a closed sprint stays in `from`/`to` when an issue rolls over ("38" → "38, 40").
 */
function deriveMemberships(
  rows: ChangelogRow[],
  site: SiteFields,
  createdAt: Date,
  updatedAt: Date,
  current: number[] | null,
  warnings: string[],
): Membership[] {
  const items = rows.filter((r) => isField(r, site.sprintField, 'Sprint'));
  const out: Membership[] = [];
  const open = new Map<number, Date>();
  for (const id of items.length ? parseSprintIds(items[0].fromValue) : (current ?? [])) open.set(id, createdAt);
  for (const r of items) {
    const from = parseSprintIds(r.fromValue);
    const to = parseSprintIds(r.toValue);
    for (const id of from) {
      if (to.includes(id)) continue;
      const addedAt = open.get(id);
      if (addedAt) {
        out.push({ jiraSprintId: id, addedAt, removedAt: r.at });
        open.delete(id);
      } else {
        warnings.push(`changelog removes sprint ${id} at ${r.at.toISOString()} but the issue was not in it`);
      }
    }
    for (const id of to) if (!from.includes(id) && !open.has(id)) open.set(id, r.at);
  }
  // The field is the truth now. A sprint it holds that the history does not end in (history cut
  // short) counts from creation, or from when the history last took it out; one the history left
  // open that the field no longer holds (a deleted sprint leaves no item) ends at the last update.
  if (current) {
    for (const id of current) {
      if (open.has(id) || items.length === 0) continue;
      const removed = out.filter((m) => m.jiraSprintId === id).at(-1)?.removedAt;
      warnings.push(`the Sprint field holds sprint ${id} but the changelog does not end in it; counted from ${removed ? 'its last removal' : 'creation'}`);
      open.set(id, removed ?? createdAt);
    }
    for (const [id, addedAt] of [...open]) {
      if (current.includes(id)) continue;
      warnings.push(`the changelog leaves the issue in sprint ${id}, which the Sprint field no longer holds; closed at the last update`);
      out.push({ jiraSprintId: id, addedAt, removedAt: updatedAt < addedAt ? addedAt : updatedAt });
      open.delete(id);
    }
  }
  for (const [id, addedAt] of open) out.push({ jiraSprintId: id, addedAt, removedAt: null });
  return out.sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime() || a.jiraSprintId - b.jiraSprintId);
}

function categoryFor(site: SiteFields, id: string | null, name: string | null, warnings: string[]): StatusCategory {
  const byId = id ? site.statuses.get(id) : undefined;
  if (byId) return byId.category;
  // Statuses deleted from the site since keep their old id in history; try the name.
  const named = [...site.statuses.values()].filter((s) => name && s.name.toLowerCase() === name.toLowerCase());
  const cats = new Set(named.map((s) => s.category));
  if (cats.size === 1) return named[0].category;
  warnings.push(
    cats.size > 1
      ? `status "${name}" (${id}) is unknown by id and its name has several categories; counted as TODO`
      : `status "${name}" (${id}) is not one of the site's statuses; counted as TODO`,
  );
  return 'TODO';
}

function deriveStatusChanges(rows: ChangelogRow[], site: SiteFields, warnings: string[]): StatusChange[] {
  const out: StatusChange[] = [];
  for (const r of rows.filter((x) => isField(x, 'status', 'status'))) {
    const toStatus = r.toString ?? (r.toValue ? site.statuses.get(r.toValue)?.name : undefined) ?? r.toValue ?? '';
    const last = out[out.length - 1];
    // The store keys status changes by (time, status): a repeated item in one instant is one change.
    if (last && last.at.getTime() === r.at.getTime() && last.toStatus === toStatus) continue;
    // A later change's "from" is the status an earlier one went to, already warned about.
    const fromCategory = r.fromValue || r.fromString ? categoryFor(site, r.fromValue, r.fromString, out.length ? [] : warnings) : null;
    out.push({
      at: r.at,
      fromStatus: r.fromString,
      fromStatusId: r.fromValue,
      fromCategory,
      toStatus,
      toStatusId: r.toValue,
      toCategory: categoryFor(site, r.toValue, toStatus, warnings),
    });
  }
  return out;
}

export interface DerivedEstimates {
  storyPoints: number | null;
  estimateWarning: string | null;
  estimateChanges: EstimateChange[];
  /** Warnings about unreadable values in the history. */
  warnings: string[];
}

/**
 * Estimates from stored raw fields and changelog rows, so they can be re-derived without JIRA
 * when the story points field changes. Changes that leave the points as they were (e.g. "" → "-1")
 * are dropped, and changes in one instant collapse into one (the store keys them by time).
 */
export function deriveEstimates(
  rawFields: Record<string, unknown> | null | undefined,
  changelogRows: ChangelogRow[],
  storyPointsField: { id: string; name: string } | null,
): DerivedEstimates {
  if (!storyPointsField) return { storyPoints: null, estimateWarning: null, estimateChanges: [], warnings: [] };
  const current = parseEstimate(rawFields?.[storyPointsField.id]);
  const warnings: string[] = [];
  const read = (s: string | null, at: Date) => {
    const e = parseEstimate(s);
    if (e.warning) warnings.push(`${e.warning} (changelog, ${at.toISOString()})`);
    return e.points;
  };
  const rows = changelogRows.filter((r) => isField(r, storyPointsField.id, storyPointsField.name));
  const changes = fieldChanges(
    rows,
    (r) => read(r.fromString, r.at),
    (r) => read(r.toString, r.at),
  ).map((c) => ({ at: c.at, fromPoints: c.from, toPoints: c.to }));
  return {
    storyPoints: current.points,
    estimateWarning: current.warning ?? null,
    estimateChanges: changes,
    warnings,
  };
}

/**
 * A field's changes from its changelog rows, in history order: changes in one instant collapse
 * into the last (the store keys them by time), and changes that leave the value as it was (e.g.
 * "" → "-1" for points) are dropped.
 */
export function fieldChanges<R extends { at: Date; historyId: string; itemIndex: number }, T>(
  rows: R[],
  from: (r: R) => T,
  to: (r: R) => T,
): { at: Date; from: T; to: T }[] {
  const sorted = [...rows].sort((a, b) => a.at.getTime() - b.at.getTime() || Number(a.historyId) - Number(b.historyId) || a.itemIndex - b.itemIndex);
  const changes: { at: Date; from: T; to: T }[] = [];
  for (const r of sorted) {
    const change = { at: r.at, from: from(r), to: to(r) };
    const last = changes.at(-1);
    if (last && last.at.getTime() === change.at.getTime()) last.to = change.to;
    else changes.push(change);
  }
  return changes.filter((c) => c.from !== c.to);
}

function deriveLinks(v: unknown): IssueLinkRef[] {
  if (!Array.isArray(v)) return [];
  const out: IssueLinkRef[] = [];
  for (const l of v.map(obj)) {
    const type = str(obj(l?.type)?.name) ?? 'Relates';
    const outward = str(obj(l?.outwardIssue)?.key);
    const inward = str(obj(l?.inwardIssue)?.key);
    if (outward) out.push({ type, direction: 'outward', key: outward });
    if (inward) out.push({ type, direction: 'inward', key: inward });
  }
  return out;
}

/** The parent when it is an epic (Cloud: hierarchy level 1), else the Epic Link, else the Agile API's `epic`. */
function deriveEpicKey(fields: Obj, parent: Obj | null, site: SiteFields): string | null {
  const parentType = obj(obj(parent?.fields)?.issuetype);
  const parentIsEpic = parentType && (parentType.hierarchyLevel === 1 || String(parentType.name).toLowerCase() === 'epic');
  if (parentIsEpic && str(parent?.key)) return str(parent?.key);
  const link = site.epicLinkField ? fields[site.epicLinkField] : undefined;
  if (typeof link === 'string' && link) return link;
  return str(obj(fields.epic)?.key);
}

function findDiscipline(candidates: string[], disciplines: string[]): string | null {
  for (const c of candidates) {
    const hit = disciplines.find((d) => d.toLowerCase() === c.trim().toLowerCase());
    if (hit) return hit;
  }
  return null;
}

export function deriveIssue(issue: JiraIssue, histories: JiraHistory[], site: SiteFields): DerivedIssue {
  const fields: Obj = issue.fields ?? {};
  const warnings: string[] = [];
  if (typeof fields.created !== 'string') throw new Error(`JIRA sent issue ${issue.key} without fields.created (is "created" among the requested fields?)`);
  const createdAt = parseJiraDate(fields.created);
  const updatedAt = parseJiraDateOrUndefined(fields.updated) ?? createdAt;

  const status = obj(fields.status);
  const statusId = str(status?.id);
  const statusName = str(status?.name) ?? (statusId ? site.statuses.get(statusId)?.name : undefined) ?? 'Unknown';
  const embeddedCategory = str(obj(status?.statusCategory)?.key);
  let statusCategory: StatusCategory = 'TODO';
  if (embeddedCategory) statusCategory = statusCategoryOf(embeddedCategory);
  else if (status) statusCategory = categoryFor(site, statusId, statusName, warnings);
  else warnings.push('JIRA sent no status (is "status" among the requested fields?); counted as TODO');

  const issuetype = obj(fields.issuetype);
  const parent = obj(fields.parent);
  const assignee = obj(fields.assignee);
  const components = names(fields.components);
  const labels = names(fields.labels);

  const rows = changelogRows(histories, warnings);
  const hasSprintField = !!site.sprintField && site.sprintField in fields;
  const sprints = site.sprintField ? parseSprintField(fields[site.sprintField]) : [];
  const memberships = deriveMemberships(rows, site, createdAt, updatedAt, hasSprintField ? sprints.map((s) => s.id) : null, warnings);
  const estimates = deriveEstimates(fields, rows, site.storyPointsField);
  if (estimates.estimateWarning) warnings.push(estimates.estimateWarning);
  warnings.push(...estimates.warnings);
  const statusChanges = deriveStatusChanges(rows, site, warnings);

  return {
    jiraId: String(issue.id),
    key: issue.key,
    projectKey: str(obj(fields.project)?.key) ?? issue.key.replace(/-\d+$/, ''),
    summary: str(fields.summary) ?? '',
    issueType: str(issuetype?.name) ?? 'Unknown',
    isSubtask: issuetype?.subtask === true || issuetype?.hierarchyLevel === -1,
    status: statusName,
    statusId,
    statusCategory,
    priority: str(obj(fields.priority)?.name),
    rank: site.rankField ? str(fields[site.rankField]) : null,
    storyPoints: estimates.storyPoints,
    estimateWarning: estimates.estimateWarning,
    // Cloud identifies users by accountId; Server/DC by key (name on old versions).
    assigneeAccountId: str(assignee?.accountId) || str(assignee?.key) || str(assignee?.name) || null,
    assigneeName: str(assignee?.displayName) ?? str(assignee?.name),
    components,
    labels,
    discipline: findDiscipline([...components, ...labels], site.disciplines),
    parentKey: str(parent?.key),
    epicKey: deriveEpicKey(fields, parent, site),
    resolution: str(obj(fields.resolution)?.name),
    links: deriveLinks(fields.issuelinks),
    createdAt,
    updatedAt,
    resolvedAt: parseJiraDateOrUndefined(fields.resolutiondate) ?? null,
    sprints,
    memberships,
    statusChanges,
    estimateChanges: estimates.estimateChanges,
    changelog: rows,
    warnings: [...new Set(warnings)], // one unknown status seen ten times is one warning
  };
}
