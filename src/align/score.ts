import { distance } from 'fastest-levenshtein';
import { charNgrams, containment, dot, tfidf, Vocabulary, type SparseVector } from '../text/vectors.js';
import type { ScoreComponents } from '../model/comparison.js';
import type { ItemFeatures, PreparedPlan } from './prepare.js';

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

/** Per-pair vectors and scores for one comparison. IDF is fitted on the items of both plans (plus an optional corpus). */
export class PairScorer {
  readonly words = new Vocabulary();
  readonly chars = new Vocabulary();
  readonly upperVec: { words: SparseVector; chars: SparseVector }[];
  readonly lowerVec: { words: SparseVector; chars: SparseVector }[];

  constructor(
    readonly upper: PreparedPlan,
    readonly lower: PreparedPlan,
    readonly weights: ScoreWeights = DEFAULT_WEIGHTS,
    corpus: string[][] = [],
  ) {
    const bigrams = (f: ItemFeatures): string[] => charNgrams(f.compact, 2);
    for (const f of [...upper.items, ...lower.items]) {
      this.words.addDocument(f.words);
      this.chars.addDocument(bigrams(f));
    }
    for (const doc of corpus) this.words.addDocument(doc);
    const vec = (f: ItemFeatures) => ({ words: tfidf(f.words, this.words), chars: tfidf(bigrams(f), this.chars) });
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
      heading: headingSimilarity(fu.headingCompact, fl.headingCompact),
      structure: null,
      order: 1 - Math.abs(fu.position - fl.position),
    };
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
