import { dictionary } from './dictionary.js';
import { segmentWords } from './segment.js';

/** A tokenizer splits text into words. Pass your own (e.g. `@node-rs/jieba`'s `cut`) in the options. */
export type Tokenizer = (text: string) => string[];

const CLAUSE = /[^，。；！？、：,.;!?:\s]+|[，。；！？、：,.;!?:]/g;
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

/**
 * The default tokenizer: segmentit's segmentation over the compact dictionary (loaded on the first
 * call, never by the parse stage), run clause by clause — plans repeat clauses, so clauses are
 * cached. In a browser, hand the dictionary in first with `loadDictionary` or `useDictionary`.
 * @example segmentitTokenizer('加强疫情防控信息公开。') // ['加强', '疫情', '防', '控', '信息', '公开', '。']
 */
export const segmentitTokenizer: Tokenizer = (text: string): string[] => {
  const out: string[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const clause = m[0];
    let words = cache.get(clause);
    if (!words) {
      words = clause.length === 1 ? [clause] : segmentWords(dictionary(), clause);
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
 * @example charTokenizer('公开2022年') // ['公', '开', '2022', '年']
 */
export const charTokenizer: Tokenizer = (text: string): string[] => text.match(/[A-Za-z]+|\d+|[^\sA-Za-z\d]/g) ?? [];
