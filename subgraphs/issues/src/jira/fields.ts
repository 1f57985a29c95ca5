/**
 * Which custom fields hold the sprint, the rank, the epic link and the story points on a site.
 * Their ids differ per site (customfield_10020 here, customfield_10105 there), so they are looked
 * up in `/rest/api/2/field` by their type, then by name.
 */
import { badInput } from '@sprint-reports/core';
import type { JiraField } from './types.ts';

export interface StoryPointsField {
  id: string;
  name: string;
}

export interface ResolvedSiteFields {
  sprintField: string | null;
  rankField: string | null;
  /** Epics on Server, and on Cloud sites not yet moved to `parent`. */
  epicLinkField: string | null;
  storyPointsField: StoryPointsField | null;
  /** How the story points field was chosen; 'none' when no field qualifies. */
  source: 'override' | 'board' | 'name' | 'none';
}

const GH = 'com.pyxis.greenhopper.jira:';
const lower = (s: string | undefined) => (s ?? '').trim().toLowerCase();

// Time tracking fields are `number` fields too, and boards can estimate in them; they hold
// seconds, not points.
const TIME_TRACKING = new Set([
  'timeoriginalestimate',
  'timeestimate',
  'timespent',
  'aggregatetimeoriginalestimate',
  'aggregatetimeestimate',
  'aggregatetimespent',
]);

const isNumberField = (f: JiraField) => f.schema?.type === 'number' && !TIME_TRACKING.has(f.id);

/**
 * Every field a story points override may name: the site's number fields, time tracking aside.
 * The sync stores their values with each issue, so a change of the field is re-derived from
 * stored data.
 */
export const estimateFieldCandidates = (fields: JiraField[]): string[] => fields.filter(isNumberField).map((f) => f.id);

function byTypeOrName(fields: JiraField[], customType: string, name: string): string | null {
  return (fields.find((f) => f.schema?.custom === GH + customType) ?? fields.find((f) => lower(f.name) === lower(name)))?.id ?? null;
}

function fromOverride(fields: JiraField[], override: string): JiraField {
  const want = lower(override);
  const byId = fields.find((f) => lower(f.id) === want);
  if (byId) return byId;
  const named = fields.filter((f) => lower(f.name) === want);
  // Sites often grow several fields with one name; then the number one, and only if it is unique.
  const candidates = named.length > 1 ? named.filter(isNumberField) : named;
  if (candidates.length === 1) return candidates[0];
  if (named.length === 0) {
    throw badInput(
      `No JIRA field has the id or name "${override}"; give the story points field's id (e.g. customfield_10016) or exact name`,
      'storyPointsField',
    );
  }
  throw badInput(
    `Several JIRA fields are named "${override}" (${named.map((f) => f.id).join(', ')}); give the story points field's id instead`,
    'storyPointsField',
  );
}

/** The estimation field most boards use, when it is a number field (not time tracking). */
function fromBoards(fields: JiraField[], boardFields: string[]): JiraField | null {
  const counts = new Map<string, number>();
  for (const id of boardFields) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: JiraField | null = null;
  let bestCount = 0;
  for (const [id, count] of counts) {
    const f = fields.find((x) => x.id === id);
    if (f && isNumberField(f) && count > bestCount) [best, bestCount] = [f, count];
  }
  return best;
}

/**
 * By name, "Story Points" before "Story point estimate". On Cloud, company-managed projects
 * estimate in the classic "Story Points" number field, team-managed projects in "Story point
 * estimate" (jsw-story-points). A site with both is an older site whose company-managed boards
 * (the scrum boards this product reports on) still use "Story Points"; "Story point estimate"
 * exists there only for team-managed projects. Team-managed boards name their field in their
 * board configuration anyway, which is consulted first, so the name fallback rarely decides.
 */
function fromName(fields: JiraField[]): JiraField | null {
  for (const name of ['story points', 'story point estimate']) {
    const named = fields.filter((f) => lower(f.name) === name);
    const f = named.find(isNumberField) ?? named[0];
    if (f) return f;
  }
  return null;
}

export function resolveSiteFields(input: { fields: JiraField[]; boardEstimationFields: string[]; override?: string | null }): ResolvedSiteFields {
  const { fields, boardEstimationFields, override } = input;
  const base = {
    sprintField: byTypeOrName(fields, 'gh-sprint', 'Sprint'),
    rankField: byTypeOrName(fields, 'gh-lexo-rank', 'Rank'),
    epicLinkField: byTypeOrName(fields, 'gh-epic-link', 'Epic Link'),
  };
  const pick = (f: JiraField, source: ResolvedSiteFields['source']): ResolvedSiteFields => ({ ...base, storyPointsField: { id: f.id, name: f.name }, source });

  if (override && override.trim()) {
    const f = fromOverride(fields, override);
    if (f.schema?.type && f.schema.type !== 'number') {
      throw badInput(`JIRA field "${f.name}" (${f.id}) holds ${f.schema.type} values, not numbers; story points need a number field`, 'storyPointsField');
    }
    return pick(f, 'override');
  }
  const board = fromBoards(fields, boardEstimationFields);
  if (board) return pick(board, 'board');
  const named = fromName(fields);
  if (named) return pick(named, 'name');
  return { ...base, storyPointsField: null, source: 'none' };
}
