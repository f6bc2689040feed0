import {
  COMPARISON_SCHEMA,
  type Comparison,
  type Link,
  type LinkChanges,
  type LinkStatus,
  type ObligationAssessment,
  type ObligationClause,
  type Relation,
  type Summary,
} from '../model/comparison.js';
import { stripPunctuation } from '../text/comparable.js';
import { comparedText } from '../model/walk.js';
import type { Tokenizer } from '../text/segmenter.js';
import { joinFragments } from '../parse/clean.js';
import type { AlignedGroup, Alignment } from './align.js';
import { explainUnlinked } from './explain.js';
import { linkExtent } from './extent.js';
import { deadlineChange, unitChange } from './changes.js';
import { isMaterial, textDiff, MAX_EDIT_LENGTH } from './diff.js';
import type { ItemFeatures } from './prepare.js';
import { preparedFold } from './plan-fold.js';
import { orientPair } from './relation.js';
import type { ScoreComponents } from './score.js';
import type { SectionAlignment } from './sections.js';


/** Options of {@link classifyAlignment}. */
export interface ClassifyOptions {
  /** How the plans relate; inferred from jurisdictions and years when omitted. */
  relation?: Relation;
  /** Token edits beyond which a text diff gives up (default 400). */
  maxEditLength?: number;
  /** Tokenizer for the text diffs (defaults to the one the plans were prepared with). */
  tokenizer?: Tokenizer;
  /** Set by comparePlans when it swapped a reversed pair; recorded in `orientation.swapped`. */
  swapped?: boolean;
}

/**
 * Turns an alignment into a Comparison: each group becomes an `inherited` link when the texts are
 * the same up to normalisation and jurisdiction adaptation, otherwise `modified` with its text
 * diff; unaligned items become `added` or `dropped`. Lead units, partners, deadline and section
 * moves are compared for every link, whatever its status — units and deadlines only when both
 * plans state them somewhere (a plan without any 牵头单位 says nothing about them item by item).
 * @example
 * const alignment = alignPlans(city, district, { minScore: 0.2 });
 * const comparison = classifyAlignment(alignment, { relation: 'hierarchy' });
 */
export function classifyAlignment(alignment: Alignment, options: ClassifyOptions = {}): Comparison {
  const links = buildLinks(alignment, options);
  const { relation, ...orientation } = orientPair(alignment.upper.plan, alignment.lower.plan);
  return {
    schema: COMPARISON_SCHEMA,
    relation: options.relation ?? relation,
    orientation: { ...orientation, swapped: options.swapped ?? false },
    upper: alignment.upper.plan,
    lower: alignment.lower.plan,
    links,
    sections: alignment.sections.links,
    summary: summarize(links),
  };
}

function buildLinks(alignment: Alignment, options: ClassifyOptions): Link[] {
  const { groups, upper, lower, sections } = alignment;
  const linkedUpper = new Set(groups.flatMap((g) => g.upper));
  const linkedLower = new Set(groups.flatMap((g) => g.lower));
  const tokenizer = options.tokenizer ?? upper.tokenizer;
  const upperFold = preparedFold(upper);
  const lowerFold = preparedFold(lower);
  const links: { link: Link; order: [number, number] }[] = [];
  const both = (has: (f: ItemFeatures) => boolean) => upper.items.some(has) && lower.items.some(has);
  const states = {
    leads: both((f) => f.item.leads.length > 0),
    partners: both((f) => f.item.partners.length > 0),
    deadline: both((f) => f.item.deadline !== null),
  };

  for (const g of groups) {
    const us = g.upper.map((i) => upper.items[i]!);
    const ls = g.lower.map((i) => lower.items[i]!);
    const upperText = joined(us);
    const lowerText = joined(ls);
    // one item a side: its compact form was computed when the plan was prepared
    const same = us.length === 1 && ls.length === 1 ? us[0]!.compact === ls[0]!.compact : stripPunctuation(upperFold(upperText)) === stripPunctuation(lowerFold(lowerText));
    const changes: LinkChanges = {};
    let status: LinkStatus = 'inherited';
    if (!same) {
      const text = textDiff(upperText, lowerText, {
        tokenizer,
        upperPlaces: upper.places,
        lowerPlaces: lower.places,
        upperFold,
        lowerFold,
        maxEditLength: options.maxEditLength ?? MAX_EDIT_LENGTH,
        upperYear: upper.plan.year,
        lowerYear: lower.plan.year,
      });
      // adaptations the whole-text fold missed (a scope word inserted) leave the requirement as it was
      if (isMaterial(text)) {
        status = 'modified';
        changes.text = text;
      }
    }
    const extent =
      status === 'modified'
        ? linkExtent(
            us.map((f) => ({ id: f.item.id, text: comparedText(f.item) })),
            ls.map((f) => ({ id: f.item.id, text: comparedText(f.item) })),
            { upper: upperFold, lower: lowerFold },
            changes.text,
          )
        : undefined;
    // a plan that names no units (or no deadlines) anywhere says nothing about them item by item
    const folds = { upper: upper.fold, lower: lower.fold };
    if (states.leads) changes.leads = unitChange(unionOf(us, 'leads'), unionOf(ls, 'leads'), upper.places, lower.places, folds);
    if (states.partners) changes.partners = unitChange(unionOf(us, 'partners'), unionOf(ls, 'partners'), upper.places, lower.places, folds);
    if (states.deadline) changes.deadline = deadlineChange(firstOf(us), firstOf(ls), upper.plan.year, lower.plan.year);
    const moved = movedChange(us[0]!, ls[0]!, sections);
    if (moved) changes.moved = moved;
    const obligation = assessObligation(changes);
    if (obligation) changes.obligation = obligation;
    links.push({
      order: [g.upper[0]!, g.lower[0]!],
      link: {
        status,
        upper: us.map((f) => f.item.id),
        lower: ls.map((f) => f.item.id),
        score: round(g.score),
        components: roundComponents(g.components),
        changes,
        ...(extent ? { extent } : {}),
      },
    });
  }
  const groupOf = { upper: new Map<number, AlignedGroup>(), lower: new Map<number, AlignedGroup>() };
  for (const g of groups) {
    for (const u of g.upper) groupOf.upper.set(u, g);
    for (const l of g.lower) groupOf.lower.set(l, g);
  }
  const linkOf = (side: 'upper' | 'lower', i: number) => {
    const g = groupOf[side].get(i);
    if (!g) return null;
    const other = side === 'upper' ? g.lower.map((l) => lower.items[l]!.item.id) : g.upper.map((u) => upper.items[u]!.item.id);
    return { ids: other, score: g.score };
  };
  upper.items.forEach((f, u) => {
    if (!linkedUpper.has(u)) {
      const explanation = explainUnlinked(alignment, 'upper', u, linkOf);
      links.push({ order: [u, -1], link: { status: 'dropped', upper: [f.item.id], lower: [], score: null, components: null, changes: {}, explanation } });
    }
  });
  // added items go right after the link that holds the lower item before them
  const lowerIndex = new Map(lower.items.map((f, i) => [f.item.id, i]));
  const anchor = new Map<number, number>();
  for (const { link, order } of links) for (const id of link.lower) anchor.set(lowerIndex.get(id)!, order[0]);
  let lastUpper = -1;
  lower.items.forEach((f, l) => {
    if (anchor.has(l)) lastUpper = anchor.get(l)!;
    if (!linkedLower.has(l)) {
      const explanation = explainUnlinked(alignment, 'lower', l, linkOf);
      links.push({ order: [lastUpper + 0.5, l], link: { status: 'added', upper: [], lower: [f.item.id], score: null, components: null, changes: {}, explanation } });
    }
  });
  links.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  return links.map((x) => x.link);
}

/** The text's obligation clauses and a deadline moved earlier or later, as one direction. */
function assessObligation(changes: LinkChanges): ObligationAssessment | undefined {
  const clauses: ObligationClause[] = [...(changes.text?.obligationClauses ?? [])];
  const d = changes.deadline;
  if (d?.direction) {
    clauses.push({ aspect: 'deadline', direction: d.direction === 'tightened' ? 'stronger' : 'weaker', upper: [d.upper ?? ''], lower: [d.lower ?? ''], clause: { upper: d.upper ?? '', lower: d.lower ?? '' } });
  }
  if (clauses.length === 0) return undefined;
  const directions = new Set(clauses.map((c) => c.direction));
  return { direction: directions.size > 1 ? 'mixed' : clauses[0]!.direction, clauses };
}

function joined(items: ItemFeatures[]): string {
  return items.reduce((acc, f) => joinFragments(acc, comparedText(f.item)), '');
}

function unionOf(items: ItemFeatures[], field: 'leads' | 'partners'): string[] {
  const out: string[] = [];
  for (const f of items) for (const n of f.item[field]) if (!out.includes(n)) out.push(n);
  return out;
}

function firstOf(items: ItemFeatures[]): string | null {
  return items.find((f) => f.item.deadline)?.item.deadline ?? null;
}

function movedChange(u: ItemFeatures, l: ItemFeatures, sections: SectionAlignment): LinkChanges['moved'] | undefined {
  const su = u.sections[u.sections.length - 1];
  const sl = l.sections[l.sections.length - 1];
  if (!su || !sl) return undefined;
  const counterpart = sections.upperToLower.get(su.id);
  if (!counterpart || counterpart === sl.id) return undefined;
  const top = sections.upperToLower.get(u.sections[0]!.id);
  if (top !== undefined && top === l.sections[0]!.id && u.sections.length !== l.sections.length) return undefined;
  return { from: u.sections.map((s) => s.title), to: l.sections.map((s) => s.title) };
}

/**
 * Counts links per status.
 * @example summarize(comparison.links) // → { inherited: 14, modified: 12, added: 0, dropped: 3 }
 */
export function summarize(links: Link[]): Summary {
  const s: Summary = { inherited: 0, modified: 0, added: 0, dropped: 0 };
  for (const l of links) s[l.status]++;
  return s;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundComponents(c: ScoreComponents): ScoreComponents {
  return {
    words: round(c.words),
    chars: round(c.chars),
    containment: round(c.containment),
    heading: c.heading === null ? null : round(c.heading),
    structure: c.structure,
    order: round(c.order),
  };
}
