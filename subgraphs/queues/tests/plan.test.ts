import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planQueue, PRIORITY_ORDER, type Candidate, type ItemReason, type LeftOutReason, type Plan, type PlanInput, type PlanItem } from '../src/plan/plan.ts';

// Builders: one Backend point, no rank, no priority, unless said otherwise. Ranks are LexoRank-like.
const issue = (key: string, over: Partial<Candidate> = {}): Candidate => ({
  issueId: `id-${key}`,
  key,
  rank: null,
  priority: null,
  points: 1,
  discipline: 'Backend',
  assigneeId: null,
  carryOver: false,
  plannedInJira: false,
  blockedBy: [],
  blockedByOutside: [],
  ...over,
});
const rank = (n: number) => `0|i${String(n).padStart(5, '0')}:`;
const id = (key: string) => `id-${key}`;
const plan = (candidates: Candidate[], capacity: Record<string, number>, rest: Partial<Omit<PlanInput, 'candidates' | 'capacity'>> = {}) =>
  planQueue({ candidates, capacity: Object.entries(capacity).map(([discipline, points]) => ({ discipline, points })), members: [], pins: [], ...rest });
/** The items as "position key reason" lines: compact, and a diff shows where they part. */
const lines = (p: Plan) => p.items.map((i) => `${i.position} ${i.key} ${i.reason}`);
const out = (p: Plan) => p.leftOut.map((l) => `${l.key} ${l.reason}`);
const kinds = (p: Plan) => p.conflicts.map((c) => c.kind);

describe('planQueue: hand-computed plans', () => {
  test('fills a discipline exactly, to the epsilon', () => {
    // 5 + 3 + 2 = 10 of 10; D (1) no longer fits.
    const p = plan(
      [
        issue('A-1', { rank: rank(1), points: 5 }),
        issue('A-2', { rank: rank(2), points: 3 }),
        issue('A-3', { rank: rank(3), points: 2 }),
        issue('A-4', { rank: rank(4), points: 1 }),
      ],
      { Backend: 10 },
    );
    expect(lines(p)).toEqual(['1 A-1 RANK', '2 A-2 RANK', '3 A-3 RANK']);
    expect(out(p)).toEqual(['A-4 CAPACITY']);
    expect(p.utilisation).toEqual([{ discipline: 'Backend', capacityPoints: 10, plannedPoints: 10 }]);
    expect(p.conflicts).toEqual([]);
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: still within a capacity of 0.3.
    const q = plan([issue('B-1', { rank: rank(1), points: 0.1 }), issue('B-2', { rank: rank(2), points: 0.2 })], { Backend: 0.3 });
    expect(lines(q)).toEqual(['1 B-1 RANK', '2 B-2 RANK']);
    expect(q.utilisation).toEqual([{ discipline: 'Backend', capacityPoints: 0.3, plannedPoints: 0.3 }]);
  });

  test('one discipline overloaded: bigger items left out for capacity, a later smaller one fits', () => {
    // Backend 10: 8 fits (2 left), 5 does not, 2 does. Frontend 5: 3 fits (2 left), 3 does not, 2 does.
    const p = plan(
      [
        issue('S-1', { rank: rank(1), points: 8 }),
        issue('S-2', { rank: rank(2), points: 3, discipline: 'Frontend' }),
        issue('S-3', { rank: rank(3), points: 5 }),
        issue('S-4', { rank: rank(4), points: 3, discipline: 'Frontend' }),
        issue('S-5', { rank: rank(5), points: 2 }),
        issue('S-6', { rank: rank(6), points: 2, discipline: 'Frontend' }),
        issue('S-7', { rank: rank(7), points: 0 }),
      ],
      { Frontend: 5, Backend: 10 },
    );
    expect(lines(p)).toEqual(['1 S-1 RANK', '2 S-2 RANK', '3 S-5 RANK', '4 S-6 RANK', '5 S-7 RANK']);
    expect(out(p)).toEqual(['S-3 CAPACITY', 'S-4 CAPACITY']);
    expect(p.utilisation).toEqual([
      { discipline: 'Backend', capacityPoints: 10, plannedPoints: 10 },
      { discipline: 'Frontend', capacityPoints: 5, plannedPoints: 5 },
    ]);
  });

  test('a dependency chain: C blocks B blocks A, A ranked first, so C and B come before A', () => {
    const chain = [
      issue('D-1', { rank: rank(1), points: 2, blockedBy: [id('D-2')] }), // A
      issue('D-4', { rank: rank(2), points: 2 }),
      issue('D-2', { rank: rank(3), points: 2, blockedBy: [id('D-3')] }), // B
      issue('D-3', { rank: rank(4), points: 2, discipline: 'Frontend' }), // C
    ];
    const p = plan(chain, { Backend: 10, Frontend: 2 });
    expect(lines(p)).toEqual(['1 D-3 DEPENDENCY', '2 D-2 DEPENDENCY', '3 D-1 RANK', '4 D-4 RANK']);
    expect(p.leftOut).toEqual([]);

    // Backend 5: A's closure (A 3, B 1, C 2 Backend) is 6, so A is left out; D-4 (1) fits, leaving 4;
    // on its own turn B's closure (B 1, C 2) is 3 and fits.
    const q = plan(
      [
        issue('D-1', { rank: rank(1), points: 3, blockedBy: [id('D-2')] }),
        issue('D-4', { rank: rank(2), points: 1 }),
        issue('D-2', { rank: rank(3), points: 1, blockedBy: [id('D-3')] }),
        issue('D-3', { rank: rank(4), points: 2 }),
      ],
      { Backend: 5 },
    );
    expect(lines(q)).toEqual(['1 D-4 RANK', '2 D-3 DEPENDENCY', '3 D-2 RANK']);
    expect(out(q)).toEqual(['D-1 CAPACITY']);
    expect(q.utilisation).toEqual([{ discipline: 'Backend', capacityPoints: 5, plannedPoints: 4 }]);

    // The closure's capacity is per discipline: a Frontend blocker that does not fit keeps the Backend item out.
    const r = plan([issue('D-1', { rank: rank(1), points: 1, blockedBy: [id('D-3')] }), issue('D-3', { rank: rank(2), points: 5, discipline: 'Frontend' })], {
      Backend: 10,
      Frontend: 3,
    });
    expect(lines(r)).toEqual([]);
    expect(out(r)).toEqual(['D-1 CAPACITY', 'D-3 CAPACITY']);
  });

  test('a diamond of blockers is queued once, blockers first, ties in board order', () => {
    // T blocked by L and R, both blocked by B: B, then L and R in board order (R ranked before L), then T.
    const p = plan(
      [
        issue('M-1', { rank: rank(1), blockedBy: [id('M-3'), id('M-2')] }),
        issue('M-2', { rank: rank(3), blockedBy: [id('M-4')] }),
        issue('M-3', { rank: rank(2), blockedBy: [id('M-4'), id('M-4')] }),
        issue('M-4', { rank: rank(4) }),
      ],
      { Backend: 4 },
    );
    expect(lines(p)).toEqual(['1 M-4 DEPENDENCY', '2 M-3 DEPENDENCY', '3 M-2 DEPENDENCY', '4 M-1 RANK']);
  });

  test('a dependency cycle and what it blocks are left out; each cycle is one conflict', () => {
    const p = plan(
      [
        issue('C-1', { rank: rank(1), blockedBy: [id('C-2')] }),
        issue('C-2', { rank: rank(2), blockedBy: [id('C-3')], points: null }),
        issue('C-3', { rank: rank(3), blockedBy: [id('C-1')] }),
        issue('C-4', { rank: rank(4), blockedBy: [id('C-3')] }), // blocked by the cycle
        issue('C-5', { rank: rank(5), blockedBy: [id('C-5')] }), // blocks itself
        issue('C-6', { rank: rank(6), blockedBy: [id('not-a-candidate')] }), // an unknown id is ignored
      ],
      { Backend: 10 },
    );
    expect(lines(p)).toEqual(['1 C-6 RANK']);
    // The cycle comes first in the precedence: C-2 is unestimated too.
    expect(out(p)).toEqual(['C-1 DEPENDENCY_CYCLE', 'C-2 DEPENDENCY_CYCLE', 'C-3 DEPENDENCY_CYCLE', 'C-4 BLOCKER_LEFT_OUT', 'C-5 DEPENDENCY_CYCLE']);
    expect(p.conflicts).toEqual([
      { kind: 'UNESTIMATED', message: '1 issue has no estimate: C-2', issueIds: [id('C-2')] },
      { kind: 'DEPENDENCY_CYCLE', message: 'Dependency cycle: C-1, C-2, C-3 block each other', issueIds: [id('C-1'), id('C-2'), id('C-3')] },
      { kind: 'DEPENDENCY_CYCLE', message: 'C-5 is blocked by itself', issueIds: [id('C-5')] },
    ]);
  });

  test('pins keep their position, use their capacity first, and are queued whatever they are', () => {
    const backlog = [
      issue('P-1', { rank: rank(1), points: 3 }),
      issue('P-2', { rank: rank(2), points: 3 }),
      issue('P-3', { rank: rank(3), points: 3 }),
      issue('P-9', { rank: rank(9), points: 5 }),
    ];
    // P-9 at 2 takes 5 of 10: P-1 fits (2 left), P-2 and P-3 do not.
    const p = plan(
      backlog,
      { Backend: 10 },
      {
        pins: [
          { issueId: id('P-9'), position: 2 },
          { issueId: 'id-elsewhere', position: 1 },
        ],
      },
    );
    expect(lines(p)).toEqual(['1 P-1 RANK', '2 P-9 PINNED']);
    expect(out(p)).toEqual(['P-2 CAPACITY', 'P-3 CAPACITY']);
    // Past the end: clamped to the last position. Pinned twice: the earlier position.
    const q = plan(
      backlog,
      { Backend: 20 },
      {
        pins: [
          { issueId: id('P-9'), position: 40 },
          { issueId: id('P-2'), position: 7 },
          { issueId: id('P-2'), position: 0 },
        ],
      },
    );
    expect(lines(q)).toEqual(['1 P-2 PINNED', '2 P-1 RANK', '3 P-3 RANK', '4 P-9 PINNED']);
    // Pinned: unestimated, without capacity, blocked outside and by a cycle, all queued and all reported.
    const r = plan(
      [
        issue('Q-1', { rank: rank(1), points: null }),
        issue('Q-2', { rank: rank(2), discipline: 'QA' }),
        issue('Q-3', { rank: rank(3), blockedByOutside: ['X-1'] }),
        issue('Q-4', { rank: rank(4), blockedBy: [id('Q-4')] }),
        issue('Q-5', { rank: rank(5), blockedBy: [id('Q-4')] }), // an unpinned item blocked by a pin may be queued
      ],
      { Backend: 10 },
      { pins: ['Q-1', 'Q-2', 'Q-3', 'Q-4'].map((key, i) => ({ issueId: id(key), position: i + 1 })) },
    );
    expect(lines(r)).toEqual(['1 Q-1 PINNED', '2 Q-2 PINNED', '3 Q-3 PINNED', '4 Q-4 PINNED', '5 Q-5 RANK']);
    expect(r.leftOut).toEqual([]);
    expect(kinds(r)).toEqual(['OVER_CAPACITY', 'UNESTIMATED', 'NO_CAPACITY', 'BLOCKED_OUTSIDE_QUEUE', 'DEPENDENCY_CYCLE']);
    expect(r.conflicts[0]).toEqual({ kind: 'OVER_CAPACITY', message: 'QA: 1 point queued, capacity 0 points — 1 over (pinned: Q-2)', issueIds: [id('Q-2')] });
    expect(r.utilisation).toEqual([
      { discipline: 'Backend', capacityPoints: 10, plannedPoints: 3 },
      { discipline: 'QA', capacityPoints: 0, plannedPoints: 1 },
    ]);
  });

  test('pins over capacity: OVER_CAPACITY, and nothing unpinned in that discipline, not even 0 points', () => {
    const p = plan(
      [
        issue('O-1', { rank: rank(1), points: 0 }),
        issue('O-2', { rank: rank(2), points: 1, discipline: 'Frontend' }),
        issue('O-8', { rank: rank(8), points: 8 }),
        issue('O-9', { rank: rank(9), points: 5 }),
      ],
      { Backend: 10, Frontend: 3 },
      {
        pins: [
          { issueId: id('O-9'), position: 1 },
          { issueId: id('O-8'), position: 3 },
        ],
      },
    );
    expect(lines(p)).toEqual(['1 O-9 PINNED', '2 O-2 RANK', '3 O-8 PINNED']);
    expect(out(p)).toEqual(['O-1 CAPACITY']);
    expect(p.conflicts).toEqual([
      { kind: 'OVER_CAPACITY', message: 'Backend: 13 points queued, capacity 10 points — 3 over (pinned: O-8, O-9)', issueIds: [id('O-8'), id('O-9')] },
    ]);
  });

  test('a pin placed before its blocker is a conflict; an unpinned item waits for its pinned blocker', () => {
    // P-1 pinned at 1 is blocked by P-3, queued at 2.
    const p = plan(
      [issue('P-1', { rank: rank(5), blockedBy: [id('P-3')] }), issue('P-3', { rank: rank(3) })],
      { Backend: 10 },
      { pins: [{ issueId: id('P-1'), position: 1 }] },
    );
    expect(lines(p)).toEqual(['1 P-1 PINNED', '2 P-3 RANK']);
    expect(p.conflicts).toEqual([
      { kind: 'PINNED_BEFORE_BLOCKER', message: 'P-1 is pinned at position 1, before its blocker P-3 (position 2)', issueIds: [id('P-3'), id('P-1')] },
    ]);
    // U is ranked first but blocked by B, pinned at 3: V and W take 1 and 2, B 3, U follows it.
    const q = plan(
      [
        issue('U-1', { rank: rank(1), blockedBy: [id('B-1')] }),
        issue('V-1', { rank: rank(2) }),
        issue('W-1', { rank: rank(3) }),
        issue('B-1', { rank: rank(9) }),
      ],
      { Backend: 10 },
      { pins: [{ issueId: id('B-1'), position: 3 }] },
    );
    expect(lines(q)).toEqual(['1 V-1 RANK', '2 W-1 RANK', '3 B-1 PINNED', '4 U-1 RANK']);
    expect(q.conflicts).toEqual([]);
    // Nothing else to fill the slots before the pin: it moves up rather than leave a gap.
    const r = plan(
      [issue('U-1', { rank: rank(1), blockedBy: [id('B-1')] }), issue('B-1', { rank: rank(9) })],
      { Backend: 10 },
      { pins: [{ issueId: id('B-1'), position: 2 }] },
    );
    expect(lines(r)).toEqual(['1 B-1 PINNED', '2 U-1 RANK']);
  });

  test('unestimated: left out, with what it blocks; 0 points is an estimate', () => {
    const p = plan(
      [
        issue('E-1', { rank: rank(1), points: null }),
        issue('E-2', { rank: rank(2), blockedBy: [id('E-1')] }),
        issue('E-3', { rank: rank(3), points: 0 }),
        issue('E-4', { rank: rank(4), points: Number.NaN }), // garbage is no estimate
      ],
      { Backend: 10 },
    );
    expect(lines(p)).toEqual(['1 E-3 RANK']);
    expect(p.items[0].points).toBe(0);
    expect(out(p)).toEqual(['E-1 UNESTIMATED', 'E-2 BLOCKER_LEFT_OUT', 'E-4 UNESTIMATED']);
    expect(p.conflicts).toEqual([{ kind: 'UNESTIMATED', message: '2 issues have no estimate: E-1, E-4', issueIds: [id('E-1'), id('E-4')] }]);
  });

  test('NO_CAPACITY: a discipline without capacity, or with none left to give', () => {
    const p = plan(
      [
        issue('N-1', { rank: rank(1), discipline: 'QA' }),
        issue('N-2', { rank: rank(2), discipline: 'Design', points: null }),
        issue('N-3', { rank: rank(3), discipline: 'QA' }),
        issue('N-4', { rank: rank(4) }),
      ],
      { Design: 0, Backend: 2 },
    );
    expect(lines(p)).toEqual(['1 N-4 RANK']);
    // N-2 is unestimated first: the precedence puts the estimate before the capacity.
    expect(out(p)).toEqual(['N-1 NO_CAPACITY', 'N-2 UNESTIMATED', 'N-3 NO_CAPACITY']);
    expect(p.conflicts).toEqual([
      { kind: 'UNESTIMATED', message: '1 issue has no estimate: N-2', issueIds: [id('N-2')] },
      { kind: 'NO_CAPACITY', message: 'Design: capacity 0 for 1 candidate (N-2)', issueIds: [id('N-2')] },
      { kind: 'NO_CAPACITY', message: 'QA: no capacity for 2 candidates (N-1, N-3)', issueIds: [id('N-1'), id('N-3')] },
    ]);
    // Design has a capacity row (0); QA has neither capacity nor items.
    expect(p.utilisation).toEqual([
      { discipline: 'Backend', capacityPoints: 2, plannedPoints: 1 },
      { discipline: 'Design', capacityPoints: 0, plannedPoints: 0 },
    ]);
  });

  test('BLOCKED_OUTSIDE_QUEUE: left out, with what it blocks, one conflict per candidate naming the blockers', () => {
    const p = plan(
      [
        issue('B-1', { rank: rank(1), points: null, blockedByOutside: ['EXT-10', 'EXT-9', 'EXT-10'] }),
        issue('B-2', { rank: rank(2), blockedBy: [id('B-1')] }),
        issue('B-3', { rank: rank(3) }),
      ],
      { Backend: 10 },
    );
    expect(lines(p)).toEqual(['1 B-3 RANK']);
    expect(out(p)).toEqual(['B-1 BLOCKED_OUTSIDE_QUEUE', 'B-2 BLOCKER_LEFT_OUT']);
    expect(p.conflicts).toEqual([
      { kind: 'UNESTIMATED', message: '1 issue has no estimate: B-1', issueIds: [id('B-1')] },
      { kind: 'BLOCKED_OUTSIDE_QUEUE', message: 'B-1 is blocked by EXT-9, EXT-10, not a candidate for this sprint', issueIds: [id('B-1')] },
    ]);
  });

  test('ASSIGNEE_OVER_CAPACITY: only members, against their personal capacity', () => {
    const p = plan(
      [
        issue('A-1', { rank: rank(1), points: 3, assigneeId: 'alice' }),
        issue('A-2', { rank: rank(2), points: 3, assigneeId: 'alice', discipline: 'QA' }),
        issue('A-3', { rank: rank(3), points: 8, assigneeId: 'bob' }), // not a member: not checked
        issue('A-4', { rank: rank(4), points: 5, assigneeId: 'carol' }),
        issue('A-5', { rank: rank(5), points: 5, assigneeId: 'alice' }), // left out: does not count
      ],
      { Backend: 16, QA: 3 },
      {
        members: [
          { userId: 'carol', points: 5, name: 'Carol Diaz' },
          { userId: 'alice', points: 2, name: 'Alice Ng' },
          { userId: 'alice', points: 3, name: 'Alice Ng' },
        ],
      },
    );
    expect(lines(p)).toEqual(['1 A-1 RANK', '2 A-2 RANK', '3 A-3 RANK', '4 A-4 RANK']);
    // People by name, as a lead reads them (never by id).
    expect(p.conflicts).toEqual([
      {
        kind: 'ASSIGNEE_OVER_CAPACITY',
        message: 'Alice Ng: 6 points assigned in the queue, personal capacity 5 points (A-1, A-2)',
        issueIds: [id('A-1'), id('A-2')],
      },
    ]);
  });

  test('carry-over first, whatever the rank; a carried-over blocker keeps CARRY_OVER', () => {
    const p = plan(
      [
        issue('K-1', { rank: rank(1) }),
        issue('K-2', { rank: rank(8), carryOver: true, blockedBy: [id('K-3')] }),
        issue('K-3', { rank: rank(9), carryOver: true }),
        issue('K-4', { rank: rank(7), carryOver: true, blockedBy: [id('K-5')] }),
        issue('K-5', { rank: rank(2) }),
      ],
      { Backend: 10 },
    );
    expect(lines(p)).toEqual(['1 K-5 DEPENDENCY', '2 K-4 CARRY_OVER', '3 K-3 CARRY_OVER', '4 K-2 CARRY_OVER', '5 K-1 RANK']);
  });

  test('work planned in JIRA: after the carry-over, before the backlog, kept over capacity, and the conflict says by how much', () => {
    // Backend 21: X-1 carried over (5) fits, 16 left; then JIRA's sprint in rank order: J-2 (13)
    // fits, 3 left; J-1 (13) and J-3 (8) do not, and stay; J-4 (unestimated, blocked from outside)
    // stays too. JIRA's sprint alone: 34 of 21, 13 over; 39 queued in all. B-1, the best-ranked
    // backlog, comes last and no longer fits. Frontend 10: F-2 (JIRA, 3) before F-1 (backlog, 5).
    const p = plan(
      [
        issue('B-1', { rank: rank(1), points: 1 }),
        issue('J-2', { rank: rank(2), points: 13, plannedInJira: true }),
        issue('F-2', { rank: rank(3), points: 3, plannedInJira: true, discipline: 'Frontend' }),
        issue('F-1', { rank: rank(4), points: 5, discipline: 'Frontend' }),
        issue('J-1', { rank: rank(5), points: 13, plannedInJira: true }),
        issue('J-3', { rank: rank(7), points: 8, plannedInJira: true }),
        issue('J-4', { rank: rank(8), points: null, plannedInJira: true, blockedByOutside: ['EXT-1'] }),
        issue('X-1', { rank: rank(9), points: 5, carryOver: true }),
      ],
      { Backend: 21, Frontend: 10 },
    );
    expect(lines(p)).toEqual([
      '1 X-1 CARRY_OVER',
      '2 J-2 PLANNED_IN_JIRA',
      '3 F-2 PLANNED_IN_JIRA',
      '4 J-1 PLANNED_IN_JIRA',
      '5 J-3 PLANNED_IN_JIRA',
      '6 J-4 PLANNED_IN_JIRA',
      '7 F-1 RANK',
    ]);
    expect(out(p)).toEqual(['B-1 CAPACITY']);
    expect(p.utilisation).toEqual([
      { discipline: 'Backend', capacityPoints: 21, plannedPoints: 39 },
      { discipline: 'Frontend', capacityPoints: 10, plannedPoints: 8 },
    ]);
    expect(p.conflicts).toEqual([
      {
        kind: 'OVER_CAPACITY',
        message:
          'Backend: planned in JIRA 34 points, capacity 21 points — 13 over; 39 points queued in all, 18 over (carried over 5 points: X-1; planned in JIRA: J-2, J-1, J-3, J-4)',
        issueIds: [id('X-1'), id('J-2'), id('J-1'), id('J-3'), id('J-4')],
      },
      { kind: 'UNESTIMATED', message: '1 issue has no estimate: J-4', issueIds: [id('J-4')] },
      { kind: 'BLOCKED_OUTSIDE_QUEUE', message: 'J-4 is blocked by EXT-1, not a candidate for this sprint', issueIds: [id('J-4')] },
    ]);
  });

  test('work planned in JIRA blocked by the backlog: the blocker comes along when it fits, and goes first', () => {
    // J-1 (JIRA, 3) is blocked by B-2 (backlog, 2): both fit in 6, blocker first. J-2 (JIRA, 4) is
    // blocked by B-3 (3): only 1 point is left, so J-2 stays alone, and B-3 is left out.
    const p = plan(
      [
        issue('J-1', { rank: rank(1), points: 3, plannedInJira: true, blockedBy: [id('B-2')] }),
        issue('J-2', { rank: rank(2), points: 4, plannedInJira: true, blockedBy: [id('B-3')] }),
        issue('B-2', { rank: rank(3), points: 2 }),
        issue('B-3', { rank: rank(4), points: 3 }),
      ],
      { Backend: 6 },
    );
    expect(lines(p)).toEqual(['1 B-2 DEPENDENCY', '2 J-1 PLANNED_IN_JIRA', '3 J-2 PLANNED_IN_JIRA']);
    expect(out(p)).toEqual(['B-3 CAPACITY']);
    // JIRA's sprint alone: 3 + 4 = 7 of 6; with B-2 pulled in for J-1: 9. J-2 is queued without B-3: said so.
    expect(p.conflicts).toEqual([
      {
        kind: 'OVER_CAPACITY',
        message: 'Backend: planned in JIRA 7 points, capacity 6 points — 1 over; 9 points queued in all, 3 over (planned in JIRA: J-1, J-2)',
        issueIds: [id('J-1'), id('J-2')],
      },
      { kind: 'BLOCKED_OUTSIDE_QUEUE', message: 'J-2 (planned in JIRA) is blocked by B-3, which is not in the queue', issueIds: [id('J-2'), id('B-3')] },
    ]);
  });

  test('work planned in JIRA whose backlog blocker is left out (unestimated, or does not fit): a conflict names both', () => {
    // ATL-1 (JIRA, 3) is blocked by ATL-9 (unestimated: left out without trying) and ATL-12 (8: does
    // not fit in 5); ATL-1 stays all the same, alone.
    const p = plan(
      [
        issue('ATL-1', { rank: rank(1), points: 3, plannedInJira: true, blockedBy: [id('ATL-12'), id('ATL-9')] }),
        issue('ATL-9', { rank: rank(2), points: null }),
        issue('ATL-12', { rank: rank(3), points: 8 }),
      ],
      { Backend: 5 },
    );
    expect(lines(p)).toEqual(['1 ATL-1 PLANNED_IN_JIRA']);
    expect(out(p)).toEqual(['ATL-9 UNESTIMATED', 'ATL-12 CAPACITY']);
    expect(p.conflicts).toEqual([
      { kind: 'UNESTIMATED', message: '1 issue has no estimate: ATL-9', issueIds: [id('ATL-9')] },
      {
        kind: 'BLOCKED_OUTSIDE_QUEUE',
        message: 'ATL-1 (planned in JIRA) is blocked by ATL-9, ATL-12, which are not in the queue',
        issueIds: [id('ATL-1'), id('ATL-9'), id('ATL-12')],
      },
    ]);
    // One blocker, and it fits: no conflict.
    expect(
      plan([issue('ATL-1', { points: 3, plannedInJira: true, blockedBy: [id('ATL-9')] }), issue('ATL-9', { points: 2 })], { Backend: 5 }).conflicts,
    ).toEqual([]);
  });

  test('carry-over over capacity stays, alone, and the conflict says by how much; smaller backlog does not take its place', () => {
    // X-1 carried over (8) against 5: it stays, 3 over; B-1 (2) no longer fits. X-2 (unestimated,
    // carried over) stays too, and its blocker B-2 (backlog, 1 point) does not fit: named.
    const p = plan(
      [
        issue('B-1', { rank: rank(1), points: 2 }),
        issue('X-1', { rank: rank(2), points: 8, carryOver: true }),
        issue('X-2', { rank: rank(3), points: null, carryOver: true, blockedBy: [id('B-2')] }),
        issue('B-2', { rank: rank(4), points: 1 }),
      ],
      { Backend: 5 },
    );
    expect(lines(p)).toEqual(['1 X-1 CARRY_OVER', '2 X-2 CARRY_OVER']);
    expect(out(p)).toEqual(['B-1 CAPACITY', 'B-2 CAPACITY']);
    expect(p.conflicts).toEqual([
      {
        kind: 'OVER_CAPACITY',
        message: 'Backend: carried over 8 points, capacity 5 points — 3 over (carried over: X-1, X-2)',
        issueIds: [id('X-1'), id('X-2')],
      },
      { kind: 'UNESTIMATED', message: '1 issue has no estimate: X-2', issueIds: [id('X-2')] },
      { kind: 'BLOCKED_OUTSIDE_QUEUE', message: 'X-2 (carried over) is blocked by B-2, which is not in the queue', issueIds: [id('X-2'), id('B-2')] },
    ]);
    // Carried over and planned in JIRA, both over: the carry-over's figure first, then all queued.
    const q = plan([issue('X-1', { points: 6, carryOver: true }), issue('J-1', { points: 4, plannedInJira: true })], { Backend: 5 });
    expect(q.conflicts.map((c) => c.message)).toEqual([
      'Backend: carried over 6 points, capacity 5 points — 1 over; 10 points queued in all, 5 over (carried over: X-1; planned in JIRA 4 points: J-1)',
    ]);
  });

  test("the carry-over takes the room first: JIRA's sprint fits alone, with it not, and the conflict says what took the room", () => {
    const p = plan(
      [
        issue('X-1', { rank: rank(2), points: 6, carryOver: true }),
        issue('J-1', { rank: rank(1), points: 5, plannedInJira: true }),
        issue('B-1', { rank: rank(0), points: 1 }),
      ],
      { Backend: 10 },
    );
    expect(lines(p)).toEqual(['1 X-1 CARRY_OVER', '2 J-1 PLANNED_IN_JIRA']);
    expect(out(p)).toEqual(['B-1 CAPACITY']);
    expect(p.conflicts).toEqual([
      {
        kind: 'OVER_CAPACITY',
        message: 'Backend: 11 points queued, capacity 10 points — 1 over (carried over 6 points: X-1; planned in JIRA 5 points: J-1)',
        issueIds: [id('X-1'), id('J-1')],
      },
    ]);
  });

  test('ties on rank: priority (Server names alike, unknown then none), then the key numerically, then the id', () => {
    expect(PRIORITY_ORDER).toEqual(['Highest', 'High', 'Medium', 'Low', 'Lowest', 'Blocker', 'Critical', 'Major', 'Minor', 'Trivial']);
    const p = plan(
      [
        issue('T-1', { priority: null }),
        issue('T-2', { priority: 'Urgent!' }),
        issue('T-3', { priority: 'Lowest' }),
        issue('T-10', { priority: 'Blocker' }),
        issue('T-4', { priority: 'Highest' }),
        issue('T-5', { priority: 'Major' }),
        issue('T-6', { priority: 'Medium' }),
        issue('T-7', { rank: 'a' }),
        issue('T-8', { rank: 'B' }), // plain comparison: "B" < "a"
        issue('T-6', { priority: 'Medium', issueId: 'id-T-6-bis' }), // the same key twice: the id decides
      ],
      { Backend: 20 },
    );
    expect(p.items.map((i) => i.key)).toEqual(['T-8', 'T-7', 'T-4', 'T-10', 'T-5', 'T-6', 'T-6', 'T-3', 'T-2', 'T-1']);
    expect(p.items.slice(5, 7).map((i) => i.issueId)).toEqual(['id-T-6', 'id-T-6-bis']);
  });

  test('the same plan under shuffled inputs', () => {
    const input: PlanInput = {
      candidates: [
        issue('R-1', { rank: rank(1), points: 3, blockedBy: [id('R-4'), id('R-3')], assigneeId: 'u1' }),
        issue('R-2', { rank: rank(1), points: 2, priority: 'High', discipline: 'QA' }),
        issue('R-3', { points: 1, blockedByOutside: ['Z-2', 'Z-1'] }),
        issue('R-4', { rank: rank(3), points: 5, carryOver: true, assigneeId: 'u1' }),
        issue('R-5', { rank: rank(4), points: null }),
        issue('R-6', { rank: rank(5), points: 2, blockedBy: [id('R-7')] }),
        issue('R-7', { rank: rank(6), points: 2, blockedBy: [id('R-6')] }),
        issue('R-8', { rank: rank(7), points: 8, discipline: 'QA' }),
        issue('R-9', { rank: rank(8), points: 1, discipline: 'QA' }),
      ],
      capacity: [
        { discipline: 'QA', points: 4 },
        { discipline: 'Backend', points: 6 },
        { discipline: 'Backend', points: 2.5 },
      ],
      members: [{ userId: 'u1', points: 4 }],
      pins: [
        { issueId: id('R-9'), position: 1 },
        { issueId: id('R-8'), position: 1 },
      ],
    };
    const expected = planQueue(input);
    expect(lines(expected)).toEqual(['1 R-8 PINNED', '2 R-9 PINNED', '3 R-4 CARRY_OVER']);
    // Board order: R-4 (carried over), R-2 and R-1 (rank 1, R-2 has a priority), R-5 … R-9, R-3 (no rank).
    expect(out(expected)).toEqual([
      'R-2 CAPACITY',
      'R-1 BLOCKER_LEFT_OUT',
      'R-5 UNESTIMATED',
      'R-6 DEPENDENCY_CYCLE',
      'R-7 DEPENDENCY_CYCLE',
      'R-3 BLOCKED_OUTSIDE_QUEUE',
    ]);
    expect(kinds(expected)).toEqual(['OVER_CAPACITY', 'UNESTIMATED', 'BLOCKED_OUTSIDE_QUEUE', 'DEPENDENCY_CYCLE', 'ASSIGNEE_OVER_CAPACITY']);
    for (let seed = 1; seed <= 50; seed++) expect(planQueue(shuffled(input, seed))).toEqual(expected);
  });

  test('duplicate candidates are refused; an empty backlog gives an empty plan', () => {
    expect(() => plan([issue('X-1'), issue('X-1')], { Backend: 1 })).toThrow(/X-1.*more than once/);
    expect(plan([], { Backend: 5 })).toEqual({
      items: [],
      leftOut: [],
      conflicts: [],
      utilisation: [{ discipline: 'Backend', capacityPoints: 5, plannedPoints: 0 }],
    });
  });

  test('a 10,000-long blocker chain: no recursion, and no quadratic walk', () => {
    // Each K-i is blocked by K-(i+1) and ranked before it: the first walk takes the whole chain.
    const n = 10_000;
    const chain = Array.from({ length: n }, (_, i) => issue(`K-${i}`, { rank: rank(i), points: 0.0005, blockedBy: i + 1 < n ? [id(`K-${i + 1}`)] : [] }));
    const p = plan(chain, { Backend: 10 });
    expect(p.items).toHaveLength(n);
    expect(p.items[0].key).toBe(`K-${n - 1}`);
    expect(p.items[n - 1]).toMatchObject({ key: 'K-0', reason: 'RANK' });
    // Too big to fit: each walk stops at the capacity, then at the blocker left out before it.
    const q = plan(
      chain.map((c) => ({ ...c, points: 1 })),
      { Backend: 10 },
    );
    expect(q.items.map((i) => i.key)).toEqual(Array.from({ length: 10 }, (_, i) => `K-${n - 1 - i}`));
    // A cycle through the whole chain.
    const cycle = chain.map((c, i) => (i === n - 1 ? { ...c, blockedBy: [id('K-0')] } : c));
    expect(
      plan(cycle, { Backend: 10 })
        .conflicts.filter((c) => c.kind === 'DEPENDENCY_CYCLE')
        .map((c) => c.issueIds.length),
    ).toEqual([n]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, on small random backlogs (fixed seed: the same cases every run).

/** mulberry32: a seeded shuffle, so a failing case replays. */
function shuffled(input: PlanInput, seed: number): PlanInput {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return {
    candidates: shuffle(input.candidates.map((c) => ({ ...c, blockedBy: shuffle(c.blockedBy), blockedByOutside: shuffle(c.blockedByOutside) }))),
    capacity: shuffle(input.capacity),
    members: shuffle(input.members),
    pins: shuffle(input.pins),
  };
}

const DISCIPLINES = ['A', 'B', 'C'];
const backlog: fc.Arbitrary<PlanInput> = fc.integer({ min: 0, max: 24 }).chain((n) => {
  const index = fc.integer({ min: 0, max: Math.max(0, n - 1) });
  const candidate = fc.record({
    rank: fc.option(fc.string({ unit: fc.constantFrom('0', '1', 'a', 'b', 'B', '|', ':'), maxLength: 3 }), { nil: null, freq: 4 }),
    priority: fc.constantFrom(null, 'Highest', 'High', 'Blocker', 'Major', 'Lowest', 'Trivial', 'Urgent'),
    points: fc.constantFrom(null, 0, 0.5, 1, 1, 2, 3, 3, 5, 8, 13),
    discipline: fc.constantFrom(...DISCIPLINES, ...DISCIPLINES, ...DISCIPLINES, 'D'), // D: never any capacity
    assigneeId: fc.constantFrom(null, 'u1', 'u2', 'u3', 'u4'),
    carryOver: fc.constantFrom(false, false, false, true),
    plannedInJira: fc.constantFrom(false, false, false, false, true),
    // Mostly blockers generated after the candidate (no cycle), now and then any candidate (cycles, self-blocks).
    ahead: fc.oneof(
      { weight: 3, arbitrary: fc.constant([] as number[]) },
      { weight: 2, arbitrary: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }) },
    ),
    anywhere: fc.oneof({ weight: 12, arbitrary: fc.constant([] as number[]) }, { weight: 1, arbitrary: fc.array(index, { minLength: 1, maxLength: 2 }) }),
    outside: fc.oneof(
      { weight: 25, arbitrary: fc.constant([] as string[]) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom('X-1', 'X-2', 'X-10'), { minLength: 1, maxLength: 2 }) },
    ),
    keyNumber: fc.integer({ min: 1, max: 30 }),
  });
  return fc
    .record({
      candidates: fc.array(candidate, { minLength: n, maxLength: n }),
      // Usually one row per discipline; sometimes none, sometimes a second row (they add up).
      capacity: fc
        .tuple(
          fc.tuple(
            ...DISCIPLINES.map((discipline) =>
              fc.option(fc.record({ discipline: fc.constant(discipline), points: fc.constantFrom(1, 2.5, 5, 8, 13, 20, 40) }), { nil: null, freq: 10 }),
            ),
          ),
          fc.array(fc.record({ discipline: fc.constantFrom(...DISCIPLINES), points: fc.constantFrom(-1, 0, 3) }), { maxLength: 1 }),
        )
        .map(([rows, extra]) => [...rows.filter((r) => r !== null), ...extra]),
      members: fc.array(fc.record({ userId: fc.constantFrom('u1', 'u2', 'u3'), points: fc.constantFrom(0, 3, 5, 8, 13) }), { maxLength: 3 }),
      pins: fc.array(fc.record({ index: fc.integer({ min: 0, max: n + 1 }), position: fc.integer({ min: -1, max: n + 2 }) }), { maxLength: 3 }),
    })
    .map(({ candidates, capacity, members, pins }) => ({
      candidates: candidates.map((c, i): Candidate => ({
        issueId: `i${i}`,
        key: `K-${c.keyNumber}`, // repeated keys on purpose: the id breaks the tie
        rank: c.rank,
        priority: c.priority,
        points: c.points,
        discipline: c.discipline,
        assigneeId: c.assigneeId,
        carryOver: c.carryOver,
        plannedInJira: c.plannedInJira,
        blockedBy: [...c.ahead.map((k) => i + k).filter((b) => b < n), ...c.anywhere].map((b) => `i${b}`),
        blockedByOutside: c.outside,
      })),
      capacity,
      members,
      pins: pins.map((p) => ({ issueId: `i${p.index}`, position: p.position })), // i(n) and i(n+1) are not candidates
    }));
});

const RUNS = { seed: 20260306, numRuns: 400 };
/** Carry-over and work planned in JIRA stay in the queue whatever they are. */
const stays = (c: Candidate) => c.plannedInJira || c.carryOver;
const capacityOf = (input: PlanInput, discipline: string) => input.capacity.filter((c) => c.discipline === discipline).reduce((s, c) => s + c.points, 0);

/**
 * The contract's rules read literally, the slow way (a reference to hold the fast planner to):
 * every closure walked in full, left-out blockers included, cycles found by reachability.
 */
function reference(input: PlanInput): { items: Array<Pick<PlanItem, 'position' | 'issueId' | 'reason'>>; leftOut: Array<[string, LeftOutReason]> } {
  const cs = input.candidates;
  const byId = new Map(cs.map((c) => [c.issueId, c]));
  const collator = new Intl.Collator('en', { numeric: true });
  const prio = (p: string | null) => (p === null ? 6 : PRIORITY_ORDER.includes(p) ? PRIORITY_ORDER.indexOf(p) % 5 : 5);
  const sorted = [...cs].sort(
    (a, b) =>
      Number(b.carryOver) - Number(a.carryOver) ||
      Number(b.plannedInJira && !b.carryOver) - Number(a.plannedInJira && !a.carryOver) ||
      (a.rank === b.rank ? 0 : a.rank === null ? 1 : b.rank === null ? -1 : a.rank < b.rank ? -1 : 1) ||
      prio(a.priority) - prio(b.priority) ||
      collator.compare(a.key, b.key) ||
      collator.compare(a.issueId, b.issueId) ||
      (a.issueId < b.issueId ? -1 : 1),
  );
  const boardIndex = new Map(sorted.map((c, i) => [c.issueId, i]));
  const blockersOf = (c: Candidate) => [...new Set(c.blockedBy)].filter((b) => byId.has(b));
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>();
    const stack = blockersOf(byId.get(from)!);
    while (stack.length) {
      const v = stack.pop()!;
      if (v === to) return true;
      if (seen.has(v)) continue;
      seen.add(v);
      stack.push(...blockersOf(byId.get(v)!));
    }
    return false;
  };
  const capacity = new Map<string, number>();
  for (const c of input.capacity) capacity.set(c.discipline, (capacity.get(c.discipline) ?? 0) + c.points);
  const ineligible = (c: Candidate): LeftOutReason | null =>
    reaches(c.issueId, c.issueId)
      ? 'DEPENDENCY_CYCLE'
      : c.blockedByOutside.length
        ? 'BLOCKED_OUTSIDE_QUEUE'
        : c.points === null
          ? 'UNESTIMATED'
          : !((capacity.get(c.discipline) ?? 0) > 0)
            ? 'NO_CAPACITY'
            : null;
  const pinAt = new Map<string, number>();
  for (const p of input.pins) if (byId.has(p.issueId)) pinAt.set(p.issueId, Math.min(pinAt.get(p.issueId) ?? Infinity, p.position));
  // Left out without trying: an ineligible candidate (not pinned, not staying: carry-over or planned
  // in JIRA), and whatever reaches one through blockers that are not pinned (what stays passes it on).
  const seed = (c: Candidate) => !pinAt.has(c.issueId) && !stays(c) && ineligible(c) !== null;
  const tainted = (c: Candidate) => {
    if (pinAt.has(c.issueId)) return false;
    const seen = new Set<string>();
    const stack = [c];
    while (stack.length) {
      const v = stack.pop()!;
      if (seed(v)) return true;
      for (const b of blockersOf(v)) {
        if (seen.has(b) || pinAt.has(b)) continue;
        seen.add(b);
        stack.push(byId.get(b)!);
      }
    }
    return false;
  };
  const sameCycle = (a: string, b: string) => a === b || (reaches(a, b) && reaches(b, a));
  const remaining = new Map(capacity);
  const queued = new Map<string, ItemReason>();
  const fill: string[] = [];
  const leftOut = new Map<string, LeftOutReason>();
  const reasonOf = (m: Candidate, c: Candidate): ItemReason =>
    m.carryOver ? 'CARRY_OVER' : m.plannedInJira ? 'PLANNED_IN_JIRA' : m === c ? 'RANK' : 'DEPENDENCY';
  for (const c of sorted)
    if (pinAt.has(c.issueId)) {
      queued.set(c.issueId, 'PINNED');
      remaining.set(c.discipline, (remaining.get(c.discipline) ?? 0) - (c.points ?? 0));
    }
  for (const c of sorted) {
    if (queued.has(c.issueId) || leftOut.has(c.issueId)) continue;
    if (!stays(c)) {
      const own = ineligible(c);
      if (own) {
        leftOut.set(c.issueId, own);
        continue;
      }
      if (tainted(c)) {
        leftOut.set(c.issueId, 'BLOCKER_LEFT_OUT');
        continue;
      }
    }
    const closure = new Set([c.issueId]);
    const stack = [c.issueId];
    while (stack.length) {
      for (const b of blockersOf(byId.get(stack.pop()!)!)) {
        // What stays is queued in its own turn, whatever: a closure does not take it along.
        if (queued.has(b) || closure.has(b) || stays(byId.get(b)!)) continue;
        closure.add(b);
        stack.push(b);
      }
    }
    const members = [...closure].map((m) => byId.get(m)!);
    const need = new Map<string, number>();
    for (const m of members) need.set(m.discipline, (need.get(m.discipline) ?? 0) + (m.points ?? 0));
    const fits = [...need].every(([d, p]) => p <= (remaining.get(d) ?? 0) + 1e-9);
    const blocked = members.some((m) => leftOut.has(m.issueId) || (!stays(m) && tainted(m)));
    if (stays(c) && (blocked || !fits)) {
      // Carried over or planned in JIRA: in alone, over capacity if need be.
      queued.set(c.issueId, reasonOf(c, c));
      remaining.set(c.discipline, (remaining.get(c.discipline) ?? 0) - (c.points ?? 0));
      fill.push(c.issueId);
      continue;
    }
    if (!fits) {
      leftOut.set(c.issueId, 'CAPACITY');
      continue;
    }
    // The fast planner relies on this: a closure holding a blocker left out never fits.
    if (blocked) throw new Error('a left-out blocker fits after all');
    for (const [d, p] of need) remaining.set(d, remaining.get(d)! - p);
    const todo = [...members];
    while (todo.length) {
      const ready = todo
        .filter((m) => blockersOf(m).every((b) => !closure.has(b) || queued.has(b) || sameCycle(m.issueId, b)))
        .sort((a, b) => boardIndex.get(a.issueId)! - boardIndex.get(b.issueId)!);
      const m = ready[0];
      todo.splice(todo.indexOf(m), 1);
      queued.set(m.issueId, reasonOf(m, c));
      fill.push(m.issueId);
    }
  }
  // Positions: pins at their position (ties in board order); the fill's order otherwise, an item
  // waiting until its queued blockers (outside its own cycle) are placed; a pin moves up only when
  // nothing else can go.
  const pins = sorted
    .filter((c) => pinAt.has(c.issueId))
    .sort((a, b) => pinAt.get(a.issueId)! - pinAt.get(b.issueId)! || boardIndex.get(a.issueId)! - boardIndex.get(b.issueId)!);
  const placed = new Set<string>();
  const items: Array<Pick<PlanItem, 'position' | 'issueId' | 'reason'>> = [];
  const rest = [...fill];
  const total = fill.length + pins.length;
  for (let position = 1; position <= total; position++) {
    const next = rest.find((u) => blockersOf(byId.get(u)!).every((b) => placed.has(b) || !queued.has(b) || sameCycle(u, b)));
    const id = pins.length && (pinAt.get(pins[0].issueId)! <= position || next === undefined) ? pins.shift()!.issueId : next!;
    if (id === next) rest.splice(rest.indexOf(next), 1);
    placed.add(id);
    items.push({ position, issueId: id, reason: queued.get(id)! });
  }
  return { items, leftOut: sorted.filter((c) => leftOut.has(c.issueId)).map((c) => [c.issueId, leftOut.get(c.issueId)!]) };
}

describe('planQueue: properties', () => {
  test('the plan is the contract read literally (a slow reference)', () => {
    fc.assert(
      fc.property(backlog, (input) => {
        const p = planQueue(input);
        const expected = reference(input);
        expect(p.items.map(({ position, issueId, reason }) => ({ position, issueId, reason }))).toEqual(expected.items);
        expect(p.leftOut.map((l) => [l.issueId, l.reason])).toEqual(expected.leftOut);
      }),
      RUNS,
    );
  });

  test('each candidate exactly once, at positions 1..n', () => {
    fc.assert(
      fc.property(backlog, (input) => {
        const p = planQueue(input);
        const all = [...p.items.map((i) => i.issueId), ...p.leftOut.map((l) => l.issueId)];
        expect(all.sort()).toEqual(input.candidates.map((c) => c.issueId).sort());
        expect(p.items.map((i) => i.position)).toEqual(p.items.map((_, k) => k + 1));
      }),
      RUNS,
    );
  });

  test('never over capacity except through pinned items, carry-over and work planned in JIRA', () => {
    fc.assert(
      fc.property(backlog, (input) => {
        const p = planQueue(input);
        const pinnedIds = new Set(p.items.filter((i) => i.reason === 'PINNED').map((i) => i.issueId));
        const jiraIds = new Set(input.candidates.filter(stays).map((c) => c.issueId));
        for (const d of new Set(p.items.map((i) => i.discipline))) {
          const mine = p.items.filter((i) => i.discipline === d);
          const planned = mine.reduce((s, i) => s + (i.points ?? 0), 0);
          const pinnedPoints = mine.filter((i) => pinnedIds.has(i.issueId)).reduce((s, i) => s + (i.points ?? 0), 0);
          const jiraPoints = mine.filter((i) => jiraIds.has(i.issueId) && !pinnedIds.has(i.issueId)).reduce((s, i) => s + (i.points ?? 0), 0);
          expect(planned - pinnedPoints - jiraPoints).toBeLessThanOrEqual(Math.max(0, capacityOf(input, d) - pinnedPoints) + 1e-9);
          const over = p.conflicts.some((c) => c.kind === 'OVER_CAPACITY' && c.message.startsWith(`${d}:`));
          expect(over).toBe(planned > capacityOf(input, d) + 1e-9);
        }
      }),
      RUNS,
    );
  });

  test("every unpinned item's blockers among the candidates are queued before it (carry-over and work planned in JIRA: those queued, outside its own cycle, and a conflict names the rest)", () => {
    fc.assert(
      fc.property(backlog, (input) => {
        const p = planQueue(input);
        const position = new Map(p.items.map((i) => [i.issueId, i.position]));
        const ids = new Set(input.candidates.map((c) => c.issueId));
        const byId = new Map(input.candidates.map((c) => [c.issueId, c]));
        const reaches = (from: string, to: string) => {
          const seen = new Set<string>();
          const stack = [...byId.get(from)!.blockedBy];
          while (stack.length) {
            const v = stack.pop()!;
            if (v === to) return true;
            if (seen.has(v) || !byId.has(v)) continue;
            seen.add(v);
            stack.push(...byId.get(v)!.blockedBy);
          }
          return false;
        };
        for (const item of p.items) {
          if (item.reason === 'PINNED') continue;
          const c = byId.get(item.issueId)!;
          for (const b of c.blockedBy) {
            if (!ids.has(b)) continue;
            if (stays(c) && !position.has(b) && b !== c.issueId) {
              const named = p.conflicts.filter((k) => k.kind === 'BLOCKED_OUTSIDE_QUEUE' && k.issueIds.includes(c.issueId) && k.issueIds.includes(b));
              expect(named).toHaveLength(1);
              expect(named[0].message).toMatch(
                new RegExp(`^${c.key} \\((carried over|planned in JIRA)\\) is blocked by .*${byId.get(b)!.key}.*, which (is|are) not in the queue$`),
              );
            }
            if (stays(c) && (!position.has(b) || (reaches(b, c.issueId) && reaches(c.issueId, b)))) continue;
            expect(position.get(b)).toBeLessThan(item.position);
          }
        }
      }),
      RUNS,
    );
  });

  test('carry-over and work planned in JIRA are never left out', () => {
    fc.assert(
      fc.property(backlog, (input) => {
        const p = planQueue(input);
        const queued = new Set(p.items.map((i) => i.issueId));
        for (const c of input.candidates) if (stays(c)) expect(queued.has(c.issueId)).toBe(true);
      }),
      RUNS,
    );
  });

  test('shuffled inputs give the same plan', () => {
    fc.assert(
      fc.property(backlog, fc.integer(), (input, seed) => {
        expect(planQueue(shuffled(input, seed))).toEqual(planQueue(input));
      }),
      RUNS,
    );
  });
});
