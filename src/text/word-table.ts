/** The number written in d[from, to): digits read directly (the common case), Number() otherwise. */
function numberAt(d: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = d.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number(d.slice(from, to));
    n = n * 10 + c;
  }
  return n;
}

/**
 * segmentit's word dictionary as a compact hash index over the dictionary text itself.
 *
 * segmentit turns its 2.5 MB dictionary into 150,000 objects on every start, which costs a
 * command-line run more time than the whole comparison. This index records, per word, only its
 * position in the dictionary text and its frequency and part-of-speech, in typed arrays: built in
 * one pass without creating a string per word, looked up by hashing the candidate substring.
 */
export class WordTable {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  /** Slot → entry number + 1 (0 = empty). */
  private readonly slots: Int32Array;
  private readonly source: Uint8Array;
  private readonly start: Int32Array;
  private readonly length: Uint8Array;
  private readonly freq: Float64Array;
  private readonly pos: Float64Array;
  private count = 0;
  /** Word lengths present in the dictionary. */
  readonly lengths = new Set<number>();

  constructor(private readonly dicts: readonly string[]) {
    let lines = 0;
    for (const d of dicts) for (let i = d.indexOf('\n'); i >= 0; i = d.indexOf('\n', i + 1)) lines++;
    const capacity = lines + dicts.length;
    let size = 1;
    while (size < capacity * 3) size <<= 1;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.source = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.length = new Uint8Array(capacity);
    this.freq = new Float64Array(capacity);
    this.pos = new Float64Array(capacity);
    dicts.forEach((d, k) => this.load(d, k));
  }

  private load(d: string, k: number): void {
    const n = d.length;
    let i = 0;
    while (i < n) {
      let j = d.indexOf('\n', i);
      if (j < 0) j = n;
      const a = d.indexOf('|', i);
      const b = a >= 0 && a < j ? d.indexOf('|', a + 1) : -1;
      if (b >= 0 && b < j) {
        // the word, trimmed as segmentit trims it
        let s = i;
        let e = a;
        while (s < e && d.charCodeAt(s) <= 32) s++;
        while (e > s && d.charCodeAt(e - 1) <= 32) e--;
        if (e > s && e - s < 256) {
          const end = d.charCodeAt(j - 1) === 13 ? j - 1 : j;
          const c = d.indexOf('|', b + 1);
          this.insert(k, s, e - s, numberAt(d, b + 1, c >= 0 && c < end ? c : end), numberAt(d, a + 1, b));
        }
      }
      i = j + 1;
    }
  }

  private hashOf(text: string, from: number, len: number): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < len; i++) h = Math.imul(h ^ text.charCodeAt(from + i), 0x01000193);
    return h | 1; // never 0
  }

  private same(entry: number, text: string, from: number, len: number): boolean {
    if (this.length[entry] !== len) return false;
    const d = this.dicts[this.source[entry]!]!;
    const s = this.start[entry]!;
    for (let i = 0; i < len; i++) if (d.charCodeAt(s + i) !== text.charCodeAt(from + i)) return false;
    return true;
  }

  private insert(k: number, s: number, len: number, f: number, p: number): void {
    const d = this.dicts[k]!;
    const h = this.hashOf(d, s, len);
    let slot = h & this.mask;
    while (this.slots[slot] !== 0) {
      const entry = this.slots[slot]! - 1;
      if (this.hashes[slot] === h && this.same(entry, d, s, len)) {
        // a later dictionary overrides an earlier one, as in segmentit
        this.freq[entry] = f;
        this.pos[entry] = p;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    const entry = this.count++;
    this.source[entry] = k;
    this.start[entry] = s;
    this.length[entry] = len;
    this.freq[entry] = f;
    this.pos[entry] = p;
    this.hashes[slot] = h;
    this.slots[slot] = entry + 1;
    this.lengths.add(len);
  }

  /** Entry number of a word, or -1. */
  find(word: string): number {
    const len = word.length;
    if (len === 0 || len > 255) return -1;
    const h = this.hashOf(word, 0, len);
    let slot = h & this.mask;
    while (this.slots[slot] !== 0) {
      const entry = this.slots[slot]! - 1;
      if (this.hashes[slot] === h && this.same(entry, word, 0, len)) return entry;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /** The `{ f, p }` record segmentit keeps for a word, or undefined. */
  get(word: string): { f: number; p: number } | undefined {
    const e = this.find(word);
    return e < 0 ? undefined : { f: this.freq[e]!, p: this.pos[e]! };
  }

  /** Number of distinct words. */
  get size(): number {
    return this.count;
  }

  /**
   * The two views segmentit's tokenizers read: `TABLE` (word → record) and `TABLE2`
   * (length → word → record), as read-only proxies over this index.
   */
  views(): { TABLE: Record<string, { f: number; p: number }>; TABLE2: Record<number, Record<string, { f: number; p: number }>> } {
    const byWord = (len?: number): ProxyHandler<object> => ({
      get: (_, key) => (typeof key === 'string' && (len === undefined || key.length === len) ? this.get(key) : undefined),
      has: (_, key) => typeof key === 'string' && (len === undefined || key.length === len) && this.find(key) >= 0,
    });
    const TABLE2: Record<number, Record<string, { f: number; p: number }>> = {};
    for (const len of [...this.lengths].sort((a, b) => a - b)) TABLE2[len] = new Proxy({}, byWord(len)) as Record<string, { f: number; p: number }>;
    return { TABLE: new Proxy({}, byWord()) as Record<string, { f: number; p: number }>, TABLE2 };
  }
}
