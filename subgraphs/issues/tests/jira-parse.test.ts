import { describe, expect, it } from 'vitest';
import { parseEstimate, parseJiraDate, parseJiraJson, parseSprintField, parseSprintIds, sortHistories, statusCategoryOf } from '../src/jira/parse.ts';

describe('parseJiraDate', () => {
  it('reads the forms JIRA writes', () => {
    // JIRA's own: offset without a colon (Cloud issues and changelogs, Server).
    expect(parseJiraDate('2020-06-12T08:38:51.882+0800').toISOString()).toBe('2020-06-12T00:38:51.882Z');
    expect(parseJiraDate('2018-04-30T00:01:00.000-0700').toISOString()).toBe('2018-04-30T07:01:00.000Z');
    // Agile API sprint dates and Server sprint strings.
    expect(parseJiraDate('2020-07-27T01:22:00.000Z').toISOString()).toBe('2020-07-27T01:22:00.000Z');
    expect(parseJiraDate('2026-01-05T09:00:00.000+05:30').toISOString()).toBe('2026-01-05T03:30:00.000Z');
    // X-RateLimit-Reset (minutes), no millis, microseconds, bare dates (due dates).
    expect(parseJiraDate('2024-01-01T10:00Z').toISOString()).toBe('2024-01-01T10:00:00.000Z');
    expect(parseJiraDate('2020-06-12T08:38:51+0800').toISOString()).toBe('2020-06-12T00:38:51.000Z');
    expect(parseJiraDate('2020-06-12T08:38:51.882123+0800').toISOString()).toBe('2020-06-12T00:38:51.882Z');
    expect(parseJiraDate('2025-03-09').toISOString()).toBe('2025-03-09T00:00:00.000Z');
  });

  it('throws on garbage, impossible dates and zone-less times', () => {
    for (const bad of [
      '',
      'yesterday',
      '12/Jun/20',
      '2020-02-30T00:00:00.000Z',
      '2020-13-01T00:00:00Z',
      '2020-06-12T25:00:00Z',
      '2020-06-12T08:38:51.882',
      '<null>',
    ]) {
      expect(() => parseJiraDate(bad), bad).toThrow(/JIRA date/);
    }
    expect(() => parseJiraDate(null as unknown as string)).toThrow();
  });
});

describe('parseSprintField', () => {
  it('reads Cloud sprint objects', () => {
    const v = [
      {
        id: 17,
        goal: '',
        name: 'EE Sprint 9',
        state: 'closed',
        boardId: 8,
        endDate: '2020-07-27T01:22:00.000Z',
        startDate: '2020-07-13T01:22:22.745Z',
        completeDate: '2020-07-27T01:23:43.083Z',
      },
    ];
    expect(parseSprintField(v)).toEqual([
      {
        id: 17,
        name: 'EE Sprint 9',
        state: 'CLOSED',
        boardId: 8,
        startDate: new Date('2020-07-13T01:22:22.745Z'),
        endDate: new Date('2020-07-27T01:22:00.000Z'),
        completeDate: new Date('2020-07-27T01:23:43.083Z'),
      },
    ]);
  });

  it("reads Server's Java toString, with commas and = in the name", () => {
    const s =
      'com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=12,rapidViewId=3,state=CLOSED,name=Sprint 1, the big one,startDate=2026-03-02T09:00:00.000Z,endDate=2026-03-16T17:00:00.000Z,completeDate=<null>,sequence=12,goal=ship x=1, then y]';
    expect(parseSprintField([s])).toEqual([
      {
        id: 12,
        name: 'Sprint 1, the big one',
        state: 'CLOSED',
        boardId: 3,
        startDate: new Date('2026-03-02T09:00:00.000Z'),
        endDate: new Date('2026-03-16T17:00:00.000Z'),
        goal: 'ship x=1, then y',
      },
    ]);
  });

  it('reads older Server strings with id last, newer ones with extra keys, and several sprints', () => {
    const old =
      'com.atlassian.greenhopper.service.sprint.Sprint@1829488[rapidViewId=142,state=CLOSED,name=07.04 - 24.04,startDate=2014-04-07T13:55:52.263+02:00,endDate=2014-04-24T15:00:00.000+02:00,completeDate=2014-04-22T17:30:25.628+02:00,id=642]';
    const dc =
      'com.atlassian.greenhopper.service.sprint.Sprint@4263b21c[id=444,rapidViewId=158,state=ACTIVE,name=Shredders Sprint 5,startDate=2018-04-30T00:01:00.000-07:00,endDate=2018-05-14T00:01:00.000-07:00,completeDate=<null>,activatedDate=2018-04-30T00:02:00.000-07:00,sequence=444,goal=,autoStartStop=false,synced=false,incompleteIssuesDestinationId=<null>]';
    const got = parseSprintField([old, dc]);
    expect(got.map((s) => [s.id, s.name, s.state, s.boardId])).toEqual([
      [642, '07.04 - 24.04', 'CLOSED', 142],
      [444, 'Shredders Sprint 5', 'ACTIVE', 158],
    ]);
    expect(got[0].completeDate?.toISOString()).toBe('2014-04-22T15:30:25.628Z');
    expect(got[1].completeDate).toBeUndefined();
    expect(got[1].goal).toBeUndefined();
    // DC: planned for 00:01, started (Start pressed) a minute later; the 2014 string has no activation.
    expect(got[1].startDate?.toISOString()).toBe('2018-04-30T07:01:00.000Z');
    expect(got[1].activatedDate?.toISOString()).toBe('2018-04-30T07:02:00.000Z');
    expect(got[0].activatedDate).toBeUndefined();
  });

  it("reads a Server/DC sprint object's activatedDate beside its planned startDate", () => {
    const agile = {
      id: 31,
      self: 'https://jira.example.com/rest/agile/1.0/sprint/31',
      state: 'closed',
      name: 'DC 31',
      startDate: '2026-03-02T09:00:00.000+01:00',
      endDate: '2026-03-16T17:00:00.000+01:00',
      activatedDate: '2026-03-03T14:30:00.000+01:00',
      completeDate: '2026-03-16T17:05:00.000+01:00',
      originBoardId: 4,
      goal: '',
    };
    expect(parseSprintField(agile)).toEqual([
      {
        id: 31,
        name: 'DC 31',
        state: 'CLOSED',
        boardId: 4,
        startDate: new Date('2026-03-02T08:00:00.000Z'),
        activatedDate: new Date('2026-03-03T13:30:00.000Z'),
        endDate: new Date('2026-03-16T16:00:00.000Z'),
        completeDate: new Date('2026-03-16T16:05:00.000Z'),
      },
    ]);
  });

  it('null, empty and unreadable values give no sprints', () => {
    expect(parseSprintField(null)).toEqual([]);
    expect(parseSprintField(undefined)).toEqual([]);
    expect(parseSprintField('')).toEqual([]);
    expect(parseSprintField([])).toEqual([]);
    expect(parseSprintField(['not a sprint', { name: 'no id' }])).toEqual([]);
  });

  it("accepts the Agile API's single `sprint` object", () => {
    expect(parseSprintField({ id: 175, state: 'active', name: 'K5 Sprint 1', originBoardId: 92, goal: '' })).toEqual([
      { id: 175, name: 'K5 Sprint 1', state: 'ACTIVE', boardId: 92 },
    ]);
  });
});

describe('parseSprintIds', () => {
  it('reads changelog sprint ids, never names', () => {
    expect(parseSprintIds('7, 9')).toEqual([7, 9]);
    expect(parseSprintIds('7,9')).toEqual([7, 9]);
    expect(parseSprintIds('38, 40, 41, 42, 43, 46, 47, 50, 57, 60')).toHaveLength(10);
    expect(parseSprintIds('')).toEqual([]);
    expect(parseSprintIds(null)).toEqual([]);
    expect(parseSprintIds('EE Sprint 7, EE Sprint 8')).toEqual([]);
  });
});

describe('parseEstimate', () => {
  it('numbers and numeric strings are points', () => {
    expect(parseEstimate(3)).toEqual({ points: 3 });
    expect(parseEstimate('5')).toEqual({ points: 5 });
    expect(parseEstimate('0.5')).toEqual({ points: 0.5 });
    expect(parseEstimate(0)).toEqual({ points: 0 });
  });
  it('negative or non-numeric values are no estimate, with a warning naming the value', () => {
    expect(parseEstimate('-1')).toEqual({ points: null, warning: 'estimate "-1" is negative; treated as no estimate' });
    expect(parseEstimate(-1)).toEqual({ points: null, warning: 'estimate -1 is negative; treated as no estimate' });
    expect(parseEstimate('XL').warning).toContain('"XL" is not a number');
    expect(parseEstimate(NaN)).toMatchObject({ points: null, warning: expect.stringContaining('NaN') });
  });
  it('null and empty are no estimate without a warning', () => {
    expect(parseEstimate(null)).toEqual({ points: null });
    expect(parseEstimate('')).toEqual({ points: null });
    expect(parseEstimate(undefined)).toEqual({ points: null });
  });
});

describe('statusCategoryOf and sortHistories', () => {
  it('maps category keys', () => {
    expect([
      statusCategoryOf('new'),
      statusCategoryOf('indeterminate'),
      statusCategoryOf('done'),
      statusCategoryOf('undefined'),
      statusCategoryOf(null),
    ]).toEqual(['TODO', 'IN_PROGRESS', 'DONE', 'TODO', 'TODO']);
  });
  it('orders histories by time across zones, then numeric id, without duplicates', () => {
    const h = (id: string, created: string) => ({ id, created, items: [] });
    const sorted = sortHistories([
      h('100', '2020-06-12T09:00:00.000+0800'),
      h('11', '2020-06-12T01:00:00.000Z'),
      h('9', '2020-06-12T01:00:00.000Z'),
      h('100', '2020-06-12T09:00:00.000+0800'),
    ]);
    // 09:00+08:00 is 01:00Z: all three share an instant, so ids decide (numerically: 9 < 11 < 100).
    expect(sorted.map((x) => x.id)).toEqual(['9', '11', '100']);
  });
});

describe('parseJiraJson', () => {
  it('drops NUL characters, which PostgreSQL cannot store, and leaves everything else as JSON.parse reads it', () => {
    // EE-4 (real Cloud data) has a summary ending in \u0000.
    expect(parseJiraJson('{"fields":{"summary":"Pareto chart\\u0000","labels":["a\\u0000b"]}}')).toEqual({
      fields: { summary: 'Pareto chart', labels: ['ab'] },
    });
    // An escaped backslash followed by "u0000" is text, not a NUL.
    expect(parseJiraJson('{"s":"\\\\u0000"}')).toEqual({ s: '\\u0000' });
    expect(parseJiraJson('{"n":1,"s":"x"}')).toEqual({ n: 1, s: 'x' });
  });
});
