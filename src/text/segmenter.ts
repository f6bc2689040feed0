import * as segmentitModule from 'segmentit';
import { WordTable } from './word-table.js';

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
 * The shared segmentit instance, built on first use. Its word tables are views over a
 * {@link WordTable} instead of the 150,000 objects `Segment#loadDict` builds (same words, same
 * frequencies; a test checks the tokens are identical).
 */
export function segmenter(): SegmentInstance {
  if (!instance) {
    const s = new seg.Segment();
    s.use(seg.modules);
    const { TABLE, TABLE2 } = new WordTable(seg.dicts).views();
    s.DICT.TABLE = TABLE;
    s.DICT.TABLE2 = TABLE2;
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
