import { charNgrams } from '../text/vectors.js';
import { synonymKey } from './paraphrase.js';
import type { PreparedPlan } from './prepare.js';

/**
 * What the plans of one kind say year after year: for each word, text bigram and heading bigram,
 * in how many of the years the plans cover it is used. Every work plan writes 加强…信息公开,
 * 做好…工作, 主动接受社会监督; a pair of plans alone cannot tell such genre wording from a shared
 * requirement (the pair's own IDF is all it has), plans of many years can.
 *
 * Years, not plans, are counted because plans of one year share what they inherit: a city's
 * districts copy its plan, every province copies the national one, so a feature in every plan of
 * one year may be one requirement handed down, and discounting it would unlink the very copies a
 * comparison looks for. Wording that recurs across years is the genre's.
 * Learned by {@link learnGenre}; passed to the comparison as `genre`.
 */
export interface Genre {
  /** Plans counted. */
  plans: number;
  /** Distinct years among them (plans of unknown year count as one more). */
  years: number;
  /** Years in which a plan's items use each word (policy-verb synonyms folded, as the scorer counts them). */
  words: ReadonlyMap<string, number>;
  /** Years in which a plan's item texts contain each character bigram (comparable form, no punctuation). */
  grams: ReadonlyMap<string, number>;
  /** Years in which a plan's item headings contain each character bigram. */
  headingGrams: ReadonlyMap<string, number>;
}

/**
 * Fewest years a genre must span to be used: below it, what all plans share may be what they
 * inherit from a few superior plans.
 */
export const GENRE_MIN_YEARS = 8;

/** Share of years above which a feature counts as the genre's own wording. */
const COMMON_SHARE = 0.5;
/** The weight left to a feature used every year (never zero: an item of genre words alone still has a vector). */
const FLOOR = 0.15;

/**
 * Counts, over the given plans, in how many of their years each word, text bigram and heading
 * bigram is used. Plans must be prepared with one tokenizer (the words are its tokens). The cost
 * is one pass over the plans' items; the result holds only counts.
 * @example
 * const genre = learnGenre(plansOfManyYears.map((p) => preparePlan(p)));
 * comparePlans(city, district, { genre });
 */
export function learnGenre(plans: Iterable<PreparedPlan>): Genre {
  const byYear = new Map<number | null, { words: Set<string>; grams: Set<string>; headingGrams: Set<string> }>();
  let n = 0;
  for (const plan of plans) {
    n++;
    let y = byYear.get(plan.plan.year);
    if (!y) byYear.set(plan.plan.year, (y = { words: new Set(), grams: new Set(), headingGrams: new Set() }));
    for (const f of plan.items) {
      for (const word of f.words) y.words.add(synonymKey(word));
      for (const gram of charNgrams(f.compact, 2)) y.grams.add(gram);
      if (f.headingCompact) for (const gram of charNgrams(f.headingCompact, 2)) y.headingGrams.add(gram);
    }
  }
  const count = (pick: (y: { words: Set<string>; grams: Set<string>; headingGrams: Set<string> }) => Set<string>) => {
    const out = new Map<string, number>();
    for (const y of byYear.values()) for (const f of pick(y)) out.set(f, (out.get(f) ?? 0) + 1);
    return out;
  };
  return { plans: n, years: byYear.size, words: count((y) => y.words), grams: count((y) => y.grams), headingGrams: count((y) => y.headingGrams) };
}

/**
 * The weight factor of a feature used in `count` of `years` years: 1 up to half of them, then
 * falling linearly to a floor for a feature used every year. 1 for every feature when the genre
 * spans fewer than {@link GENRE_MIN_YEARS} years.
 * @example genreFactor(10, 10) // → 0.15
 */
export function genreFactor(count: number, years: number): number {
  if (years < GENRE_MIN_YEARS) return 1;
  const share = count / years;
  if (share <= COMMON_SHARE) return 1;
  return Math.max(FLOOR, (1 - share) / (1 - COMMON_SHARE));
}
