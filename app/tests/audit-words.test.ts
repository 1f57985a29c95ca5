import { describe, expect, test } from 'vitest';
import { actionWords, detailLines, kindWords, targetWords } from '../src/pages/users/audit-words.ts';

describe('the audit log in words', () => {
  test('actions, with the verb first and things as people name them', () => {
    expect(actionWords('user.created')).toBe('Created user');
    expect(actionWords('jira_connection.webhook_secret_rotated')).toBe('Rotated webhook secret of JIRA connection');
    expect(actionWords('tenant.disciplines_set')).toBe('Set disciplines of organisation');
    expect(actionWords('oidc_provider.set')).toBe('Set identity provider');
    expect(actionWords('board.settings_updated')).toBe('Updated settings of board');
  });

  test('kinds as plural labels; targets by the name the details give', () => {
    expect(kindWords('team_member')).toBe('Team members');
    expect(kindWords('jira_connection')).toBe('JIRA connections');
    expect(kindWords('tenant')).toBe('Organisations');
    expect(targetWords({ targetType: 'JiraConnection', details: '{"name":"Acme"}' })).toBe('Acme (JIRA connection)');
    expect(targetWords({ targetType: 'Team', details: '{}' })).toBe('Team');
  });

  test('details as lines: changes as from → to, lists and flags in words, bad JSON as nothing', () => {
    expect(
      detailLines('{"role":{"from":"MEMBER","to":"MANAGER"},"disabled":{"from":false,"to":true},"changed":["name","apiToken"],"jiraAccountId":null}'),
    ).toEqual([
      ['role', 'MEMBER → MANAGER'],
      ['disabled', 'no → yes'],
      ['changed', 'name, apiToken'],
      ['JIRA account id', 'none'],
    ]);
    expect(detailLines('{"roleMapping":{"leads":"MANAGER"}}')).toEqual([['role mapping', 'leads: MANAGER']]);
    expect(detailLines('not json')).toEqual([]);
  });

  test('ids the organisation knows read as names: "team: Atlas", not "team id: 3c35…"; unknown ids stay', () => {
    const names = new Map([
      ['t-1', 'Atlas'],
      ['s-1', 'ATL Sprint 12'],
      ['s-2', 'ATL Sprint 13'],
    ]);
    expect(detailLines('{"teamId":{"from":null,"to":"t-1"},"sprintId":"s-1","sprintIds":["s-1","s-2"],"boardId":"gone"}', names)).toEqual([
      ['team id', 'none → Atlas'],
      ['sprint', 'ATL Sprint 12'],
      ['sprint ids', 'ATL Sprint 12, ATL Sprint 13'],
      ['board id', 'gone'],
    ]);
  });
});
