import { levelDepth } from '../../lineage/levels.js';
import type { CorpusPlanResult, CorpusResult } from '../../model/lineage.js';

/**
 * How a lower plan of a corpus relates to the upper plan: `descendants` (a lower level — what
 * inheritance statistics are about), `peers` (the same level, elsewhere), `versions` (the same
 * place in another year) and `other` (a higher level, or a level unknown).
 */
export type CorpusGroup = 'descendants' | 'peers' | 'versions' | 'other';

/** The groups, in the order the reports list them. */
export const CORPUS_GROUPS: readonly CorpusGroup[] = ['descendants', 'peers', 'versions', 'other'];

/** Statistics of one group: its plans, their inheritance rates, and per upper item its counts. */
export interface GroupStats {
  group: CorpusGroup;
  plans: CorpusPlanResult[];
  meanInheritanceRate: number;
  medianInheritanceRate: number;
  /** Per upper item (document order): plans of the group that inherited, modified or dropped it. */
  items: { inherited: number; modified: number; dropped: number; adoptionRate: number }[];
}

/**
 * The group of one corpus plan, from its relation and levels.
 * @example corpusGroupOf(result.upper, result.plans[0]) // → 'descendants'
 */
export function corpusGroupOf(upper: CorpusResult['upper'], p: CorpusPlanResult): CorpusGroup {
  if (p.relation === 'revision') return 'versions';
  if (p.relation === 'peer') return 'peers';
  const du = levelDepth(upper.jurisdiction.level);
  const dl = levelDepth(p.jurisdiction.level);
  return du !== null && dl !== null && dl > du ? 'descendants' : 'other';
}

/**
 * Splits a corpus result by group, so descendants, peers and other years are never averaged
 * together; groups without plans are left out.
 * @example corpusGroups(result).map((g) => g.group) // → ['descendants', 'peers']
 */
export function corpusGroups(result: CorpusResult): GroupStats[] {
  const byGroup = new Map<CorpusGroup, CorpusPlanResult[]>();
  for (const p of result.plans) {
    const g = corpusGroupOf(result.upper, p);
    byGroup.set(g, [...(byGroup.get(g) ?? []), p]);
  }
  return CORPUS_GROUPS.filter((g) => byGroup.has(g)).map((group) => {
    const plans = byGroup.get(group)!;
    const rates = plans.map((p) => p.inheritanceRate).sort((a, b) => a - b);
    const mid = rates.length >> 1;
    const median = rates.length === 0 ? 0 : rates.length % 2 ? rates[mid]! : (rates[mid - 1]! + rates[mid]!) / 2;
    const items = result.items.map((_, k) => {
      const counts = { inherited: 0, modified: 0, dropped: 0 };
      for (const p of plans) {
        const letter = p.statuses[k];
        if (letter === 'i') counts.inherited++;
        else if (letter === 'm') counts.modified++;
        else counts.dropped++;
      }
      return { ...counts, adoptionRate: round((counts.inherited + counts.modified) / plans.length) };
    });
    return { group, plans, meanInheritanceRate: round(rates.reduce((a, b) => a + b, 0) / rates.length), medianInheritanceRate: round(median), items };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
