/** A candidate pair for the assignment: row (upper item), column (lower item), weight to maximise. */
export interface WeightedEdge {
  row: number;
  col: number;
  weight: number;
}

/** Binary min-heap of [key, value] pairs; ties broken by value for determinism. */
class Heap {
  private keys: number[] = [];
  private vals: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, val: number): void {
    this.keys.push(key);
    this.vals.push(val);
    let i = this.keys.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.keys[0]!, this.vals[0]!];
    const lastK = this.keys.pop()!;
    const lastV = this.vals.pop()!;
    if (this.keys.length) {
      this.keys[0] = lastK;
      this.vals[0] = lastV;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.less(l, m)) m = l;
        if (r < this.keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private less(a: number, b: number): boolean {
    return this.keys[a]! < this.keys[b]! || (this.keys[a] === this.keys[b] && this.vals[a]! < this.vals[b]!);
  }
  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
    [this.vals[a], this.vals[b]] = [this.vals[b]!, this.vals[a]!];
  }
}

/**
 * Maximum-weight bipartite matching over a sparse set of candidate edges (rows and columns may
 * stay unmatched). A shortest-augmenting-path Hungarian algorithm with dual potentials, run row by
 * row with Dijkstra over candidate edges only, so that large plans never build a dense matrix:
 * cost O(rows · E log E) in the worst case and close to O(E log E) when candidates rarely compete.
 * Every row has a private "unmatched" column of weight 0. The optimum is global (not greedy).
 * @returns for each row, the matched column or -1
 */
export function maxWeightMatching(rows: number, cols: number, edges: WeightedEdge[]): number[] {
  const adj: { col: number; cost: number }[][] = Array.from({ length: rows }, () => []);
  for (const e of edges) if (e.weight > 0) adj[e.row]!.push({ col: e.col, cost: -e.weight });
  // private dummy column per row: cols + row, cost 0
  for (let r = 0; r < rows; r++) {
    adj[r]!.sort((a, b) => a.col - b.col);
    adj[r]!.push({ col: cols + r, cost: 0 });
  }
  const total = cols + rows;
  const u = new Float64Array(rows);
  const v = new Float64Array(total);
  const owner = new Int32Array(total).fill(-1); // row matched to each column
  for (let r = 0; r < rows; r++) u[r] = Math.min(0, ...adj[r]!.map((e) => e.cost));

  const dist = new Float64Array(total).fill(Infinity);
  const way = new Int32Array(total).fill(-2); // previous column on the path; -1 = reached from the start row
  const done = new Uint8Array(total);
  const touched: number[] = [];

  for (let r = 0; r < rows; r++) {
    const heap = new Heap();
    const relax = (row: number, base: number, from: number): void => {
      for (const e of adj[row]!) {
        if (done[e.col]) continue;
        const d = base + e.cost - u[row]! - v[e.col]!;
        if (d < dist[e.col]!) {
          if (dist[e.col] === Infinity) touched.push(e.col);
          dist[e.col] = d;
          way[e.col] = from;
          heap.push(d, e.col);
        }
      }
    };
    relax(r, 0, -1);
    const finished: number[] = [];
    let free = -1;
    let delta = 0;
    while (heap.size) {
      const [d, j] = heap.pop();
      if (done[j] || d > dist[j]!) continue;
      done[j] = 1;
      finished.push(j);
      if (owner[j] === -1) {
        free = j;
        delta = d;
        break;
      }
      relax(owner[j]!, d, j);
    }
    if (free < 0) throw new Error('assignment: no augmenting path (unreachable: every row has a dummy column)');
    // update potentials so that reduced costs stay non-negative and path edges become tight
    u[r]! += delta;
    for (const j of finished) {
      if (j === free) continue;
      const slack = delta - dist[j]!;
      v[j]! -= slack;
      u[owner[j]!]! += slack;
    }
    // augment along the path
    let j = free;
    while (j !== -1) {
      const prev = way[j]!;
      owner[j] = prev === -1 ? r : owner[prev]!;
      j = prev;
    }
    for (const c of touched) {
      dist[c] = Infinity;
      way[c] = -2;
      done[c] = 0;
    }
    touched.length = 0;
  }
  const match = new Array<number>(rows).fill(-1);
  for (let c = 0; c < cols; c++) if (owner[c]! >= 0) match[owner[c]!] = c;
  return match;
}
