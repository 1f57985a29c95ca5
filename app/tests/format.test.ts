import { describe, expect, test } from 'vitest';
import { amount, formatDate, formatDateTime, formatDay, hours, percent, plural } from '../src/format.ts';

describe('one way to write each number', () => {
  test("amounts keep the API's two decimals, trailing zeros dropped", () => {
    expect(amount(3)).toBe('3');
    expect(amount(3.5)).toBe('3.5');
    expect(amount(23.33)).toBe('23.33');
    expect(amount(1.75)).toBe('1.75');
    expect(amount(0.1 + 0.2)).toBe('0.3');
    expect(amount(0)).toBe('0');
    expect(amount(null)).toBe('—');
  });

  test('counts carry their noun, plural unless one', () => {
    expect(plural(1, 'board')).toBe('1 board');
    expect(plural(3, 'board')).toBe('3 boards');
    expect(plural(0, 'error')).toBe('0 errors');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });

  test('ratios are whole percentages', () => {
    expect(percent(0.87)).toBe('87 %');
    expect(percent(1.2)).toBe('120 %');
    expect(percent(0)).toBe('0 %');
    expect(percent(undefined)).toBe('—');
  });

  test("durations in the API's hours, with days for long ones", () => {
    expect(hours(7.25)).toBe('7.25 h');
    expect(hours(23.99)).toBe('23.99 h');
    expect(hours(24)).toBe('24 h (1 d)');
    expect(hours(37.5)).toBe('37.5 h (1.6 d)');
    expect(hours(null)).toBe('—');
  });

  test("dates and instants in the reader's locale, days of a chart on the board's calendar", () => {
    const locale = new Intl.DateTimeFormat().resolvedOptions().locale;
    const at = '2026-03-05T10:07:00.000Z';
    expect(formatDate(at)).toBe(new Date(at).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' }));
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime(at)).toBe(
      new Date(at).toLocaleString(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
    );
    expect(formatDay('2026-01-08')).toBe(new Date('2026-01-08T00:00:00Z').toLocaleDateString(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }));
  });
});
