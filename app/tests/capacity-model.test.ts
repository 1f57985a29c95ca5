import { describe, expect, test } from 'vitest';
import { chosenSprint, disciplineNames, holidayInput, holidayRows, numberOrNull, plannableSprints, shown, sourceWords } from '../src/pages/capacity/model.ts';
import { managesTeam, type Me } from '../src/me.ts';

const sprints = [
  { id: 's1', name: 'Sprint 1', state: 'CLOSED' },
  { id: 's2', name: 'Sprint 2', state: 'ACTIVE' },
  { id: 's3', name: 'Sprint 3', state: 'FUTURE' },
  { id: 's4', name: 'Sprint 4', state: 'FUTURE' },
];

describe('the sprint the capacity page shows', () => {
  test('the next sprint: the earliest future one', () => {
    expect(chosenSprint(sprints, null)?.id).toBe('s3');
  });

  test('without a future sprint, the active one; without either, none', () => {
    expect(chosenSprint(sprints.slice(0, 2), null)?.id).toBe('s2');
    expect(chosenSprint(sprints.slice(0, 1), null)).toBeUndefined();
  });

  test('another sprint not closed when asked for; a closed or unknown one is not planned', () => {
    expect(chosenSprint(sprints, 's4')?.id).toBe('s4');
    expect(chosenSprint(sprints, 's2')?.id).toBe('s2');
    expect(chosenSprint(sprints, 's1')?.id).toBe('s3');
    expect(chosenSprint(sprints, 'nope')?.id).toBe('s3');
    expect(plannableSprints(sprints).map((s) => s.id)).toEqual(['s2', 's3', 's4']);
  });
});

describe('typed values as the API takes them', () => {
  test('empty is null (the default again); numbers as typed, a decimal comma too; the rest for the API to judge', () => {
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull('  ')).toBeNull();
    expect(numberOrNull('1.5')).toBe(1.5);
    expect(numberOrNull('0,5')).toBe(0.5);
    expect(numberOrNull('-1')).toBe(-1);
    expect(numberOrNull('2')).toBe(2);
    expect(shown(null)).toBe('');
    expect(shown(0.8)).toBe('0.8');
  });

  test('holidays: rows keyed for the form, sent in order as date and name', () => {
    const rows = holidayRows([
      { date: '2026-03-17', name: 'St Patrick' },
      { date: '2026-04-06', name: 'Easter Monday' },
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
    expect(holidayInput(rows)).toEqual([
      { date: '2026-03-17', name: 'St Patrick' },
      { date: '2026-04-06', name: 'Easter Monday' },
    ]);
  });

  test('disciplines one a line, blank lines left out', () => {
    expect(disciplineNames('Backend\n\n Frontend \nQA\n')).toEqual(['Backend', 'Frontend', 'QA']);
  });

  test('where points per person-day come from, in words', () => {
    expect(sourceWords('HISTORY', 3)).toBe('history (3 sprints)');
    expect(sourceWords('HISTORY', 1)).toBe('history (1 sprint)');
    expect(sourceWords('DEFAULT', 0)).toBe('default');
  });
});

describe("who manages a team's capacity, queue, board settings and schedules (as requireTeamRole decides)", () => {
  const me = (role: Me['role'], teams: Me['teams'] = {}): Me => ({ id: 'u', email: 'u@x.test', role, teams });
  test('admins any team', () => expect(managesTeam(me('ADMIN'), 't1')).toBe(true));
  test('a MANAGER who manages the team', () => expect(managesTeam(me('MANAGER', { t1: 'MANAGER' }), 't1')).toBe(true));
  test("not a MANAGER of another team, nor a team member, nor a tenant MEMBER who is the team's manager", () => {
    expect(managesTeam(me('MANAGER', { t2: 'MANAGER' }), 't1')).toBe(false);
    expect(managesTeam(me('MANAGER', { t1: 'MEMBER' }), 't1')).toBe(false);
    expect(managesTeam(me('MEMBER', { t1: 'MANAGER' }), 't1')).toBe(false);
    expect(managesTeam(me('VIEWER'), 't1')).toBe(false);
    expect(managesTeam(null, 't1')).toBe(false);
  });
  test('things of no team: the tenant role alone (managers and admins)', () => {
    expect(managesTeam(me('MANAGER'), null)).toBe(true);
    expect(managesTeam(me('ADMIN'), undefined)).toBe(true);
    expect(managesTeam(me('MEMBER'), null)).toBe(false);
  });
});
