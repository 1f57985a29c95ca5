import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { devlakeFixturesDir, siteFromDevlakeFixtures, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { adHoc, createTestDatabase, syncHarness, tenantNamed, type SyncRunView } from '@sprint-reports/testing';

/**
 * JIRA's sprint report, in issue count, for the real JIRA Cloud capture (merico.atlassian.net,
 * board 8, published by Apache DevLake; see NOTICE.md in ../shared/fixtures/jira/devlake-merico-cloud),
 * synced through the simulator. The board has almost no estimates, so the figures a user can read
 * are issue counts. Every expectation is worked out by hand from the CSV rows (tables below), by
 * JIRA's rules:
 * - committed: in the sprint at its startDate; added: joined after it (created in the running
 *   sprint included: an issue created in a sprint has no Sprint changelog item, it is in it from
 *   its creation);
 * - completed: in the sprint at its completeDate and done then; not completed: in it then, not done;
 *   removed: in it after the start, gone before the completeDate; completed outside: done at the
 *   completeDate but already done at the start or before it joined;
 * - done: a status of the board's right-most column.
 *
 * The capture holds no board configuration: the simulator serves one whose right-most column is
 * every site-wide status of category done the site lists: Closed (6), Done (10034), 已完成 (10068),
 * 已发布 (10078), 已关闭 (10143), 暂不修改 (10146). Resolved (5), which most of these issues pass
 * through, is no longer among the site's statuses, so it is on no column of the board: an issue
 * Resolved at the close is not done (JIRA counts issues in unmapped statuses as not completed).
 * Sub-tasks (子任务) are listed, but count nothing under JIRA's rule (the board's default sub-task
 * policy) and one each when the board includes them.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TENANT = tenantNamed('devlake-analysis');

// Sprint 7, "EE Sprint 7": started 2020-06-12 00:38:51.882Z, completed 2020-06-22 05:59:58.980Z.
// Times in UTC (the CSVs are in +08:00), all in 2020. "created in 7": no Sprint changelog item, the
// Sprint field holds 7. Status at the close, and since when; (*) marks a sub-task, counting nothing.
//   issue   joined 7                      left 7              status at the close            class
//   EE-1    06-12 00:29:19 ""→"7"         -                   Closed 06-19 06:31:18          committed, COMPLETED
//   EE-2    06-12 00:29:19 ""→"7"         -                   Open (Resolved 06-23 10:20)    committed, NOT_COMPLETED
//   EE-3    06-12 00:29:19 ""→"7"         -                   Open (Resolved 06-23 10:21)    committed, NOT_COMPLETED
//   EE-4    06-12 00:29:19 ""→"7"         -                   Open (Resolved 06-23 10:21)    committed, NOT_COMPLETED
//   EE-5    06-12 00:29:19 ""→"7"         -                   Resolved 06-18 04:06           committed, NOT_COMPLETED
//   EE-6    06-12 00:29:19 ""→"7"         -                   Resolved 06-16 11:56           committed, NOT_COMPLETED
//   EE-8    06-12 00:29:19 ""→"7"         -                   Open (Resolved 07-08 17:11)    committed, NOT_COMPLETED
//   EE-9    06-12 00:29:19 ""→"7"         -                   Open (Resolved 07-08 17:12)    committed, NOT_COMPLETED
//   EE-10   06-12 00:29:19 ""→"7"         -                   Open (Resolved 07-08 17:11)    committed, NOT_COMPLETED
//   EE-14   06-12 00:29:19 ""→"7"         -                   Resolved 06-15 08:59           committed, NOT_COMPLETED
//   EE-15   06-12 00:29:19 ""→"7"         -                   Resolved 06-15 09:00           committed, NOT_COMPLETED
//   EE-16   06-12 00:29:19 ""→"7"         -                   Resolved 06-15 09:01           committed, NOT_COMPLETED
//   EE-17   06-12 00:29:19 ""→"7"         06-17 07:26 "7"→"9" (Open)                         committed, REMOVED
//   EE-19   06-12 00:29:19 ""→"7"         06-19 06:44 "7"→""  (Resolved)                     committed, REMOVED
//   EE-23   created in 7, 06-12 00:33:57  -                   Closed 06-17 03:08             committed, COMPLETED
//   EE-24   created in 7, 06-12 00:35:15  -                   Closed 06-12 07:17 (Closed     committed, COMPLETED
//                                                             01:26, reopened 04:58: done after the start either way)
//   EE-25*  created in 7, 06-12 00:40:54  -                   Resolved 06-18 04:02           added, NOT_COMPLETED
//   EE-26*  created in 7, 06-12 00:41:01  -                   Closed 06-15 09:06             added, COMPLETED
//   EE-27*  created in 7, 06-12 00:41:16  -                   Resolved 06-19 06:31           added, NOT_COMPLETED
//   EE-28*  created in 7, 06-12 00:41:36  -                   Resolved 06-18 04:03           added, NOT_COMPLETED
//   EE-29*  created in 7, 06-12 00:48:29  -                   Resolved 06-18 04:03           added, NOT_COMPLETED
//   EE-30*  created in 7, 06-12 00:48:39  -                   Closed 06-15 09:06             added, COMPLETED
//   EE-31*  created in 7, 06-12 00:48:46  -                   Resolved 06-19 07:35           added, NOT_COMPLETED
//   EE-32*  created in 7, 06-12 00:48:53  -                   Resolved 06-18 04:03           added, NOT_COMPLETED
//   EE-33*  created in 7, 06-12 00:50:45  -                   Closed 06-19 06:32             added, COMPLETED
//   EE-34*  created in 7, 06-12 00:51:57  -                   Resolved 06-18 04:04           added, NOT_COMPLETED
//   EE-35*  created in 7, 06-12 00:52:04  -                   Closed 06-15 09:06             added, COMPLETED
//   EE-36*  created in 7, 06-12 00:52:12  -                   Resolved 06-19 07:35           added, NOT_COMPLETED
//   EE-37   created in 7, 06-12 00:52:23  -                   Resolved 06-18 04:04           added, NOT_COMPLETED
//           (a Test Execution with a parent, not a sub-task type: it counts)
// No issue was done before the start or before it joined: nothing completed outside.
// Committed by count: 16 = completed 3 (EE-1, 23, 24) + removed 2 + not completed 11; added 1
// (EE-37, not completed): 16 + 1 = 3 + 2 + 12. With sub-tasks: 16 + 13 = 7 + 2 + 20.
// But the committed count only 1 (EE-23, created in Open): the other 15 were created in "Inbox"
// (10020) and left it only after the start (their first status change's "from"). Inbox is no
// longer among the site's statuses, so, like Resolved, it is on none of the board's columns:
// UNMAPPED_AT_START, 0 in the commitment. Committed points 1, not 16.
//
// Sprint 9, "EE Sprint 8": started 2020-06-22 06:00:33.769Z, completed 2020-07-13 01:21:57.062Z.
//   EE-17   06-17 07:26:56 "7"→"9", out 07:27:15 "9"→"", back 07:29:43 ""→"9"; 07-10 06:37 "9"→"17"
//           in 9 at the start, gone three days before the close (Open)           committed, REMOVED
//   EE-20   06-12 07:14 ""→"9", 06-17 07:23 "9"→"": left before the start        not in the report
//
// Sprint 17, "EE Sprint 9": started 2020-07-13 01:22:22.745Z, completed 2020-07-27 01:23:43.083Z.
//   EE-17   07-10 06:37 "9"→"17", still in it    Resolved 07-22 07:25 (Closed only 11-10)  committed, NOT_COMPLETED
//
// No other issue of the capture was ever in a sprint of the board (K5-2 and K5-3 are in sprint 175,
// which the board does not list): its other 27 started sprints (all closed) are empty.

interface Report {
  committed: string[];
  added: string[];
  completed: string[];
  removed: string[];
  notCompleted: string[];
  completedOutside: string[];
}
interface Figures {
  committedPoints: number;
  completedPoints: number;
  addedPoints: number;
  removedPoints: number;
  notCompletedPoints: number;
  completedOutsidePoints: number;
  issueCount: number;
}

const sub = ['EE-25', 'EE-26', 'EE-27', 'EE-28', 'EE-29', 'EE-30', 'EE-31', 'EE-32', 'EE-33', 'EE-34', 'EE-35', 'EE-36'];
const EXPECTED: Record<number, Report> = {
  7: {
    committed: ['EE-1', 'EE-2', 'EE-3', 'EE-4', 'EE-5', 'EE-6', 'EE-8', 'EE-9', 'EE-10', 'EE-14', 'EE-15', 'EE-16', 'EE-17', 'EE-19', 'EE-23', 'EE-24'],
    added: [...sub, 'EE-37'],
    completed: ['EE-1', 'EE-23', 'EE-24', 'EE-26', 'EE-30', 'EE-33', 'EE-35'],
    removed: ['EE-17', 'EE-19'],
    notCompleted: [
      'EE-2',
      'EE-3',
      'EE-4',
      'EE-5',
      'EE-6',
      'EE-8',
      'EE-9',
      'EE-10',
      'EE-14',
      'EE-15',
      'EE-16',
      'EE-25',
      'EE-27',
      'EE-28',
      'EE-29',
      'EE-31',
      'EE-32',
      'EE-34',
      'EE-36',
      'EE-37',
    ],
    completedOutside: [],
  },
  9: { committed: ['EE-17'], added: [], completed: [], removed: ['EE-17'], notCompleted: [], completedOutside: [] },
  17: { committed: ['EE-17'], added: [], completed: [], removed: [], notCompleted: ['EE-17'], completedOutside: [] },
};
const EMPTY: Report = { committed: [], added: [], completed: [], removed: [], notCompleted: [], completedOutside: [] };
const NOTHING: Figures = {
  committedPoints: 0,
  completedPoints: 0,
  addedPoints: 0,
  removedPoints: 0,
  notCompletedPoints: 0,
  completedOutsidePoints: 0,
  issueCount: 0,
};

const ANALYSES = /* GraphQL */ `
  {
    boards {
      id jiraBoardId columns { statusIds } settings { estimationStatistic subtaskPolicy }
      sprints {
        jiraSprintId state startDate
        analysis {
          statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints issueCount
          issues { key outcome addedAfterStart commitment }
          completedIssues { key } addedIssues { key } removedIssues { key } notCompletedIssues { key } completedOutsideIssues { key }
        }
      }
    }
  }
`;
const UPDATE_SETTINGS = /* GraphQL */ `
  mutation Settings($boardId: ID!, $settings: BoardSettingsInput!) {
    updateBoardSettings(boardId: $boardId, settings: $settings) { id settings { estimationStatistic subtaskPolicy } }
  }
`;

type Keyed = { key: string }[];
interface AnalysisView extends Figures {
  statistic: string;
  issues: { key: string; outcome: string; addedAfterStart: boolean; commitment: string }[];
  completedIssues: Keyed;
  addedIssues: Keyed;
  removedIssues: Keyed;
  notCompletedIssues: Keyed;
  completedOutsideIssues: Keyed;
}
interface BoardView {
  id: string;
  jiraBoardId: number;
  columns: { statusIds: string[] }[];
  settings: { estimationStatistic: string; subtaskPolicy: string };
  sprints: { jiraSprintId: number; state: string; startDate: string | null; analysis: AnalysisView | null }[];
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let harness: Awaited<ReturnType<typeof syncHarness>>;
let sim: JiraSim;
let run: SyncRunView;
/** The board as read after switching to issue count (sub-tasks by JIRA's rule), then with sub-tasks included. */
let byRule: BoardView;
let withSubtasks: BoardView;

const sprints = () => harness.runtime.client.execute('sprints', TENANT, adHoc<{ boards: BoardView[] }>(ANALYSES));
const setSettings = (boardId: string, settings: Record<string, unknown>) =>
  harness.runtime.client.execute('sprints', TENANT, adHoc(UPDATE_SETTINGS), { boardId, settings });

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await syncHarness(database);
  sim = await startJiraSim({ site: siteFromDevlakeFixtures(devlakeFixturesDir(repoRoot)), flavor: 'CLOUD', searchPageSize: 10 });
  run = await harness.sync(TENANT, await harness.connect(TENANT, sim));
  const [board] = (await sprints()).boards;
  await setSettings(board.id, { estimationStatistic: 'ISSUE_COUNT' });
  [byRule] = (await sprints()).boards;
  await setSettings(board.id, { subtaskPolicy: 'INCLUDE' });
  [withSubtasks] = (await sprints()).boards;
});
afterAll(async () => {
  await sim?.close();
  await harness?.runtime.jobs.close();
  await database?.close();
});

const keys = (list: Keyed) => list.map((i) => i.key);
const reportOf = (a: AnalysisView): Report => ({
  committed: a.issues.filter((i) => !i.addedAfterStart).map((i) => i.key),
  added: keys(a.addedIssues),
  completed: keys(a.completedIssues),
  removed: keys(a.removedIssues),
  notCompleted: keys(a.notCompletedIssues),
  completedOutside: keys(a.completedOutsideIssues),
});
const figuresOf = ({
  committedPoints,
  completedPoints,
  addedPoints,
  removedPoints,
  notCompletedPoints,
  completedOutsidePoints,
  issueCount,
}: AnalysisView): Figures => ({
  committedPoints,
  completedPoints,
  addedPoints,
  removedPoints,
  notCompletedPoints,
  completedOutsidePoints,
  issueCount,
});
const analysisOf = (board: BoardView, jiraSprintId: number) => board.sprints.find((s) => s.jiraSprintId === jiraSprintId)!.analysis!;

describe('the sprint report of the real capture, in issue count', () => {
  test('the sync brings the board, its 30 sprints all started and closed, and a right-most column without Resolved', () => {
    expect(run).toMatchObject({ status: 'SUCCEEDED', errors: [] });
    expect(byRule).toMatchObject({ jiraBoardId: 8, settings: { estimationStatistic: 'ISSUE_COUNT', subtaskPolicy: 'EXCLUDE' } });
    expect(byRule.sprints).toHaveLength(30);
    expect(byRule.sprints.every((s) => s.state === 'CLOSED' && s.startDate !== null)).toBe(true);
    expect([...byRule.columns.at(-1)!.statusIds].sort()).toEqual(['10034', '10068', '10078', '10143', '10146', '6']);
  });

  test('sprint 7: 16 committed, 13 created in it after the start (12 sub-tasks), 7 done at the close, 2 moved out, 20 left open', () => {
    const a = analysisOf(byRule, 7);
    expect(a.statistic).toBe('ISSUE_COUNT');
    expect(reportOf(a)).toEqual(EXPECTED[7]);
    // Every issue once, in key order, with its class.
    expect(a.issues.map((i) => i.key)).toEqual([...EXPECTED[7].committed, ...EXPECTED[7].added]);
    // The 12 sub-tasks count nothing: committed 1 (the rest in Inbox at the start); added EE-37 alone; completed EE-1, 23, 24; not completed 11 + EE-37.
    const committed = a.issues.filter((i) => !i.addedAfterStart);
    expect(committed.filter((i) => i.commitment === 'IN_COMMITMENT').map((i) => i.key)).toEqual(['EE-23']);
    expect(committed.filter((i) => i.key !== 'EE-23').every((i) => i.commitment === 'UNMAPPED_AT_START')).toBe(true);
    expect(figuresOf(a)).toEqual({
      committedPoints: 1,
      completedPoints: 3,
      addedPoints: 1,
      removedPoints: 2,
      notCompletedPoints: 12,
      completedOutsidePoints: 0,
      issueCount: 29,
    });
  });

  test('sprint 9: EE-17, in it at the start, moved to sprint 17 before the close, is its one issue, removed', () => {
    const a = analysisOf(byRule, 9);
    expect(reportOf(a)).toEqual(EXPECTED[9]);
    expect(figuresOf(a)).toEqual({ ...NOTHING, committedPoints: 1, removedPoints: 1, issueCount: 1 });
  });

  test('sprint 17: EE-17, committed, Resolved but not Closed at the close, is not completed', () => {
    const a = analysisOf(byRule, 17);
    expect(reportOf(a)).toEqual(EXPECTED[17]);
    expect(figuresOf(a)).toEqual({ ...NOTHING, committedPoints: 1, notCompletedPoints: 1, issueCount: 1 });
  });

  test("the board's 27 other sprints were empty: every figure 0", () => {
    const others = byRule.sprints.filter((s) => !(s.jiraSprintId in EXPECTED));
    expect(others).toHaveLength(27);
    for (const s of others) {
      expect(s.analysis, `sprint ${s.jiraSprintId}`).not.toBeNull();
      expect(reportOf(s.analysis!), `sprint ${s.jiraSprintId}`).toEqual(EMPTY);
      expect(figuresOf(s.analysis!), `sprint ${s.jiraSprintId}`).toEqual(NOTHING);
    }
  });

  test('with sub-tasks counted as issues, the same lists and every listed issue counts one', () => {
    expect(withSubtasks.settings).toEqual({ estimationStatistic: 'ISSUE_COUNT', subtaskPolicy: 'INCLUDE' });
    for (const s of withSubtasks.sprints) {
      const expected = EXPECTED[s.jiraSprintId] ?? EMPTY;
      expect(reportOf(s.analysis!), `sprint ${s.jiraSprintId}`).toEqual(expected);
      expect(figuresOf(s.analysis!), `sprint ${s.jiraSprintId}`).toEqual({
        committedPoints: s.jiraSprintId === 7 ? 1 : expected.committed.length, // sprint 7: the rest were in Inbox at the start
        completedPoints: expected.completed.length,
        addedPoints: expected.added.length,
        removedPoints: expected.removed.length,
        notCompletedPoints: expected.notCompleted.length,
        completedOutsidePoints: expected.completedOutside.length,
        issueCount: new Set([...expected.committed, ...expected.added]).size,
      });
    }
    // Sprint 7 by hand: 16 + 13 = 7 + 2 + 20 by count; 1 of the 16 committed counts (Inbox).
    expect(figuresOf(analysisOf(withSubtasks, 7))).toEqual({
      committedPoints: 1,
      completedPoints: 7,
      addedPoints: 13,
      removedPoints: 2,
      notCompletedPoints: 20,
      completedOutsidePoints: 0,
      issueCount: 29,
    });
  });
});
