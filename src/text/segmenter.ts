import * as segmentitModule from 'segmentit';

/** A tokenizer splits text into words. Pass your own (e.g. `@node-rs/jieba`'s `cut`) in the options. */
export type Tokenizer = (text: string) => string[];

interface SegmentInstance {
  DICT: Record<string, Record<string, unknown>>;
  use(modules: unknown): SegmentInstance;
  loadDict(dicts: unknown): SegmentInstance;
  doSegment(text: string, options: { simple: true }): string[];
}
interface SegmentitExports {
  Segment: new () => SegmentInstance;
  modules: unknown;
  dicts: string[];
}

// segmentit is CommonJS in Node and ESM in bundlers; take its exports from whichever shape arrives
const seg = ((segmentitModule as unknown as { default?: SegmentitExports }).default ?? segmentitModule) as unknown as SegmentitExports;

let instance: SegmentInstance | null = null;

/**
 * Fills segmentit's word tables straight from its dictionary text. Same result as
 * `Segment#loadDict`, which splits the 2.5 MB dictionary into arrays first; this matters for the
 * start-up time of every CLI run.
 */
function fastLoadDicts(target: SegmentInstance, dicts: string[]): void {
  const table = (target.DICT.TABLE ??= {}) as Record<string, { f: number; p: number }>;
  const byLength = (target.DICT.TABLE2 ??= {}) as Record<number, Record<string, { f: number; p: number }>>;
  for (const dict of dicts) {
    const n = dict.length;
    let i = 0;
    while (i < n) {
      let j = dict.indexOf('\n', i);
      if (j < 0) j = n;
      const a = dict.indexOf('|', i);
      if (a >= 0 && a < j) {
        const b = dict.indexOf('|', a + 1);
        if (b >= 0 && b < j) {
          const w = dict.slice(i, a).trim();
          if (w.length > 0) {
            const end = dict.charCodeAt(j - 1) === 13 ? j - 1 : j;
            const c = dict.indexOf('|', b + 1);
            const entry = { f: Number(dict.slice(b + 1, c >= 0 && c < end ? c : end)), p: Number(dict.slice(a + 1, b)) };
            table[w] = entry;
            (byLength[w.length] ??= {})[w] = entry;
          }
        }
      }
      i = j + 1;
    }
  }
}

/** The shared segmentit instance, built on first use (its dictionary takes ~0.2 s to load). */
export function segmenter(): SegmentInstance {
  if (!instance) {
    const s = new seg.Segment();
    s.use(seg.modules);
    fastLoadDicts(s, seg.dicts);
    instance = s;
  }
  return instance;
}

/** Builds a segmentit instance the slow, documented way; tests use it to check {@link segmenter}. */
export function referenceSegmenter(): SegmentInstance {
  const s = new seg.Segment();
  s.use(seg.modules);
  s.loadDict(seg.dicts);
  return s;
}

const CLAUSE = /[^，。；！？、：,.;!?:\s]+|[，。；！？、：,.;!?:]/g;
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

/**
 * The default tokenizer: segmentit, run clause by clause (segmentit slows down on long strings,
 * and plans repeat clauses, so clauses are cached).
 */
export const segmentitTokenizer: Tokenizer = (text: string): string[] => {
  const out: string[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const clause = m[0];
    let words = cache.get(clause);
    if (!words) {
      words = clause.length === 1 ? [clause] : segmenter().doSegment(clause, { simple: true });
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(clause, words);
    }
    for (const w of words) out.push(w);
  }
  return out;
};

/**
 * A tokenizer without a dictionary: Chinese text as single characters, Latin words and numbers
 * whole. Much faster to start than segmentit; weaker on rewritten requirements.
 */
export const charTokenizer: Tokenizer = (text: string): string[] => text.match(/[A-Za-z]+|\d+|[^\sA-Za-z\d]/g) ?? [];
