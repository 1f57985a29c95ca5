import { describe, expect, test } from 'vitest';
import { explainCron, formOf, inputOf, newForm, whenWords, type Schedule } from '../src/pages/schedules/model.ts';

describe('report schedules in words', () => {
  test('a cron expression of five fields in words; anything else none', () => {
    expect(explainCron('0 9 * * 1')).toBe('At 09:00, only on Monday');
    expect(explainCron(' 30 7 * * 1-5 ')).toBe('At 07:30, Monday through Friday');
    expect(explainCron('0 0 9 * * 1')).toBeNull();
    expect(explainCron('every monday')).toBeNull();
    expect(explainCron('')).toBeNull();
  });

  test('when a schedule sends', () => {
    expect(whenWords({ cron: '0 9 * * 1', timeZone: 'Europe/Berlin', atSprintClose: false })).toBe('At 09:00, only on Monday (Europe/Berlin)');
    expect(whenWords({ cron: '0 9 * * 1', timeZone: 'UTC', atSprintClose: true })).toBe('At 09:00, only on Monday (UTC), and when a sprint closes');
    expect(whenWords({ cron: null, timeZone: 'UTC', atSprintClose: true })).toBe('When a sprint of the team closes');
  });
});

describe('the schedule form as the API input', () => {
  test('blank recipient rows are left out, and an error about the nth address sent goes back to its row', () => {
    const { input, rowOf, rangeDaysError } = inputOf({ ...newForm(), recipients: ['', ' ann@example.test ', '', 'bad'], timeZone: ' UTC ' });
    expect(input).toMatchObject({ kind: 'SPRINT', recipients: ['ann@example.test', 'bad'], cron: '0 9 * * 1', timeZone: 'UTC', atSprintClose: false });
    expect(input).not.toHaveProperty('rangeDays');
    expect(rowOf(1)).toBe(3);
    expect(rangeDaysError).toBeNull();
  });

  test('without a cron expression, cron is null; a range only for CAPACITY and HISTORY, a whole number', () => {
    expect(inputOf({ ...newForm(), useCron: false, atSprintClose: true }).input).toMatchObject({ cron: null, atSprintClose: true });
    expect(inputOf({ ...newForm(), kind: 'HISTORY', rangeDays: '30' }).input).toMatchObject({ rangeDays: 30 });
    expect(inputOf({ ...newForm(), kind: 'CAPACITY', rangeDays: '1.5' }).rangeDaysError).toMatch(/whole number/);
    expect(inputOf({ ...newForm(), kind: 'CAPACITY', rangeDays: '' }).rangeDaysError).toMatch(/whole number/);
  });

  test('a schedule edited starts from what it is', () => {
    const s = {
      id: 's',
      kind: 'CAPACITY',
      format: 'CSV',
      recipients: ['a@example.test'],
      cron: null,
      timeZone: 'Asia/Tokyo',
      atSprintClose: true,
      rangeDays: 14,
      paused: false,
      nextRunAt: null,
      lastRunAt: null,
      createdAt: '2026-01-01T00:00:00Z',
    } as Schedule;
    expect(formOf(s)).toMatchObject({
      kind: 'CAPACITY',
      format: 'CSV',
      recipients: ['a@example.test'],
      useCron: false,
      timeZone: 'Asia/Tokyo',
      atSprintClose: true,
      rangeDays: '14',
    });
    expect(formOf({ ...s, recipients: undefined }).recipients).toEqual(['']);
  });
});
