/** The blocker graph of the queue planner: compact adjacency, strongly connected components, a small heap. */

/** Adjacency in compressed rows: node v's neighbours are `adj[off[v]] … adj[off[v + 1] - 1]`. */
export interface Csr {
  off: Int32Array;
  adj: Int32Array;
}

export const neighbours = (g: Csr, v: number) => g.adj.subarray(g.off[v], g.off[v + 1]);

/**
 * Node i's blockers among the candidates (ids resolved through `indexOf`; unknown ids and repeats
 * dropped), and which nodes name themselves as a blocker.
 */
export function blockerGraph(blockedBy: readonly (readonly string[])[], indexOf: ReadonlyMap<string, number>): { blockers: Csr; selfLoop: Uint8Array } {
  const n = blockedBy.length;
  const off = new Int32Array(n + 1);
  const list: number[] = [];
  const seen = new Int32Array(n).fill(-1);
  const selfLoop = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    for (const id of blockedBy[v]) {
      const w = indexOf.get(id);
      if (w === undefined || seen[w] === v) continue;
      seen[w] = v;
      if (w === v) selfLoop[v] = 1;
      list.push(w);
    }
    off[v + 1] = list.length;
  }
  return { blockers: { off, adj: Int32Array.from(list) }, selfLoop };
}

/** The same edges reversed (here: each node's dependents). */
export function reverse(g: Csr): Csr {
  const n = g.off.length - 1;
  const off = new Int32Array(n + 1);
  for (let e = 0; e < g.adj.length; e++) off[g.adj[e] + 1]++;
  for (let v = 0; v < n; v++) off[v + 1] += off[v];
  const fill = off.slice(0, n);
  const adj = new Int32Array(g.adj.length);
  for (let v = 0; v < n; v++) for (let e = g.off[v]; e < g.off[v + 1]; e++) adj[fill[g.adj[e]]++] = v;
  return { off, adj };
}

export interface Components {
  /** Each node's component id; ids are in emission order: a component's successors come first. */
  component: Int32Array;
  /** Each component's size. */
  size: Int32Array;
  /** The nodes in emission order (the members of a component together). */
  emitted: Int32Array;
}

/**
 * Tarjan's strongly connected components without recursion (a 10,000-long blocker chain would
 * overflow the call stack). With edges pointing at blockers, a node's blockers are emitted before it.
 */
export function stronglyConnected(g: Csr): Components {
  const n = g.off.length - 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const component = new Int32Array(n);
  const sizes: number[] = [];
  const emitted = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let out = 0;
  // No helper closures in here: called per node, they would cost more than the search itself.
  for (let s = 0; s < n; s++) {
    if (index[s] !== -1) continue;
    index[s] = low[s] = counter++;
    stack[sp++] = s;
    onStack[s] = 1;
    callNode[0] = s;
    callEdge[0] = g.off[s];
    let depth = 1;
    while (depth > 0) {
      const v = callNode[depth - 1];
      const e = callEdge[depth - 1];
      if (e < g.off[v + 1]) {
        callEdge[depth - 1] = e + 1;
        const w = g.adj[e];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          callNode[depth] = w;
          callEdge[depth++] = g.off[w];
        } else if (onStack[w] && index[w] < low[v]) low[v] = index[w];
        continue;
      }
      depth--;
      if (low[v] === index[v]) {
        const id = sizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          component[w] = id;
          emitted[out++] = w;
          size++;
        } while (w !== v);
        sizes.push(size);
      }
      if (depth > 0) {
        const u = callNode[depth - 1];
        if (low[v] < low[u]) low[u] = low[v];
      }
    }
  }
  return { component, size: Int32Array.from(sizes), emitted };
}

/** A binary min-heap of node ids, ordered by `key[node]` (keys distinct). */
export class NodeHeap {
  private readonly items: number[] = [];
  constructor(private readonly key: ArrayLike<number>) {}

  get size(): number {
    return this.items.length;
  }

  push(node: number): void {
    const { items, key } = this;
    let i = items.length;
    items.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (key[items[parent]] <= key[node]) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = node;
  }

  pop(): number {
    const { items, key } = this;
    const top = items[0];
    const last = items.pop()!;
    const n = items.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && key[items[child + 1]] < key[items[child]]) child++;
        if (key[items[child]] >= key[last]) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}
