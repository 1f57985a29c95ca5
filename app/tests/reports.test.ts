import { describe, expect, test } from 'vitest';
import {
  boardReports,
  canGenerateReports,
  defaultRange,
  phaseWords,
  reportInput,
  reportTitle,
  type Report,
  type ReportForm,
} from '../src/pages/reports/model.ts';

const report = (id: string, createdAt: string, over: Partial<Report> = {}): Report => ({
  id,
  kind: 'SPRINT',
  format: 'PDF',
  status: 'READY',
  progress: 1,
  cached: false,
  sizeBytes: 1000,
  fileName: `${id}.pdf`,
  error: null,
  createdAt,
  finishedAt: createdAt,
  last: null,
  from: null,
  to: null,
  sprint: { id: 's1', name: 'Sprint 1' },
  board: { id: 'b1', name: 'Atlas board' },
  team: { id: 't1', name: 'Atlas' },
  requestedBy: null,
  schedule: null,
  ...over,
});

const form = (over: Partial<ReportForm>): ReportForm => ({
  kind: 'SPRINT',
  format: 'CSV',
  sprintId: 's1',
  last: '7',
  from: '2026-09-08',
  to: '2026-12-06',
  ...over,
});
const board = { id: 'b1', teamId: 't1' };

describe('who may generate', () => {
  test('members and above (generateReport is @auth(role: MEMBER)); viewers and the unknown not', () => {
    expect(['ADMIN', 'MANAGER', 'MEMBER', 'VIEWER', null, undefined].map((r) => canGenerateReports(r as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('the form as the API input', () => {
  test('each kind sends only what it is about', () => {
    expect(reportInput(form({ kind: 'SPRINT' }), board)).toEqual({ input: { kind: 'SPRINT', format: 'CSV', sprintId: 's1' } });
    expect(reportInput(form({ kind: 'VELOCITY', last: '12' }), board)).toEqual({ input: { kind: 'VELOCITY', format: 'CSV', boardId: 'b1', last: 12 } });
    expect(reportInput(form({ kind: 'CAPACITY' }), board)).toEqual({
      input: { kind: 'CAPACITY', format: 'CSV', teamId: 't1', from: '2026-09-08', to: '2026-12-06' },
    });
    expect(reportInput(form({ kind: 'HISTORY', format: 'HTML' }), board)).toEqual({
      input: { kind: 'HISTORY', format: 'HTML', teamId: 't1', from: '2026-09-08', to: '2026-12-06' },
    });
  });

  test('what is missing or wrong is said in words', () => {
    expect(reportInput(form({ sprintId: '' }), board)).toEqual({ problem: 'Choose a sprint.' });
    for (const last of ['0', '51', '2.5', ''])
      expect(reportInput(form({ kind: 'VELOCITY', last }), board)).toHaveProperty('problem', 'The number of sprints must be a whole number from 1 to 50.');
    expect(reportInput(form({ kind: 'HISTORY', from: '2026-12-07' }), board)).toHaveProperty(
      'problem',
      expect.stringMatching(/^The range starts after it ends/),
    );
    expect(reportInput(form({ kind: 'HISTORY', from: '' }), board)).toHaveProperty('problem', 'Choose the first and the last day of the range.');
    expect(reportInput(form({ kind: 'CAPACITY' }), { id: 'b1', teamId: null })).toHaveProperty('problem', expect.stringMatching(/no team/));
  });

  test("the default range is the API's: the 90 days ending today (UTC)", () => {
    expect(defaultRange(new Date('2026-12-06T23:30:00Z'))).toEqual({ from: '2026-09-08', to: '2026-12-06' });
    expect(defaultRange(new Date('2026-03-01T00:00:00Z'))).toEqual({ from: '2025-12-02', to: '2026-03-01' });
  });
});

describe('reports in words', () => {
  test('what each report is about', () => {
    expect(reportTitle(report('a', '2026-12-01T00:00:00Z'))).toBe('Sprint report: Sprint 1');
    expect(reportTitle(report('a', '2026-12-01T00:00:00Z', { kind: 'VELOCITY', sprint: null, last: 7 }))).toBe('Velocity: last 7 sprints of Atlas board');
    expect(reportTitle(report('a', '2026-12-01T00:00:00Z', { kind: 'VELOCITY', sprint: null, board: null, last: 1 }))).toBe(
      'Velocity: last 1 sprint of team Atlas',
    );
    expect(reportTitle(report('a', '2026-12-01T00:00:00Z', { kind: 'HISTORY', sprint: null, board: null, from: '2026-09-08', to: '2026-12-06' }))).toBe(
      'History of team Atlas: 2026-09-08 to 2026-12-06',
    );
  });

  test("the phase and the percent, from the API's status and progress", () => {
    const at = (status: Report['status'], progress: number, over: Partial<Report> = {}) =>
      phaseWords({ status, progress, error: null, cached: false, ...over });
    expect(at('QUEUED', 0)).toBe('Queued: waiting to start');
    expect(at('RUNNING', 0.404)).toBe('Generating: 40 % done');
    expect(at('READY', 1)).toBe('Ready');
    expect(at('READY', 1, { cached: true })).toMatch(/^Ready \(the same figures/);
    expect(at('FAILED', 0.5, { error: 'Sprint x has no analysis' })).toBe('Failed: Sprint x has no analysis');
  });
});

describe("a board's reports", () => {
  test("its sprints' and its team's (not the team's other boards'), each once, newest first", () => {
    const sprintReport = report('s', '2026-12-02T10:00:00Z');
    const teamWide = report('t', '2026-12-03T10:00:00Z', { kind: 'HISTORY', sprint: null, board: null });
    const otherBoard = report('o', '2026-12-04T10:00:00Z', { board: { id: 'b2', name: 'Other' } });
    const velocity = report('v', '2026-12-01T10:00:00Z', { kind: 'VELOCITY', sprint: null });
    const list = boardReports('b1', [otherBoard, teamWide, sprintReport, velocity], [[sprintReport], null, [report('old', '2026-11-01T10:00:00Z')]]);
    expect(list.map((r) => r.id)).toEqual(['t', 's', 'v', 'old']);
  });
});
