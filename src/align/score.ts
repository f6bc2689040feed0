import { distance } from 'fastest-levenshtein';
import { charNgrams, containment, dot, featureTable, sublinearCounts, tableVector, Vocabulary, type FeatureTable, type SparseVector } from '../text/vectors.js';
import type { ScoreComponents } from '../model/comparison.js';
import type { PreparedPlan } from './prepare.js';
import { genreFactor, type Genre } from './genre.js';
import { synonymKey } from './paraphrase.js';

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

/** Most share of the pair's headings a bigram may head and still name a topic (see {@link PairScorer.headingsShareTopic}). */
const TOPIC_SHARE = 0.15;

/** The features of a prepared plan's items, counted once however many plans it is compared with. */
interface PlanTables {
  words: FeatureTable;
  chars: FeatureTable;
  headings: FeatureTable;
  /**
   * Each item's sentences, counted when split and merge detection first asks for them (most
   * items of a plan are never asked): their distinct bigrams as ids of `chars`, or `~k` for
   * `extra[k]` (a bigram across no item's text), with their sublinear term frequencies.
   */
  sentences: ({ ids: Int32Array; tf: Float64Array }[] | undefined)[];
  extra: string[];
  extraIndex: Map<string, number>;
}

const tables = new WeakMap<PreparedPlan, PlanTables>();

function tablesOf(plan: PreparedPlan): PlanTables {
  let t = tables.get(plan);
  if (!t) {
    // policy-verb synonyms count as one word (强化 = 加强, 推动 = 推进): a paraphrase is not a new requirement
    t = {
      words: featureTable(plan.items.map((f) => f.words.map(synonymKey))),
      chars: featureTable(plan.items.map((f) => charNgrams(f.compact, 2))),
      headings: featureTable(plan.items.map((f) => (f.headingCompact ? charNgrams(f.headingCompact, 2) : null))),
      sentences: new Array(plan.items.length),
      extra: [],
      extraIndex: new Map(),
    };
    tables.set(plan, t);
  }
  return t;
}

/** The sentences of item `i` as bigram ids of the plan's table (see PlanTables.sentences). */
function sentencesOf(plan: PreparedPlan, t: PlanTables, i: number): { ids: Int32Array; tf: Float64Array }[] {
  let out = t.sentences[i];
  if (!out) {
    const counts = new Map<number, number>();
    out = plan.items[i]!.sentences.map((sentence) => {
      counts.clear();
      for (const gram of charNgrams(sentence, 2)) {
        let id = t.chars.index.get(gram);
        if (id === undefined) {
          let e = t.extraIndex.get(gram);
          if (e === undefined) t.extraIndex.set(gram, (e = t.extra.push(gram) - 1));
          id = ~e;
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return sublinearCounts(counts);
    });
    t.sentences[i] = out;
  }
  return out;
}

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
  /** Each item's distinct heading bigrams (ids in headingGrams, first-seen order). */
  private readonly upperHeading: Int32Array[];
  private readonly lowerHeading: Int32Array[];
  private readonly mark: Int32Array;
  private stamp = 0;
  private readonly tables: { upper: PlanTables; lower: PlanTables };
  /** Pair ids of the lower plan's bigrams (the upper plan's are their own). */
  private readonly lowerChars: Int32Array;

  constructor(
    readonly upper: PreparedPlan,
    readonly lower: PreparedPlan,
    readonly weights: ScoreWeights = DEFAULT_WEIGHTS,
    corpus: string[][] = [],
    genre?: Genre,
  ) {
    // the upper plan's features keep their ids; the lower plan's are looked up once per distinct
    // feature, not per occurrence — the same ids and counts as adding the items one by one
    const tu = tablesOf(upper);
    const tl = tablesOf(lower);
    const factor = (counts: ReadonlyMap<string, number> | undefined) => (genre && counts ? (f: string) => genreFactor(counts.get(f) ?? 0, genre.years) : undefined);
    this.words = new Vocabulary(tu.words, factor(genre?.words));
    const lowerWords = this.words.addTable(tl.words);
    for (const doc of corpus) this.words.addDocument(doc);
    this.chars = new Vocabulary(tu.chars, factor(genre?.grams));
    const lowerChars = this.chars.addTable(tl.chars);
    this.lowerChars = lowerChars;
    this.tables = { upper: tu, lower: tl };
    this.headingGrams = new Vocabulary(tu.headings, factor(genre?.headingGrams));
    const lowerHeadings = this.headingGrams.addTable(tl.headings);
    const mapped = (ids: Int32Array, map: Int32Array) => ids.map((k) => map[k]!);
    this.upperVec = tu.words.docs.map((ids, i) => ({ words: tableVector(ids, tu.words.tf[i]!, this.words), chars: tableVector(tu.chars.docs[i]!, tu.chars.tf[i]!, this.chars) }));
    this.lowerVec = tl.words.docs.map((ids, i) => ({
      words: tableVector(mapped(ids, lowerWords), tl.words.tf[i]!, this.words),
      chars: tableVector(mapped(tl.chars.docs[i]!, lowerChars), tl.chars.tf[i]!, this.chars),
    }));
    this.upperHeading = tu.headings.docs;
    this.lowerHeading = tl.headings.docs.map((ids) => mapped(ids, lowerHeadings));
    this.mark = new Int32Array(this.headingGrams.df.length);
  }

  /** Text components of a pair (structure is filled in later, once sections are aligned). */
  components(u: number, l: number): ScoreComponents {
    const fu = this.upper.items[u]!;
    const fl = this.lower.items[l]!;
    const vu = this.upperVec[u]!;
    const vl = this.lowerVec[l]!;
    const shorterIsLower = fl.compact.length <= fu.compact.length;
    const cont = shorterIsLower ? containment(vl.chars, vu.chars, this.chars) : containment(vu.chars, vl.chars, this.chars);
    const lev = headingSimilarity(fu.headingCompact, fl.headingCompact);
    return {
      words: dot(vu.words, vl.words),
      chars: dot(vu.chars, vl.chars),
      containment: cont,
      heading: lev === null ? null : Math.min(lev, this.headingDice(this.upperHeading[u]!, this.lowerHeading[l]!)),
      structure: null,
      order: 1 - Math.abs(fu.position - fl.position),
    };
  }

  /**
   * The character-bigram vector of sentence `k` of item `i` (see ItemFeatures.sentences): the
   * vector tfidf makes of its bigrams, a bigram in neither plan's items taking a new id here.
   */
  sentenceVector(side: 'upper' | 'lower', i: number, k: number): SparseVector {
    const t = this.tables[side];
    const { ids, tf } = sentencesOf(side === 'upper' ? this.upper : this.lower, t, i)[k]!;
    const pair = new Int32Array(ids.length);
    for (let n = 0; n < ids.length; n++) {
      const id = ids[n]!;
      pair[n] = id < 0 ? this.chars.id(t.extra[~id]!) : side === 'upper' ? id : this.lowerChars[id]!;
    }
    return tableVector(pair, tf, this.chars);
  }

  /**
   * Whether two items' headings share a bigram that few headings of the pair use (at most
   * `maxShare` of them): wording such as 做好…信息公开 heads half of a plan's items, a topic
   * (公报, 城市更新) one or two. Null when either item has no heading or the headings share
   * nothing (they then say nothing about the pair either way).
   */
  headingsShareTopic(u: number, l: number, maxShare = TOPIC_SHARE): boolean | null {
    const a = this.upperHeading[u]!;
    const b = this.lowerHeading[l]!;
    if (a.length === 0 || b.length === 0) return null;
    const limit = Math.max(2, maxShare * this.headingGrams.documents);
    const inB = new Set(b);
    let shared = false;
    for (let i = 0; i < a.length; i++) {
      if (!inB.has(a[i]!)) continue;
      if (this.headingGrams.df[a[i]!]! <= limit) return true;
      shared = true;
    }
    return shared ? false : null;
  }

  /** {@link PairScorer.headingScore}'s IDF-weighted Dice over two items' heading bigram ids. */
  private headingDice(a: Int32Array, b: Int32Array): number {
    const v = this.headingGrams;
    const mark = this.mark;
    let shared = 0;
    let all = 0;
    let stamp = ++this.stamp;
    for (let i = 0; i < b.length; i++) mark[b[i]!] = stamp;
    for (let i = 0; i < a.length; i++) {
      const w = v.idf(a[i]!);
      all += w;
      if (mark[a[i]!] === stamp) shared += w;
    }
    stamp = ++this.stamp;
    for (let i = 0; i < a.length; i++) mark[a[i]!] = stamp;
    for (let i = 0; i < b.length; i++) {
      const w = v.idf(b[i]!);
      all += w;
      if (mark[b[i]!] === stamp) shared += w;
    }
    return all ? (2 * shared) / all : 0;
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
