import { distance } from 'fastest-levenshtein';
import { charNgrams, containment, dot, tfidf, Vocabulary, type SparseVector } from '../text/vectors.js';
import type { ScoreComponents } from '../model/comparison.js';
import type { ItemFeatures, PreparedPlan } from './prepare.js';
import { synonymKey } from './paraphrase.js';
import { GenreVocabulary, type Genre } from './genre.js';

export type { ScoreComponents };

/** Weights of the combined score. The text weights are relative to each other (renormalised when the heading is missing); structure and order are shares of the total. */
export interface ScoreWeights {
  words: number;
  chars: number;
  containment: number;
  heading: number;
  /** Share of the score given to the items sitting under aligned sections. */
  structure: number;
  /** Share of the score given to similar relative positions (a weak prior: moved items are still found). */
  order: number;
}

/** Default weights of the score components (see {@link ScoreWeights}). */
export const DEFAULT_WEIGHTS: ScoreWeights = { words: 0.3, chars: 0.3, containment: 0.25, heading: 0.2, structure: 0.06, order: 0.04 };

/**
 * Per-pair vectors and scores for one comparison. IDF is fitted on the items of both plans (plus
 * an optional corpus); with a {@link Genre}, each feature's IDF is further scaled down by in how
 * many years plans of the kind use it.
 */
export class PairScorer {
  readonly words: Vocabulary;
  readonly chars: Vocabulary;
  /** Heading bigrams, their document frequency counted over the headings of both plans. */
  readonly headingGrams: Vocabulary;
  readonly upperVec: { words: SparseVector; chars: SparseVector }[];
  readonly lowerVec: { words: SparseVector; chars: SparseVector }[];

  constructor(
    readonly upper: PreparedPlan,
    readonly lower: PreparedPlan,
    readonly weights: ScoreWeights = DEFAULT_WEIGHTS,
    corpus: string[][] = [],
    genre?: Genre,
  ) {
    const vocabulary = (counts: ReadonlyMap<string, number> | undefined) => (genre && counts ? new GenreVocabulary(counts, genre.years) : new Vocabulary());
    this.words = vocabulary(genre?.words);
    this.chars = vocabulary(genre?.grams);
    this.headingGrams = vocabulary(genre?.headingGrams);
    const bigrams = (f: ItemFeatures): string[] => charNgrams(f.compact, 2);
    // policy-verb synonyms count as one word (强化 = 加强, 推动 = 推进): a paraphrase is not a new requirement
    const wordsOf = new Map<ItemFeatures, string[]>();
    for (const f of [...upper.items, ...lower.items]) wordsOf.set(f, f.words.map(synonymKey));
    for (const f of [...upper.items, ...lower.items]) {
      this.words.addDocument(wordsOf.get(f)!);
      this.chars.addDocument(bigrams(f));
    }
    for (const doc of corpus) this.words.addDocument(doc);
    for (const f of [...upper.items, ...lower.items]) if (f.headingCompact) this.headingGrams.addDocument(charNgrams(f.headingCompact, 2));
    const vec = (f: ItemFeatures) => ({ words: tfidf(wordsOf.get(f)!, this.words), chars: tfidf(bigrams(f), this.chars) });
    this.upperVec = upper.items.map(vec);
    this.lowerVec = lower.items.map(vec);
  }

  /** Text components of a pair (structure is filled in later, once sections are aligned). */
  components(u: number, l: number): ScoreComponents {
    const fu = this.upper.items[u]!;
    const fl = this.lower.items[l]!;
    const vu = this.upperVec[u]!;
    const vl = this.lowerVec[l]!;
    const shorterIsLower = fl.compact.length <= fu.compact.length;
    const cont = shorterIsLower ? containment(vl.chars, vu.chars, this.chars) : containment(vu.chars, vl.chars, this.chars);
    return {
      words: dot(vu.words, vl.words),
      chars: dot(vu.chars, vl.chars),
      containment: cont,
      heading: this.headingScore(fu.headingCompact, fl.headingCompact),
      structure: null,
      order: 1 - Math.abs(fu.position - fl.position),
    };
  }

  /**
   * Similarity of two headings with the genre's common wording discounted: the Levenshtein
   * similarity scaled by how much of the shared material is specific. Every heading of a work
   * plan says 加强…信息公开 or 做好…工作; two headings that share only that (做好10件民生实事信息公开 /
   * 做好区级重点民生项目信息公开 share 做好, 民生, 信息公开) must not link their items. The
   * weight of a bigram is its IDF over the headings of both plans (from the pair when alone).
   */
  headingScore(a: string, b: string): number | null {
    const lev = headingSimilarity(a, b);
    if (lev === null) return lev;
    const ga = new Set(charNgrams(a, 2));
    const gb = new Set(charNgrams(b, 2));
    const v = this.headingGrams;
    let shared = 0;
    let all = 0;
    for (const g of ga) {
      const w = v.idf(v.id(g));
      all += w;
      if (gb.has(g)) shared += w;
    }
    for (const g of gb) {
      const w = v.idf(v.id(g));
      all += w;
      if (ga.has(g)) shared += w;
    }
    const dice = all ? (2 * shared) / all : 0;
    return Math.min(lev, dice);
  }

  /**
   * Combined score in [0, 1]: the text components' weighted mean (renormalised when there is no
   * heading to compare), blended with the structure and order priors by their weights.
   */
  combine(c: ScoreComponents): number {
    const w = this.weights;
    const text = w.words * c.words + w.chars * c.chars + w.containment * c.containment + (c.heading === null ? 0 : w.heading * c.heading);
    const textWeight = w.words + w.chars + w.containment + (c.heading === null ? 0 : w.heading);
    const base = textWeight ? text / textWeight : 0;
    return (1 - w.structure - w.order) * base + w.structure * (c.structure ?? 0.5) + w.order * c.order;
  }
}

/** 1 − Levenshtein distance / longer length; null when either heading is empty. */
export function headingSimilarity(a: string, b: string): number | null {
  if (!a || !b) return null;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}
