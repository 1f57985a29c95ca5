/**
 * The next-sprint queue planner: pure and deterministic (the same plan whatever the order of any
 * input array). Contract: issue 6, "the queue planner", and issue 18 for work planned in JIRA. In
 * outline: pins are queued first and use their discipline's capacity; ineligible candidates (cycle,
 * outside blocker, no estimate, no capacity) and everything they block are left out; the rest are
 * walked in board order (carry-over, then what JIRA already has in the sprint, then the backlog),
 * each queued together with its not-yet-queued blockers when they all fit. Carry-over and work
 * planned in JIRA stay even when they do not fit or are ineligible: a conflict says so. Then pins go back to their
 * positions and the findings become conflicts.
 */
import { round2 as twoDecimals } from '@sprint-reports/core';
import { blockerGraph, neighbours, NodeHeap, reverse, stronglyConnected } from './graph.ts';
import { boardOrder, compareNatural, PRIORITY_ORDER } from './order.ts';

export { PRIORITY_ORDER };

/**
 * The version of the planner's rules and conflict messages, stored with each queue: bump it when a
 * plan or its wording changes, and draft queues planned before are re-planned at start-up
 * (replanStaleQueues). 1: people by name in messages, carry-over never dropped, JIRA-planned work's
 * left-out blockers named.
 */
export const PLANNER_VERSION = 1;

export type ItemReason = 'CARRY_OVER' | 'PLANNED_IN_JIRA' | 'RANK' | 'DEPENDENCY' | 'PINNED';
export type LeftOutReason = 'CAPACITY' | 'UNESTIMATED' | 'NO_CAPACITY' | 'BLOCKED_OUTSIDE_QUEUE' | 'BLOCKER_LEFT_OUT' | 'DEPENDENCY_CYCLE';
export type ConflictKind =
  'OVER_CAPACITY' | 'UNESTIMATED' | 'BLOCKED_OUTSIDE_QUEUE' | 'DEPENDENCY_CYCLE' | 'ASSIGNEE_OVER_CAPACITY' | 'NO_CAPACITY' | 'PINNED_BEFORE_BLOCKER';

export interface Candidate {
  issueId: string;
  /** JIRA key, e.g. "ABC-12". */
  key: string;
  /** JIRA LexoRank; ascending = board order; compared as plain strings. */
  rank: string | null;
  /** JIRA priority name. */
  priority: string | null;
  /** null = unestimated (0 is an estimate). */
  points: number | null;
  /** Already resolved by the caller. */
  discipline: string;
  assigneeId: string | null;
  /** Unfinished in the board's current sprint: like work planned in JIRA, queued whatever its capacity. */
  carryOver: boolean;
  /** Already in the planned sprint in JIRA: queued whatever its capacity, never dropped. */
  plannedInJira: boolean;
  /** issueIds of unresolved blockers that are themselves candidates. */
  blockedBy: string[];
  /** Keys of unresolved blockers that are not candidates. */
  blockedByOutside: string[];
}

export interface PlanInput {
  candidates: Candidate[];
  /** The sprint's capacity per discipline. */
  capacity: { discipline: string; points: number }[];
  /** Each team member's personal capacity in points, and their name as people read it. */
  members: { userId: string; points: number; name?: string }[];
  /** 1-based positions chosen by a planner. */
  pins: { issueId: string; position: number }[];
}

export interface PlanItem {
  position: number;
  issueId: string;
  key: string;
  discipline: string;
  points: number | null;
  reason: ItemReason;
}
export interface LeftOut {
  issueId: string;
  key: string;
  reason: LeftOutReason;
}
export interface Conflict {
  kind: ConflictKind;
  message: string;
  issueIds: string[];
}
export interface Utilisation {
  discipline: string;
  capacityPoints: number;
  plannedPoints: number;
}
export interface Plan {
  items: PlanItem[];
  leftOut: LeftOut[];
  conflicts: Conflict[];
  utilisation: Utilisation[];
}

const EPSILON = 1e-9;
const UNDECIDED = 0;
const QUEUED = 1;
const LEFT_OUT = 2;
/** Conflict messages name at most this many keys, then "and N more" (a backlog can hold thousands). */
const MAX_KEYS_IN_MESSAGE = 10;

/** A usable estimate: a finite number ≥ 0. Anything else (NaN, negative) counts as no estimate. */
const estimate = (points: number | null) => (points !== null && Number.isFinite(points) && points >= 0 ? points : null);
// No -0 in figures people read.
const round2 = (x: number) => twoDecimals(x) || 0;
const num = (x: number) => String(round2(x));
const pts = (x: number) => `${num(x)} ${round2(x) === 1 ? 'point' : 'points'}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const byPlain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sums numbers in ascending order, so repeated entries give the same total whatever their input order. */
function sumSorted(values: number[]): number {
  values.sort((a, b) => a - b);
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function planQueue(input: PlanInput): Plan {
  const { candidates } = input;
  const n = candidates.length;

  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const { issueId, key } = candidates[i];
    // Two rows for one issue would make "every candidate once" unsatisfiable: a caller's bug.
    if (indexOf.has(issueId)) throw new Error(`planQueue: candidate ${issueId} (${key}) appears more than once`);
    indexOf.set(issueId, i);
  }

  const order = boardOrder(candidates);
  const rankOf = new Int32Array(n);
  for (let k = 0; k < n; k++) rankOf[order[k]] = k;
  const byBoard = (a: number, b: number) => rankOf[a] - rankOf[b];
  const points = candidates.map((c) => estimate(c.points));

  // Disciplines as small integers: the candidates' and the capacity's.
  const disciplineIndex = new Map<string, number>();
  const disciplineNames: string[] = [];
  const discipline = (name: string) => {
    let d = disciplineIndex.get(name);
    if (d === undefined) {
      d = disciplineNames.length;
      disciplineIndex.set(name, d);
      disciplineNames.push(name);
    }
    return d;
  };
  const disciplineOf = new Int32Array(n);
  for (let i = 0; i < n; i++) disciplineOf[i] = discipline(candidates[i].discipline);
  const capacityEntries = new Map<number, number[]>();
  for (const { discipline: name, points: p } of input.capacity) {
    if (!Number.isFinite(p)) continue; // NaN or ±Infinity: no usable figure, as if absent
    const d = discipline(name);
    const list = capacityEntries.get(d);
    if (list) list.push(p);
    else capacityEntries.set(d, [p]);
  }
  const D = disciplineNames.length;
  const capacity = new Float64Array(D);
  for (const [d, values] of capacityEntries) capacity[d] = sumSorted(values);
  const hasCapacity = (d: number) => capacity[d] > 0;
  const disciplinesByName = Array.from({ length: D }, (_, d) => d).sort((a, b) => compareNatural(disciplineNames[a], disciplineNames[b]));

  // Pins on candidates only; a candidate pinned twice keeps its earliest position.
  const pinnedAt = new Float64Array(n).fill(NaN);
  for (const { issueId, position } of input.pins) {
    const i = indexOf.get(issueId);
    if (i === undefined || Number.isNaN(position)) continue;
    if (!(pinnedAt[i] <= position)) pinnedAt[i] = position;
  }
  const pinned = (i: number) => !Number.isNaN(pinnedAt[i]);
  // Carry-over and work planned in JIRA are queued whatever they are: like a pin they are never
  // left out, but they keep their place in board order instead of a position.
  const stays = (i: number) => candidates[i].plannedInJira || candidates[i].carryOver;
  const reasonOf = (i: number, c: number): ItemReason =>
    candidates[i].carryOver ? 'CARRY_OVER' : candidates[i].plannedInJira ? 'PLANNED_IN_JIRA' : i === c ? 'RANK' : 'DEPENDENCY';

  const { blockers, selfLoop } = blockerGraph(
    candidates.map((c) => c.blockedBy),
    indexOf,
  );
  const dependents = reverse(blockers);
  const components = stronglyConnected(blockers);
  const { component } = components;
  const inCycle = (i: number) => selfLoop[i] === 1 || components.size[components.component[i]] > 1;

  // Rule 3, in its order of precedence.
  const ownReason = (i: number): LeftOutReason | null => {
    if (inCycle(i)) return 'DEPENDENCY_CYCLE';
    if (candidates[i].blockedByOutside.length > 0) return 'BLOCKED_OUTSIDE_QUEUE';
    if (points[i] === null) return 'UNESTIMATED';
    if (!hasCapacity(disciplineOf[i])) return 'NO_CAPACITY';
    return null;
  };

  const status = new Uint8Array(n);
  const itemReason: ItemReason[] = new Array(n);
  const leftOutReason: LeftOutReason[] = new Array(n);
  const remaining = Float64Array.from(capacity);

  // Pins are queued whatever they are and use their discipline's capacity first.
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (!pinned(i)) continue;
    status[i] = QUEUED;
    itemReason[i] = 'PINNED';
    remaining[disciplineOf[i]] -= points[i] ?? 0;
  }

  // A candidate is bound to be left out when a chain of unpinned blockers leads to an ineligible
  // one: that blocker is never queued, so it stays in the candidate's closure. Pins cut the chains
  // (they are queued up front), and nothing queued later can lie on such a chain, so this is known
  // up front: one search from the ineligible candidates along their dependents. Work planned in
  // JIRA on such a chain stays in the queue, but what it blocks is left out all the same.
  const tainted = new Uint8Array(n);
  const { off: bOff, adj: bAdj } = blockers;
  const { off: dOff, adj: dAdj } = dependents;
  const frontier: number[] = [];
  for (let i = 0; i < n; i++) {
    if (pinned(i) || stays(i)) continue;
    const reason = ownReason(i);
    if (reason === null) continue;
    tainted[i] = 1;
    status[i] = LEFT_OUT;
    leftOutReason[i] = reason;
    frontier.push(i);
  }
  for (let f = 0; f < frontier.length; f++) {
    const v = frontier[f];
    for (let e = dOff[v]; e < dOff[v + 1]; e++) {
      const w = dAdj[e];
      if (tainted[w] || pinned(w)) continue;
      tainted[w] = 1;
      frontier.push(w);
      if (stays(w)) continue;
      status[w] = LEFT_OUT;
      leftOutReason[w] = 'BLOCKER_LEFT_OUT';
    }
  }

  // Rule 4, the fill. Each walk collects the candidate's closure of undecided blockers while
  // summing its points per discipline, and stops at the first discipline over its remaining
  // capacity: estimates are ≥ 0, so the whole closure would not fit either. A blocker already left
  // out can only have been left out for capacity (the rest were tainted), and with capacity only
  // shrinking since, the closure holding it cannot fit now: the walk stops there too (work planned
  // in JIRA that stopped there goes in alone, whatever stopped it). That keeps
  // walks short: a queued closure is never walked again, and a missed one stops at the capacity.
  // (Plain index loops and no closures in here: this runs once per candidate.)
  const queued = new Int32Array(n);
  let queuedCount = 0;
  const mark = new Int32Array(n).fill(-1);
  const sum = new Float64Array(D);
  const sumMark = new Int32Array(D).fill(-1);
  const touched: number[] = [];
  const closure: number[] = [];
  const inDegree = new Int32Array(n);
  const closureHeap = new NodeHeap(rankOf);
  for (let k = 0; k < n; k++) {
    const c = order[k];
    if (status[c] !== UNDECIDED) continue;
    closure.length = 0;
    touched.length = 0;
    let fits = true;
    mark[c] = k;
    closure.push(c);
    for (let next = 0; fits && next < closure.length; next++) {
      const v = closure[next];
      const d = disciplineOf[v];
      if (sumMark[d] !== k) {
        sumMark[d] = k;
        sum[d] = 0;
        touched.push(d);
      }
      sum[d] += points[v] ?? 0; // only work planned in JIRA gets here unestimated
      if (sum[d] > remaining[d] + EPSILON) {
        fits = false;
        break;
      }
      for (let e = bOff[v]; e < bOff[v + 1]; e++) {
        const b = bAdj[e];
        if (mark[b] === k) continue;
        // Work planned in JIRA goes in anyway, in its own turn: what it blocks follows it there.
        if (status[b] === UNDECIDED && stays(b)) continue;
        mark[b] = k;
        if (status[b] === QUEUED) continue;
        if (status[b] === LEFT_OUT) {
          fits = false;
          break;
        }
        closure.push(b);
      }
    }
    if (!fits && stays(c)) {
      // Planned in JIRA and it does not fit (with its blockers): it goes in alone, over capacity if
      // need be; its blockers are backlog that still has to fit in its own turn.
      status[c] = QUEUED;
      queued[queuedCount++] = c;
      itemReason[c] = reasonOf(c, c);
      remaining[disciplineOf[c]] -= points[c] ?? 0;
      continue;
    }
    if (!fits) {
      status[c] = LEFT_OUT;
      leftOutReason[c] = 'CAPACITY';
      continue;
    }
    for (const d of touched) remaining[d] -= sum[d];
    if (closure.length === 1) {
      status[c] = QUEUED;
      queued[queuedCount++] = c;
      itemReason[c] = reasonOf(c, c);
      continue;
    }
    // Blockers before what they block, ties in board order (Kahn's algorithm on the closure, whose
    // members are the undecided nodes this walk marked). Only work planned in JIRA that blocks
    // itself is in a cycle here (the rest of a cycle was left out): it does not wait for itself.
    for (const v of closure) {
      let degree = 0;
      for (let e = bOff[v]; e < bOff[v + 1]; e++) if (mark[bAdj[e]] === k && status[bAdj[e]] === UNDECIDED && component[bAdj[e]] !== component[v]) degree++;
      inDegree[v] = degree;
      if (degree === 0) closureHeap.push(v);
    }
    while (closureHeap.size > 0) {
      const v = closureHeap.pop();
      status[v] = QUEUED;
      queued[queuedCount++] = v;
      itemReason[v] = reasonOf(v, c);
      for (let e = dOff[v]; e < dOff[v + 1]; e++) {
        const w = dAdj[e];
        if (mark[w] === k && status[w] === UNDECIDED && component[w] !== component[v] && --inDegree[w] === 0) closureHeap.push(w);
      }
    }
  }

  // Rule 5, the positions: the fill's order with the pins merged in at their positions. An
  // unpinned item also waits for its queued blockers, which matters when one of them is a pin
  // placed further down (it then follows the pin instead of preceding its own blocker) or backlog
  // queued after work planned in JIRA that it blocks, or work planned in JIRA queued after what it
  // blocks. A pin is placed early only when everything left is waiting for pins. Items of one cycle
  // (only work planned in JIRA is queued in one) do not wait for each other: they keep the fill's
  // order.
  const pins = Array.from(order)
    .filter((i) => pinned(i))
    .sort((a, b) => pinnedAt[a] - pinnedAt[b] || byBoard(a, b));
  const total = queuedCount + pins.length;
  const fillIndex = new Int32Array(n);
  for (let q = 0; q < queuedCount; q++) fillIndex[queued[q]] = q;
  const waitsFor = (u: number, b: number) => status[b] === QUEUED && component[b] !== component[u];
  const waiting = new Int32Array(n);
  const ready = new NodeHeap(fillIndex);
  for (let q = 0; q < queuedCount; q++) {
    const u = queued[q];
    let w = 0;
    for (let e = bOff[u]; e < bOff[u + 1]; e++) if (waitsFor(u, bAdj[e])) w++;
    waiting[u] = w;
    if (w === 0) ready.push(u);
  }
  const positionOf = new Int32Array(n);
  const items: PlanItem[] = [];
  let nextPin = 0;
  for (let position = 1; position <= total; position++) {
    let v: number;
    if (nextPin < pins.length && (pinnedAt[pins[nextPin]] <= position || ready.size === 0)) v = pins[nextPin++];
    else if (ready.size > 0) v = ready.pop();
    else throw new Error('planQueue: queued items wait on each other (a bug)');
    positionOf[v] = position;
    const c = candidates[v];
    items.push({ position, issueId: c.issueId, key: c.key, discipline: c.discipline, points: points[v], reason: itemReason[v] });
    for (let e = dOff[v]; e < dOff[v + 1]; e++) {
      const w = dAdj[e];
      if (status[w] === QUEUED && !pinned(w) && waitsFor(w, v) && --waiting[w] === 0) ready.push(w);
    }
  }

  const leftOut: LeftOut[] = [];
  for (const i of order) if (status[i] === LEFT_OUT) leftOut.push({ issueId: candidates[i].issueId, key: candidates[i].key, reason: leftOutReason[i] });

  // Rule 6, the conflicts: by kind in the contract's order, each kind in a fixed order.
  const conflicts: Conflict[] = [];
  const ids = (list: number[]) => [...list].sort(byBoard).map((i) => candidates[i].issueId);
  const keys = (list: number[]) => {
    const shown = list.slice(0, MAX_KEYS_IN_MESSAGE).map((i) => candidates[i].key);
    return list.length > shown.length ? `${shown.join(', ')} and ${list.length - shown.length} more` : shown.join(', ');
  };

  const planned = new Float64Array(D);
  const hasItems = new Uint8Array(D);
  for (const item of items) {
    const d = disciplineOf[indexOf.get(item.issueId)!];
    planned[d] += item.points ?? 0;
    hasItems[d] = 1;
  }
  // Over capacity: only pins, carry-over and work planned in JIRA go in without fitting; the message
  // names them and says by how much, the carry-over's (else the JIRA sprint's) own points first when
  // they alone are over.
  for (const d of disciplinesByName) {
    if (!(planned[d] > capacity[d] + EPSILON)) continue;
    const pinnedHere = pins.filter((i) => disciplineOf[i] === d).sort(byBoard);
    const staysHere = Array.from(order).filter((i) => status[i] === QUEUED && stays(i) && !pinned(i) && disciplineOf[i] === d);
    const carriedHere = staysHere.filter((i) => candidates[i].carryOver);
    const jiraHere = staysHere.filter((i) => !candidates[i].carryOver);
    const carried = sumSorted(carriedHere.map((i) => points[i] ?? 0));
    const jiraPoints = sumSorted(jiraHere.map((i) => points[i] ?? 0));
    const name = disciplineNames[d];
    const over = (what: string, p: number) => {
      const alone = `${name}: ${what} ${pts(p)}, capacity ${pts(capacity[d])} — ${num(p - capacity[d])} over`;
      return planned[d] > p + EPSILON ? `${alone}; ${pts(planned[d])} queued in all, ${num(planned[d] - capacity[d])} over` : alone;
    };
    const carriedOver = carried > capacity[d] + EPSILON;
    const jiraOver = jiraPoints > capacity[d] + EPSILON;
    const head = carriedOver
      ? over('carried over', carried)
      : jiraOver
        ? over('planned in JIRA', jiraPoints)
        : `${name}: ${pts(planned[d])} queued, capacity ${pts(capacity[d])} — ${num(planned[d] - capacity[d])} over`;
    // What took the room, so a lead sees why: the carry-over went first, JIRA's sprint stays.
    const named = [
      ...(carriedHere.length ? [`${carriedOver ? 'carried over' : `carried over ${pts(carried)}`}: ${keys(carriedHere)}`] : []),
      ...(jiraHere.length ? [`${jiraOver ? 'planned in JIRA' : `planned in JIRA ${pts(jiraPoints)}`}: ${keys(jiraHere)}`] : []),
      ...(pinnedHere.length ? [`pinned: ${keys(pinnedHere)}`] : []),
    ];
    conflicts.push({ kind: 'OVER_CAPACITY', message: named.length ? `${head} (${named.join('; ')})` : head, issueIds: ids([...staysHere, ...pinnedHere]) });
  }

  // One pass in board order collects what the next four kinds list (their lists come out in board order).
  const unestimated: number[] = [];
  const withoutCapacity: number[][] = Array.from({ length: D }, () => []);
  const blockedOutside: number[] = [];
  const cycles = new Map<number, number[]>(); // by component (a self-blocker is one on its own)
  for (const i of order) {
    if (points[i] === null) unestimated.push(i);
    if (!hasCapacity(disciplineOf[i])) withoutCapacity[disciplineOf[i]].push(i);
    if (candidates[i].blockedByOutside.length > 0) blockedOutside.push(i);
    if (inCycle(i)) {
      const list = cycles.get(components.component[i]);
      if (list) list.push(i);
      else cycles.set(components.component[i], [i]);
    }
  }
  if (unestimated.length > 0) {
    conflicts.push({
      kind: 'UNESTIMATED',
      message: `${plural(unestimated.length, 'issue has', 'issues have')} no estimate: ${keys(unestimated)}`,
      issueIds: ids(unestimated),
    });
  }
  for (const d of disciplinesByName) {
    const list = withoutCapacity[d];
    if (list.length === 0) continue;
    const given = capacityEntries.has(d) ? `capacity ${num(capacity[d])}` : 'no capacity';
    conflicts.push({
      kind: 'NO_CAPACITY',
      message: `${disciplineNames[d]}: ${given} for ${plural(list.length, 'candidate')} (${keys(list)})`,
      issueIds: ids(list),
    });
  }
  for (const i of blockedOutside) {
    const blockerKeys = [...new Set(candidates[i].blockedByOutside)].sort(compareNatural);
    conflicts.push({
      kind: 'BLOCKED_OUTSIDE_QUEUE',
      message: `${candidates[i].key} is blocked by ${blockerKeys.join(', ')}, not a candidate for this sprint`,
      issueIds: [candidates[i].issueId],
    });
  }
  // Carry-over and work planned in JIRA are queued even when a blocker of theirs is left out: say so
  // (pins have PINNED_BEFORE_BLOCKER's wording; the rest are never queued without their blockers).
  for (const i of order) {
    if (status[i] !== QUEUED || pinned(i) || !stays(i)) continue;
    const missing = Array.from(neighbours(blockers, i)).filter((b) => b !== i && status[b] !== QUEUED);
    if (missing.length === 0) continue;
    missing.sort(byBoard);
    const why = candidates[i].carryOver ? 'carried over' : 'planned in JIRA';
    conflicts.push({
      kind: 'BLOCKED_OUTSIDE_QUEUE',
      message: `${candidates[i].key} (${why}) is blocked by ${keys(missing)}, which ${missing.length === 1 ? 'is' : 'are'} not in the queue`,
      issueIds: ids([i, ...missing]),
    });
  }
  // A Map iterates in insertion order: here, the board order of each cycle's first member.
  for (const list of cycles.values()) {
    const message = list.length === 1 ? `${candidates[list[0]].key} is blocked by itself` : `Dependency cycle: ${keys(list)} block each other`;
    conflicts.push({ kind: 'DEPENDENCY_CYCLE', message, issueIds: ids(list) });
  }

  const memberEntries = new Map<string, number[]>();
  const memberNames = new Map<string, string>();
  for (const { userId, points: p, name } of input.members) {
    if (name && !memberNames.has(userId)) memberNames.set(userId, name);
    if (!Number.isFinite(p)) continue;
    const list = memberEntries.get(userId);
    if (list) list.push(p);
    else memberEntries.set(userId, [p]);
  }
  const byAssignee = new Map<string, { points: number; items: number[] }>();
  for (const item of items) {
    const i = indexOf.get(item.issueId)!;
    const assignee = candidates[i].assigneeId;
    if (assignee === null || !memberEntries.has(assignee)) continue;
    const entry = byAssignee.get(assignee) ?? { points: 0, items: [] };
    entry.points += points[i] ?? 0;
    entry.items.push(i);
    byAssignee.set(assignee, entry);
  }
  for (const assignee of [...byAssignee.keys()].sort(byPlain)) {
    const { points: load, items: list } = byAssignee.get(assignee)!;
    const personal = sumSorted(memberEntries.get(assignee)!);
    if (!(load > personal + EPSILON)) continue;
    list.sort(byBoard);
    conflicts.push({
      kind: 'ASSIGNEE_OVER_CAPACITY',
      // People by name, never by id: a lead reads this.
      message: `${memberNames.get(assignee) ?? 'A team member'}: ${pts(load)} assigned in the queue, personal capacity ${pts(personal)} (${keys(list)})`,
      issueIds: ids(list),
    });
  }

  for (const p of order) {
    if (!pinned(p)) continue;
    const later = Array.from(neighbours(blockers, p)).filter((b) => b !== p && status[b] === QUEUED && positionOf[b] > positionOf[p]);
    if (later.length === 0) continue;
    later.sort(byBoard);
    const named = later.map((b) => `${candidates[b].key} (position ${positionOf[b]})`).join(', ');
    conflicts.push({
      kind: 'PINNED_BEFORE_BLOCKER',
      message: `${candidates[p].key} is pinned at position ${positionOf[p]}, before its ${later.length === 1 ? 'blocker' : 'blockers'} ${named}`,
      issueIds: ids([p, ...later]),
    });
  }

  // Rule 7: every discipline with capacity or with queued items, by name.
  const utilisation: Utilisation[] = [];
  for (const d of disciplinesByName) {
    if (!capacityEntries.has(d) && !hasItems[d]) continue;
    utilisation.push({ discipline: disciplineNames[d], capacityPoints: round2(capacity[d]), plannedPoints: round2(planned[d]) });
  }

  return { items, leftOut, conflicts, utilisation };
}
