import type { Comparison, Link } from '../model/comparison.js';
import type { AncestorMatch, ItemLineage, ParentLink, SkipLevel } from '../model/lineage.js';
import type { Plan } from '../model/plan.js';
import { planItems } from '../model/walk.js';

/** The comparison of two levels of a chain (upper < lower). */
export type HopLookup = (upper: number, lower: number) => Comparison;

/**
 * The ancestry of every item below the top plan: its match at each level above (from the direct
 * comparison of the two levels), whether it skips levels, and the link it hangs from.
 * @example
 * const items = itemAncestry(chain, (u, l) => comparePlans(chain[u], chain[l]), 0.05);
 * items.find((i) => i.level === 1 && i.id === '1.2.1')?.ancestors[0].status; // → 'inherited'
 */
export function itemAncestry(chain: Plan[], hop: HopLookup, skipMargin: number): ItemLineage[] {
  const out: ItemLineage[] = [];
  for (let level = 1; level < chain.length; level++) {
    // lower item id → its link, per level above
    const byLower = Array.from({ length: level }, (_, upper) => linksByLowerId(hop(upper, level)));
    for (const item of planItems(chain[level]!)) {
      const ancestors: AncestorMatch[] = byLower.map((links, upper) => {
        const link = links.get(item.id);
        return link ? { level: upper, ids: link.upper, status: link.status as 'inherited' | 'modified', score: link.score } : { level: upper, ids: [], status: 'none', score: null };
      });
      const skip = skipLevel(ancestors, level, skipMargin);
      out.push({ level, id: item.id, ancestors, skip, parent: parentOf(ancestors, level, skip) });
    }
  }
  return out;
}

function linksByLowerId(c: Comparison): Map<string, Link> {
  const map = new Map<string, Link>();
  for (const link of c.links) {
    if (link.status !== 'inherited' && link.status !== 'modified') continue;
    for (const id of link.lower) map.set(id, link);
  }
  return map;
}

/**
 * The level a requirement was taken from when it bypasses the level(s) right above. Of the
 * qualifying levels the best-scoring wins; on a tie the nearer one, the more cautious claim.
 */
function skipLevel(ancestors: AncestorMatch[], level: number, margin: number): SkipLevel | null {
  let best: SkipLevel | null = null;
  for (let from = 0; from <= level - 2; from++) {
    const source = ancestors[from]!;
    if (source.status === 'none') continue;
    const between = ancestors.slice(from + 1, level).filter((a) => a.status !== 'none');
    const score = source.score ?? 0;
    const skippedScore = between.length ? Math.max(...between.map((a) => a.score ?? 0)) : null;
    const closer =
      skippedScore !== null &&
      score > skippedScore &&
      (score - skippedScore >= margin || (source.status === 'inherited' && between.every((a) => a.status === 'modified')));
    if (skippedScore !== null && !closer) continue;
    const candidate: SkipLevel = {
      from,
      skipped: Array.from({ length: level - from - 1 }, (_, i) => from + 1 + i),
      reason: skippedScore === null ? 'absent' : 'closer',
      score,
      skippedScore,
    };
    if (!best || score >= best.score) best = candidate;
  }
  return best;
}

/** The skip source when there is one, else the match right above, else nothing (a new item). */
function parentOf(ancestors: AncestorMatch[], level: number, skip: SkipLevel | null): ParentLink | null {
  const via = skip ? 'skip' : 'adjacent';
  const match = ancestors[skip ? skip.from : level - 1]!;
  if (match.status === 'none') return null;
  return { level: match.level, ids: match.ids, status: match.status, score: match.score, via };
}
