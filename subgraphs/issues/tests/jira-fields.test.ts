import { describe, expect, it } from 'vitest';
import { resolveSiteFields } from '../src/jira/fields.ts';
import type { JiraField } from '../src/jira/types.ts';

const GH = 'com.pyxis.greenhopper.jira:';
const num = (id: string, name: string, custom = 'com.atlassian.jira.plugin.system.customfieldtypes:float'): JiraField => ({
  id,
  name,
  custom: true,
  schema: { type: 'number', custom },
});

// A Cloud site that has both the classic and the team-managed story points fields.
const FIELDS: JiraField[] = [
  { id: 'summary', name: 'Summary', schema: { type: 'string' } },
  { id: 'timeoriginalestimate', name: 'Original estimate', schema: { type: 'number' } },
  { id: 'customfield_10020', name: 'Sprint', custom: true, schema: { type: 'array', custom: `${GH}gh-sprint` } },
  { id: 'customfield_10019', name: 'Rank', custom: true, schema: { type: 'any', custom: `${GH}gh-lexo-rank` } },
  { id: 'customfield_10014', name: 'Epic Link', custom: true, schema: { type: 'any', custom: `${GH}gh-epic-link` } },
  num('customfield_10016', 'Story point estimate', `${GH}jsw-story-points`),
  num('customfield_10024', 'Story Points'),
  num('customfield_10050', 'Effort'),
  { id: 'customfield_10060', name: 'T-shirt', custom: true, schema: { type: 'option' } },
];

describe('resolveSiteFields', () => {
  it('finds sprint, rank and epic link by their greenhopper types', () => {
    expect(resolveSiteFields({ fields: FIELDS, boardEstimationFields: [] })).toMatchObject({
      sprintField: 'customfield_10020',
      rankField: 'customfield_10019',
      epicLinkField: 'customfield_10014',
    });
  });

  it('falls back to the names Sprint and Rank when the types are not reported', () => {
    const plain: JiraField[] = [
      { id: 'customfield_1', name: 'sprint' },
      { id: 'customfield_2', name: 'Rank' },
    ];
    expect(resolveSiteFields({ fields: plain, boardEstimationFields: [] })).toMatchObject({
      sprintField: 'customfield_1',
      rankField: 'customfield_2',
      storyPointsField: null,
      source: 'none',
    });
  });

  it('the override wins: by id, or by name case-insensitively', () => {
    expect(resolveSiteFields({ fields: FIELDS, boardEstimationFields: ['customfield_10016'], override: 'customfield_10050' })).toMatchObject({
      storyPointsField: { id: 'customfield_10050', name: 'Effort' },
      source: 'override',
    });
    expect(resolveSiteFields({ fields: FIELDS, boardEstimationFields: [], override: '  effort ' }).storyPointsField).toEqual({
      id: 'customfield_10050',
      name: 'Effort',
    });
  });

  it('an override that names no field, an ambiguous name, or a non-number field is BAD_USER_INPUT', () => {
    const attempt = (override: string, fields = FIELDS) => {
      try {
        resolveSiteFields({ fields, boardEstimationFields: [], override });
      } catch (err) {
        return err as { message: string; extensions: { code: string } };
      }
      throw new Error('expected an error');
    };
    const none = attempt('Storypoints');
    expect(none.extensions.code).toBe('BAD_USER_INPUT');
    expect(none.message).toContain('No JIRA field has the id or name "Storypoints"');
    const twice = attempt('Points', [num('customfield_1', 'Points'), num('customfield_2', 'Points')]);
    expect(twice.message).toContain('customfield_1, customfield_2');
    expect(attempt('T-shirt').message).toContain('holds option values, not numbers');
  });

  it("then the boards' estimation field, when it is a number field and not time tracking", () => {
    expect(resolveSiteFields({ fields: FIELDS, boardEstimationFields: ['customfield_10016', 'customfield_10016', 'customfield_10024'] })).toMatchObject({
      storyPointsField: { id: 'customfield_10016', name: 'Story point estimate' },
      source: 'board',
    });
    // Boards estimating in original time estimate (seconds) or an unknown field don't count.
    expect(resolveSiteFields({ fields: FIELDS, boardEstimationFields: ['timeoriginalestimate', 'customfield_99999'] })).toMatchObject({
      storyPointsField: { id: 'customfield_10024' },
      source: 'name',
    });
  });

  it('then by name: "Story Points" (company-managed) before "Story point estimate" (team-managed)', () => {
    expect(resolveSiteFields({ fields: FIELDS, boardEstimationFields: [] })).toMatchObject({
      storyPointsField: { id: 'customfield_10024', name: 'Story Points' },
      source: 'name',
    });
    const teamOnly = FIELDS.filter((f) => f.id !== 'customfield_10024');
    expect(resolveSiteFields({ fields: teamOnly, boardEstimationFields: [] })).toMatchObject({ storyPointsField: { id: 'customfield_10016' }, source: 'name' });
  });
});
