import { planName } from '../../lineage/levels.js';
import type { ChainCell, ItemLineage, Lineage } from '../../model/lineage.js';
import type { Item, Plan } from '../../model/plan.js';
import { planItems } from '../../model/walk.js';

/** What the lineage renderers look up: items by level and id, ancestry by level and id. */
export interface LineageIndex {
  items: Map<string, Item>[];
  ancestry: Map<string, ItemLineage>;
  names: string[];
}

/**
 * Indexes a lineage for rendering.
 * @example indexLineage(lineage).names // → ['辽宁省', '鞍山市', '铁东区']
 */
export function indexLineage(lineage: Lineage): LineageIndex {
  return {
    items: itemsById(lineage.plans),
    ancestry: new Map(lineage.items.map((i) => [`${i.level}:${i.id}`, i])),
    names: lineage.plans.map(planName),
  };
}

/**
 * A short note on how a cell was reached: the skip source and the levels bypassed, and whether
 * the requirement came back after a drop.
 * @example skipNote(lineage, idx, cell) // → 'reappears; skip from 辽宁省 (not in 沈阳市)'
 */
export function skipNote(idx: LineageIndex, cell: ChainCell): string {
  if (!cell.skip) return '';
  const notes = new Set<string>();
  for (const id of cell.ids) {
    const skip = idx.ancestry.get(`${cell.level}:${id}`)?.skip;
    if (!skip) continue;
    const skipped = skip.skipped.map((l) => idx.names[l]).join('、');
    notes.add(
      skip.reason === 'absent'
        ? `skip from ${idx.names[skip.from]} (not in ${skipped})`
        : `skip from ${idx.names[skip.from]} (${skip.score.toFixed(2)} vs ${skip.skippedScore?.toFixed(2)} in ${skipped})`,
    );
  }
  return [cell.reappears ? 'reappears' : '', ...notes].filter(Boolean).join('; ');
}

/** Human words for a cell status. */
export const CELL_WORDS: Record<ChainCell['status'], { en: string; zh: string }> = {
  origin: { en: 'origin', zh: '原文' },
  added: { en: 'added here', zh: '本级新增' },
  inherited: { en: 'inherited', zh: '沿用' },
  modified: { en: 'modified', zh: '修改' },
  dropped: { en: 'dropped here', zh: '本级未采纳' },
  absent: { en: 'absent', zh: '缺失' },
  above: { en: '', zh: '' },
};

/**
 * Items of each plan by id, for renderers.
 * @example itemsById(lineage.plans)[1].get('1.2.1')?.heading // → '加强疫情防控信息公开'
 */
export function itemsById(plans: Plan[]): Map<string, Item>[] {
  return plans.map((p) => new Map(planItems(p).map((i) => [i.id, i])));
}

/**
 * An item's heading, or the start of its text when it has none.
 * @example shortLabel(item, 6) // → '加强疫情防控…'
 */
export function shortLabel(item: Item | undefined, max = 20): string {
  if (!item) return '';
  const head = item.heading || item.text;
  return head.length > max ? `${head.slice(0, max)}…` : head;
}
