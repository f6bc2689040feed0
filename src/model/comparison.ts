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

/**
 * The kind of pair behind {@link Relation}: `cross-province` is a pair of different levels from
 * different provinces (or different branches of one province), where neither derives from the
 * other, and `unrelated` the same within one province (a city and another city's district);
 * their relation is `peer`.
 */
export type PairKind = Relation | 'cross-province' | 'unrelated';

/** How the pair was handed in, and whether it looks the wrong way round (see orientPair). */
export interface Orientation {
  kind: PairKind;
  /** The upper plan looks like the lower one: a lower level, a later version, or it cites the other. */
  reversed: boolean;
  /** The sides were swapped (only with `orient: 'auto'`); `upper`/`lower` are then as swapped. */
  swapped: boolean;
  /** Why, in a phrase ("district plan given as upper, city plan as lower"). */
  reason: string;
}

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

/**
 * A change in how binding a requirement's text is (可 → 应, 鼓励 → 要求, 不得 → 原则上不得 …): the
 * obligation words each side has that the other lacks. A text whose clauses change both ways has
 * no single direction here (null); see {@link ObligationAssessment} for the full reading.
 */
export interface ObligationChange {
  upper: string[];
  lower: string[];
  direction: 'stronger' | 'weaker';
}

/** One clause whose obligation changed, on one aspect. */
export interface ObligationClause {
  /** `modality` (hedges and mandate words), `completion` (完成 vs 推进) or `deadline` (earlier / later). */
  aspect: 'modality' | 'completion' | 'deadline';
  direction: 'stronger' | 'weaker';
  /** The obligation words (or deadline) of each side that the other lacks. */
  upper: string[];
  lower: string[];
  /** The clause on each side (for a deadline field change, the two deadlines). */
  clause: { upper: string; lower: string };
}

/** How much more or less the lower plan binds than the upper, over all clauses and the deadline. */
export interface ObligationAssessment {
  direction: 'stronger' | 'weaker' | 'mixed';
  clauses: ObligationClause[];
}

/** The text change of a link. */
export interface TextChange {
  spans: DiffSpan[];
  obligation: ObligationChange | null;
  /** Every clause whose obligation changed (added in 0.2). */
  obligationClauses?: ObligationClause[];
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
  /** A later deadline loosens the requirement, an earlier one tightens it (added in 0.2). */
  direction?: 'loosened' | 'tightened';
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
  /** How much more or less binding the lower side is: text clauses and deadline together (added in 0.2). */
  obligation?: ObligationAssessment;
}

/**
 * How far a modified link's texts differ: `wording` (the same requirement reworded: synonyms,
 * reordered clauses, a few words), `substantive` (content added, removed or replaced), `partial`
 * (one side covers only part of the other: a split part, an absorbed item, an item cut down).
 */
export interface LinkExtent {
  kind: 'wording' | 'substantive' | 'partial';
  /** How much of the requirement changed, 0 (nothing) to 1 (everything). */
  score: number;
  /** Share of the upper side's text found in the lower side, 0 to 1. */
  upperCovered: number;
  /** Share of the lower side's text found in the upper side, 0 to 1. */
  lowerCovered: number;
  /** Per item of a split or merge, the share of that item found on the other side. */
  parts?: { side: 'upper' | 'lower'; id: string; covered: number }[];
}

/** Why an item stayed unlinked: its nearest candidate on the other side and what kept them apart. */
export interface LinkExplanation {
  /** The best-scoring item of the other plan, or null when nothing shares its words. */
  nearest: { id: string; score: number; components: ScoreComponents; linkedTo: string[] } | null;
  /** A phrase: 'below the link threshold (0.18 < 0.4)', 'its nearest is linked to 1.2.3, which it fits better' … */
  reason: string;
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
  /** For a modified link: how far the texts differ (added in 0.2). */
  extent?: LinkExtent;
  /** For an added or dropped item: its nearest candidate and why it was not linked (added in 0.2). */
  explanation?: LinkExplanation;
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
  /** The pair's kind and orientation (added in 0.2; absent in older comparisons). */
  orientation?: Orientation;
  upper: Plan;
  lower: Plan;
  links: Link[];
  sections: SectionLink[];
  summary: Summary;
}
