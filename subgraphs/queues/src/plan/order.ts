import { compareNatural } from '@sprint-reports/core';
/** The board order of the queue planner's candidates (rule 1 of the contract) and the name sort. */

/**
 * JIRA's priority names, Cloud's then Server's. Server's names rank like the Cloud name at the same
 * index modulo 5 (Blocker ≈ Highest … Trivial ≈ Lowest).
 */
export const PRIORITY_ORDER: string[] = ['Highest', 'High', 'Medium', 'Low', 'Lowest', 'Blocker', 'Critical', 'Major', 'Minor', 'Trivial'];

// Built once from a copy, so a caller mutating PRIORITY_ORDER cannot change how plans sort.
const PRIORITY_RANK = new Map(PRIORITY_ORDER.map((name, i) => [name, i % 5]));
const UNKNOWN_PRIORITY = 5;
const NO_PRIORITY = 6;

export function priorityRank(priority: string | null): number {
  if (priority === null) return NO_PRIORITY;
  return PRIORITY_RANK.get(priority) ?? UNKNOWN_PRIORITY;
}

/** `ABC-2` before `ABC-10`, the same order as the sprint analysis's. */
export { compareNatural };

export interface Orderable {
  issueId: string;
  key: string;
  rank: string | null;
  priority: string | null;
  carryOver: boolean;
  plannedInJira: boolean;
}

/** Code units of a rank folded into its numeric sort key: 3 × 17 bits stay exact in a double. */
const KEY_UNITS = 3;
const NULL_RANK_KEY = 2 ** (17 * KEY_UNITS); // above every rank's key
// Three bands of keys, each 2 ** 51 wide and 2 ** 52 apart: carry-over below 0, work planned in
// JIRA from 0, the backlog from 2 ** 52. Every key stays below 2 ** 53 in size: still exact.
const BAND = 2 * NULL_RANK_KEY;
const bandOf = (c: { carryOver: boolean; plannedInJira: boolean }) => (c.carryOver ? -BAND : c.plannedInJira ? 0 : BAND);

/**
 * The candidates' indexes in board order: carry-over first, then the issues already in the sprint
 * in JIRA, then the backlog; within each, LexoRank ascending (plain string comparison, as JIRA's
 * ranks are ASCII; null last), priority, key (numeric), issueId. Total on distinct issueIds, so the
 * result does not depend on the input order.
 *
 * Comparing 10,000 ranks as strings dominated the planner (they share their first characters, "0|…"),
 * so each rank also gets a number from its first code units after the prefix all ranks share, in
 * the same order as the strings; the strings themselves are compared only when those numbers tie.
 */
export function boardOrder(candidates: readonly Orderable[]): Int32Array {
  const n = candidates.length;
  let lo: string | null = null;
  let hi: string | null = null;
  for (const { rank } of candidates) {
    if (rank === null) continue;
    if (lo === null || rank < lo) lo = rank;
    if (hi === null || rank > hi) hi = rank;
  }
  // The longest prefix of every rank is the one of the smallest and the largest.
  let shared = 0;
  if (lo !== null && hi !== null) while (shared < lo.length && lo.charCodeAt(shared) === hi.charCodeAt(shared)) shared++;
  // The band folds into the key: carry-over, then JIRA's sprint, then the backlog.
  const rankKey = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { rank } = candidates[i];
    const band = bandOf(candidates[i]);
    if (rank === null) {
      rankKey[i] = NULL_RANK_KEY + band;
      continue;
    }
    // A unit counts as code + 1, so a rank that ends sorts before any longer one (0 = no unit).
    let key = 0;
    for (let u = shared; u < shared + KEY_UNITS; u++) key = key * 0x20000 + (u < rank.length ? rank.charCodeAt(u) + 1 : 0);
    rankKey[i] = key + band;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Only ties on the key reach the strings: the same rank prefix, or no rank.
  const tie = (i: number, j: number) => {
    const a = candidates[i];
    const b = candidates[j];
    if (a.rank !== b.rank) return a.rank! < b.rank! ? -1 : 1; // equal keys: both ranked, or both null
    return priorityRank(a.priority) - priorityRank(b.priority) || compareNatural(a.key, b.key) || compareNatural(a.issueId, b.issueId);
  };
  return order.sort((i, j) => rankKey[i] - rankKey[j] || tie(i, j));
}
