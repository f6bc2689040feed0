import { charNgrams, Vocabulary } from '../text/vectors.js';
import { synonymKey } from './paraphrase.js';
import type { PreparedPlan } from './prepare.js';

/**
 * What the plans of one kind all say: for each word, text bigram and heading bigram, how many
 * plans use it. Every work plan writes 加强…信息公开, 做好…工作, 政务公开; a pair of plans alone
 * cannot tell such genre wording from a shared requirement (the pair's own IDF is all it has), a
 * run over many plans can. Learned by {@link learnGenre}; passed to the comparison as
 * `genre` (corpus and network modes fill it from all plans of the run).
 */
export interface Genre {
  /** Plans counted. */
  plans: number;
  /** Plans whose items use each word (policy-verb synonyms folded, as the scorer counts them). */
  words: ReadonlyMap<string, number>;
  /** Plans whose item texts contain each character bigram (comparable form, no punctuation). */
  grams: ReadonlyMap<string, number>;
  /** Plans whose item headings contain each character bigram. */
  headingGrams: ReadonlyMap<string, number>;
}

/**
 * Fewest plans a genre must be learned from to be used: below it, a feature in every plan may
 * as well be one requirement copied down a short chain (province → city → district).
 */
export const GENRE_MIN_PLANS = 8;

/** Share of plans above which a feature counts as the genre's own wording. */
const COMMON_SHARE = 0.5;
/** The weight left to a feature every plan uses (never zero: an item of genre words alone still has a vector). */
const FLOOR = 0.15;

/**
 * Counts, over the given plans, how many use each word, text bigram and heading bigram. Plans
 * must be prepared with one tokenizer (the words are its tokens). The cost is one pass over the
 * plans' items; the result holds only counts.
 * @example
 * const genre = learnGenre(plans.map((p) => preparePlan(p)));
 * comparePlans(city, district, { genre });
 */
export function learnGenre(plans: Iterable<PreparedPlan>): Genre {
  const words = new Map<string, number>();
  const grams = new Map<string, number>();
  const headingGrams = new Map<string, number>();
  const count = (map: Map<string, number>, features: Set<string>) => {
    for (const f of features) map.set(f, (map.get(f) ?? 0) + 1);
  };
  let n = 0;
  for (const plan of plans) {
    n++;
    const w = new Set<string>();
    const g = new Set<string>();
    const h = new Set<string>();
    for (const f of plan.items) {
      for (const word of f.words) w.add(synonymKey(word));
      for (const gram of charNgrams(f.compact, 2)) g.add(gram);
      if (f.headingCompact) for (const gram of charNgrams(f.headingCompact, 2)) h.add(gram);
    }
    count(words, w);
    count(grams, g);
    count(headingGrams, h);
  }
  return { plans: n, words, grams, headingGrams };
}

/**
 * The weight factor of a feature used by `count` of `plans` plans: 1 up to half the plans, then
 * falling linearly to a floor for a feature every plan uses. 1 for every feature when the genre
 * was learned from fewer than {@link GENRE_MIN_PLANS} plans.
 * @example genreFactor(20, 20) // → 0.15
 */
export function genreFactor(count: number, plans: number): number {
  if (plans < GENRE_MIN_PLANS) return 1;
  const share = count / plans;
  if (share <= COMMON_SHARE) return 1;
  return Math.max(FLOOR, (1 - share) / (1 - COMMON_SHARE));
}

/**
 * A vocabulary whose IDF is scaled down for the genre's common features: the pair's own IDF
 * (which features are rare in these two plans) times the genre factor (which are rare among
 * plans of the kind).
 */
export class GenreVocabulary extends Vocabulary {
  private readonly factors: number[] = [];

  constructor(
    private readonly counts: ReadonlyMap<string, number>,
    private readonly plans: number,
  ) {
    super();
  }

  override id(feature: string): number {
    const id = super.id(feature);
    if (this.factors[id] === undefined) this.factors[id] = genreFactor(this.counts.get(feature) ?? 0, this.plans);
    return id;
  }

  override idf(id: number): number {
    return super.idf(id) * (this.factors[id] ?? 1);
  }
}
