import type { Item, Plan, Section } from '../model/plan.js';
import { comparedText, planItems, sectionPaths } from '../model/walk.js';
import { stripPunctuation } from '../text/comparable.js';
import { levelFold, type Fold } from './adaptation.js';
import { placeNames } from '../text/places.js';
import { segmentitTokenizer, type Tokenizer } from '../text/segmenter.js';
import { splitSentences } from '../parse/sentences.js';

/** What the engine computes once per item, whatever it is compared with. */
export interface ItemFeatures {
  item: Item;
  index: number;
  /** Sections containing the item, outermost first. */
  sections: Section[];
  /** Relative position in the plan, 0 (first item) to 1 (last). */
  position: number;
  /** Comparable text (see comparableForm), with punctuation. */
  comparable: string;
  /** Comparable text without punctuation. */
  compact: string;
  /** The heading, or the opening clause of an item without one, in compact comparable form. */
  headingCompact: string;
  /** Word tokens of the comparable text (punctuation dropped). */
  words: string[];
  /** Compact comparable form of each sentence. */
  sentences: string[];
}

/** A plan with its per-item features: prepare once, compare with many plans. */
export interface PreparedPlan {
  plan: Plan;
  places: string[];
  /** The plan's comparable form, its level words folded by rules derived from its jurisdiction. */
  fold: Fold;
  items: ItemFeatures[];
  /** Which tokenizer produced `words` (features from different tokenizers must not be mixed). */
  tokenizer: Tokenizer;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Computes the comparison features of every item of a plan: comparable text, word tokens,
 * sentences, section path and position. Comparing one plan with many (corpus mode) prepares it once.
 * @example
 * const upper = preparePlan(parsePlan(cityText));
 * for (const d of districts) comparePlans(upper, parsePlan(d));
 */
export function preparePlan(plan: Plan, tokenizer: Tokenizer = segmentitTokenizer): PreparedPlan {
  const places = placeNames(plan.jurisdiction);
  const fold = levelFold(plan.jurisdiction, places);
  const items = planItems(plan);
  const paths = sectionPaths(plan);
  const n = Math.max(1, items.length - 1);
  return {
    plan,
    places,
    fold,
    tokenizer,
    items: items.map((item, index) => {
      const comparable = fold(comparedText(item));
      return {
        item,
        index,
        sections: paths.get(item.id) ?? [],
        position: index / n,
        comparable,
        compact: stripPunctuation(comparable),
        headingCompact: stripPunctuation(fold(item.heading || leadClause(item.text))),
        words: tokenizer(comparable).filter((w) => WORD.test(w)),
        sentences: sentencesOf(item, fold),
      };
    }),
  };
}

/** The compact comparable sentences of an item, its heading always one of its own. */
function sentencesOf(item: Item, fold: Fold): string[] {
  const text = comparedText(item);
  const parts = item.heading && text.startsWith(item.heading) ? [item.heading, text.slice(item.heading.length)] : [text];
  return parts
    .flatMap((p) => splitSentences(fold(p)))
    .map(stripPunctuation)
    .filter(Boolean);
}

/** Longest opening clause that still reads as a task statement ("抓好减税降费信息公开，…"). */
const MAX_LEAD_CLAUSE = 20;

/**
 * Items without a heading sentence usually open with a clause that states the task
 * ("抓好减税降费信息公开，系统集成…"); it stands in for the heading when short enough.
 */
function leadClause(text: string): string {
  const m = /^[^，,。；;：:]+/.exec(text);
  return m && m[0].length <= MAX_LEAD_CLAUSE ? m[0] : '';
}

/** Whether a value is a PreparedPlan rather than a Plan. */
export function isPrepared(p: Plan | PreparedPlan): p is PreparedPlan {
  return (p as PreparedPlan).items !== undefined && (p as PreparedPlan).plan !== undefined;
}

/** A plan prepared with the given tokenizer: as it is when it already is, prepared otherwise. */
export function ensurePrepared(p: Plan | PreparedPlan, tokenizer: Tokenizer): PreparedPlan {
  if (isPrepared(p)) return p.tokenizer === tokenizer ? p : preparePlan(p.plan, tokenizer);
  return preparePlan(p, tokenizer);
}
