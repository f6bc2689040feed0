import type { Link, Relation, Summary } from './comparison.js';
import type { Jurisdiction, ParseWarning, Plan } from './plan.js';

/** Schema identifier of a serialized {@link Lineage}. */
export const LINEAGE_SCHEMA = 'policy-lineage/lineage@1' as const;

/** Schema identifier of a serialized {@link CorpusResult}. */
export const CORPUS_SCHEMA = 'policy-lineage/corpus@1' as const;

/**
 * A comparison between two plans of a chain, without the embedded plans (they are in
 * {@link Lineage.plans}). `upper` and `lower` are indexes into `plans`.
 */
export interface LineageHop {
  upper: number;
  lower: number;
  /** True for neighbouring levels (lower = upper + 1); false for the skip-level checks. */
  adjacent: boolean;
  relation: Relation;
  summary: Summary;
  /** Every link of the comparison, as in `policy-lineage/comparison@1`. */
  links: Link[];
}

/** How an item relates to one level above it. */
export type HopStatus = 'inherited' | 'modified' | 'none';

/** The item(s) an item matches at one level above it, from the direct comparison of the two levels. */
export interface AncestorMatch {
  /** Index of the plan above. */
  level: number;
  /** Matched item ids there (several for a merge); empty when `status` is `none`. */
  ids: string[];
  status: HopStatus;
  score: number | null;
}

/**
 * A requirement taken from two or more levels up, bypassing the level(s) in between: it has no
 * counterpart there (`absent`) or is clearly closer to the higher level's text (`closer`).
 */
export interface SkipLevel {
  /** Plan index the requirement was taken from. */
  from: number;
  /** Plan indexes bypassed. */
  skipped: number[];
  reason: 'absent' | 'closer';
  /** Score of the match at `from`. */
  score: number;
  /** Best score at the bypassed levels; null when it has no counterpart there. */
  skippedScore: number | null;
}

/** The one link an item hangs from in the requirement chains. */
export interface ParentLink {
  level: number;
  ids: string[];
  status: 'inherited' | 'modified';
  score: number | null;
  /** `adjacent`: the level right above; `skip`: a higher level (see {@link ItemLineage.skip}). */
  via: 'adjacent' | 'skip';
}

/** Where an item of a lower level comes from. */
export interface ItemLineage {
  /** Plan index of the item (1 or more; the top plan's items have no ancestry). */
  level: number;
  id: string;
  /** One entry per level above, top first (`ancestors[j].level === j`). */
  ancestors: AncestorMatch[];
  /** The skip-level source when the item bypasses the level(s) in between, else null. */
  skip: SkipLevel | null;
  /** The skip source when there is one, else the match at the level right above; null for new items. */
  parent: ParentLink | null;
}

/**
 * State of a requirement at one level:
 * `origin` (the top plan's item), `added` (first appears at this level), `inherited`/`modified`
 * (relative to the level it hangs from), `dropped` (present at the level above, not here),
 * `absent` (still missing after being dropped), `above` (a level above the requirement's origin).
 */
export type CellStatus = 'origin' | 'added' | 'inherited' | 'modified' | 'dropped' | 'absent' | 'above';

/** A requirement at one level of its chain. */
export interface ChainCell {
  level: number;
  status: CellStatus;
  /** The items holding the requirement at this level (several after a split). */
  ids: string[];
  /** Lowest score of the links into this level; null when not linked. */
  score: number | null;
  /** Reached by a skip-level link. */
  skip: boolean;
  /** Present again after a level where it was missing (always through a skip). */
  reappears: boolean;
}

/** One requirement followed down the chain, from the level where it first appears. */
export interface RequirementChain {
  origin: { level: number; id: string };
  /** One cell per plan, top first. */
  cells: ChainCell[];
  /** First level where the requirement is dropped, or null. */
  droppedAt: number | null;
  /** First level where it reappears after being dropped, or null. */
  reappearsAt: number | null;
}

/**
 * A plan set aside because another plan of the same place is on the chain (a chain holds one plan
 * per place: usually the newest, or the one the lower plans cite).
 */
export interface OtherVersion {
  plan: Plan;
  /** The plan of the same place that is on the chain. */
  supersededBy: Plan;
  reason: string;
}

/** How a chain was put together by {@link orderPlans}. */
export interface PlanOrder {
  /** Plans from the highest level down. */
  chain: Plan[];
  /** Why, in plain sentences, first the chain itself. */
  reasons: string[];
  otherVersions: OtherVersion[];
}

/** Per level: its items by how they relate to the levels above, and what became of the top plan's items. */
export interface LevelSummary {
  level: number;
  items: number;
  /** Items hanging from an inherited / modified link. */
  inherited: number;
  modified: number;
  /** Items with no counterpart at any level above. */
  added: number;
  /** Items taken from a level higher than the one right above. */
  skips: number;
  /** The top plan's requirements at this level, by cell status. */
  top: { inherited: number; modified: number; dropped: number; absent: number; reappeared: number };
}

/**
 * Requirements traced down a chain of plans (province → city → district …). Every hop between two
 * levels is a full comparison; `items` says where each lower item comes from; `chains` follows each
 * requirement from the level where it appears down to the lowest level.
 */
export interface Lineage {
  schema: typeof LINEAGE_SCHEMA;
  /** The plans, highest level first. */
  plans: Plan[];
  /** Why the plans are in this order; empty `reasons` when the caller gave the order. */
  order: { reasons: string[]; otherVersions: { title: string; year: number | null; source: string | null; supersededBy: number; reason: string }[] };
  /** Comparisons of every pair of levels (adjacent ones first, then skip-level checks). */
  hops: LineageHop[];
  /** Ancestry of every item below the top plan, level by level in document order. */
  items: ItemLineage[];
  chains: RequirementChain[];
  summary: { levels: LevelSummary[]; skips: number };
  /** The margin a skip-level match must win by (see `skipMargin`). */
  skipMargin: number;
}

/** Status of one upper item in one lower plan of a corpus. */
export type CorpusStatus = 'inherited' | 'modified' | 'dropped';

/**
 * Letters of {@link CorpusPlanResult.statuses}: `i` inherited, `m` modified, `d` dropped.
 * One letter per upper item keeps a plan's result a few dozen bytes however large the corpus.
 */
export const CORPUS_STATUS_LETTERS: Record<CorpusStatus, string> = { inherited: 'i', modified: 'm', dropped: 'd' };

/** What one lower plan did with the upper plan (small on purpose: memory stays flat). */
export interface CorpusPlanResult {
  /** Position of the plan in the input, for a stable output order. */
  index: number;
  source: string;
  title: string;
  jurisdiction: Jurisdiction;
  year: number | null;
  relation: Relation;
  /** Items in the lower plan. */
  items: number;
  /** Upper items by status, and the lower plan's added items. */
  counts: { inherited: number; modified: number; dropped: number; added: number };
  /** (inherited + modified) / upper items. */
  inheritanceRate: number;
  /** One letter per upper item, in document order (see {@link CORPUS_STATUS_LETTERS}). */
  statuses: string;
  /** The lower plan's parser warnings: how many, and the first few (absent when it had none). */
  warnings?: { count: number; first: ParseWarning[] };
}

/** A lower plan that could not be compared. */
export interface CorpusFailure {
  index: number;
  source: string;
  /** Error code (`NOT_FOUND`, `ENCODING`, `EMPTY`, `NO_STRUCTURE` …) or `INTERNAL`. */
  code: string;
  message: string;
}

/** The diffusion of one upper item across the corpus. */
export interface CorpusItemRow {
  id: string;
  marker: string;
  heading: string;
  inherited: number;
  modified: number;
  dropped: number;
  /** (inherited + modified) / compared plans. */
  adoptionRate: number;
}

/** One upper plan against many lower plans. */
export interface CorpusResult {
  schema: typeof CORPUS_SCHEMA;
  upper: Plan;
  /** One row per upper item, in document order. */
  items: CorpusItemRow[];
  /** One result per compared lower plan, in input order. */
  plans: CorpusPlanResult[];
  failures: CorpusFailure[];
  summary: {
    plans: number;
    failed: number;
    meanInheritanceRate: number;
    medianInheritanceRate: number;
    inherited: number;
    modified: number;
    dropped: number;
    added: number;
  };
}
