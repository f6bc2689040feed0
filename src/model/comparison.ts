import type { Plan } from './plan.js';

/** The parts of a pair's similarity; the score combines them. Each is in [0, 1]. */
export interface ScoreComponents {
  /** Cosine of TF-IDF word vectors (segmentit or the caller's tokenizer). */
  words: number;
  /** Cosine of TF-IDF character-bigram vectors. */
  chars: number;
  /** How much of the shorter text lies inside the longer one (IDF-weighted bigrams). */
  containment: number;
  /** Normalised Levenshtein similarity of the headings, or null when one has none. */
  heading: number | null;
  /** 1 when the items sit in sections that were aligned with each other, 0 when not, null without sections. */
  structure: number | null;
  /** 1 − difference of relative positions in the two plans. */
  order: number;
}

/** Schema identifier of a serialized {@link Comparison}. */
export const COMPARISON_SCHEMA = 'policy-lineage/comparison@1' as const;

/** What happened to a requirement between the two plans. */
export type LinkStatus = 'inherited' | 'modified' | 'added' | 'dropped';
/** The four statuses, in the order reports list them. */
export const LINK_STATUSES: readonly LinkStatus[] = ['inherited', 'modified', 'added', 'dropped'];

/**
 * How the two plans relate: `hierarchy` (upper level → lower level), `peer` (same level, different
 * places) or `revision` (same place, different years). Statuses keep their meaning; reports word
 * the sides upper/lower, left/right or earlier/later.
 */
export type Relation = 'hierarchy' | 'peer' | 'revision';

/** A span of the text diff of a link. `upper`/`lower` hold the text of each side. */
export interface DiffSpan {
  /**
   * `equal`; `adaptation` (wording that only adapts to the level: 市→区, 各区县(市)政府→各镇、街);
   * `format` (punctuation, spacing, full/half width, traditional characters); `insertion`,
   * `deletion`, `replacement` (material changes).
   */
  type: 'equal' | 'adaptation' | 'format' | 'insertion' | 'deletion' | 'replacement';
  upper: string;
  lower: string;
}

/** A change in how binding a requirement is (可 → 应, 鼓励 → 要求 …). */
export interface ObligationChange {
  upper: string[];
  lower: string[];
  direction: 'stronger' | 'weaker';
}

/** The text change of a link. */
export interface TextChange {
  spans: DiffSpan[];
  obligation: ObligationChange | null;
  /** True when the diff gave up (edit length cap) and shows the two texts as one replacement. */
  truncated: boolean;
}

/** Unit names matched across levels (市工业和信息化局 ↔ 区工信局). */
export interface UnitChange {
  kept: [string, string][];
  added: string[];
  removed: string[];
}

/** A deadline change, e.g. "2022年5月底" → "2022年6月底前" is `later` by 1 month. */
export interface DeadlineChange {
  upper: string | null;
  lower: string | null;
  change: 'same' | 'later' | 'earlier' | 'added' | 'removed' | 'changed';
  /** Months between the latest dates of each side, when both have one. */
  months: number | null;
}

/** The item sits under a section that does not correspond to the upper item's section. */
export interface MoveChange {
  from: string[];
  to: string[];
}

/** Field changes of a link; reported whatever the status. */
export interface LinkChanges {
  text?: TextChange;
  leads?: UnitChange;
  partners?: UnitChange;
  deadline?: DeadlineChange;
  moved?: MoveChange;
}

/** One requirement's fate: a 1:1 pair, a split (1:n), a merge (n:1), or a single added/dropped item. */
export interface Link {
  status: LinkStatus;
  /** Item ids in the upper plan (empty for `added`). */
  upper: string[];
  /** Item ids in the lower plan (empty for `dropped`). */
  lower: string[];
  /** Similarity of the linked texts, null for added/dropped. */
  score: number | null;
  /** The parts of the score, for explaining the decision. */
  components: ScoreComponents | null;
  changes: LinkChanges;
}

/** Sections matched between the plans. */
export interface SectionLink {
  upper: string;
  lower: string;
  score: number;
}

/** Counts of links per status. */
export type Summary = Record<LinkStatus, number>;

/** The result of comparing two plans: every item of both plans appears in exactly one link. */
export interface Comparison {
  schema: typeof COMPARISON_SCHEMA;
  relation: Relation;
  upper: Plan;
  lower: Plan;
  links: Link[];
  sections: SectionLink[];
  summary: Summary;
}
