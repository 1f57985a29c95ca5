import { SPRINT_FIELD_TYPE, type JiraField } from './site.ts';

const system = (id: string, name: string, type: string, items?: string): JiraField => ({
  id,
  key: id,
  name,
  custom: false,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: [id],
  schema: { type, ...(items ? { items } : {}), system: id },
});

const custom = (num: number, name: string, type: string, customType: string, items?: string): JiraField => ({
  id: `customfield_${num}`,
  key: `customfield_${num}`,
  name,
  custom: true,
  orderable: true,
  navigable: true,
  searchable: true,
  clauseNames: [`cf[${num}]`, name],
  schema: { type, ...(items ? { items } : {}), custom: customType, customId: num },
});

/** The system fields the sync reads, as /rest/api/{v}/field lists them. */
export const SYSTEM_FIELDS: JiraField[] = [
  system('summary', 'Summary', 'string'),
  system('issuetype', 'Issue Type', 'issuetype'),
  system('status', 'Status', 'status'),
  system('priority', 'Priority', 'priority'),
  system('assignee', 'Assignee', 'user'),
  system('reporter', 'Reporter', 'user'),
  system('creator', 'Creator', 'user'),
  system('created', 'Created', 'datetime'),
  system('updated', 'Updated', 'datetime'),
  system('resolution', 'Resolution', 'resolution'),
  system('resolutiondate', 'Resolved', 'datetime'),
  system('statuscategorychangedate', 'Status Category Changed', 'datetime'),
  system('project', 'Project', 'project'),
  system('labels', 'Labels', 'array', 'string'),
  system('components', 'Components', 'array', 'component'),
  system('issuelinks', 'Linked Issues', 'array', 'issuelinks'),
  system('parent', 'Parent', 'issuelink'),
];

/** JIRA Software's custom fields on a Cloud site (ids as on a typical Cloud site). */
export const SPRINT_FIELD = custom(10020, 'Sprint', 'array', SPRINT_FIELD_TYPE, 'json');
export const RANK_FIELD = custom(10019, 'Rank', 'any', 'com.pyxis.greenhopper.jira:gh-lexo-rank');
/** Team-managed projects' estimate: "Story point estimate". */
export const STORY_POINT_ESTIMATE_FIELD = custom(10016, 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points');
/** Company-managed projects' classic "Story Points" number field. */
export const STORY_POINTS_FIELD = custom(10024, 'Story Points', 'number', 'com.atlassian.jira.plugin.system.customfieldtypes:float');
export const EPIC_LINK_FIELD = custom(10014, 'Epic Link', 'any', 'com.pyxis.greenhopper.jira:gh-epic-link');

export function cloudFields(): JiraField[] {
  return [...SYSTEM_FIELDS, EPIC_LINK_FIELD, STORY_POINT_ESTIMATE_FIELD, RANK_FIELD, SPRINT_FIELD, STORY_POINTS_FIELD].map((f) => structuredClone(f));
}
