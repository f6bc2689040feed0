import type { ChainCell, ItemLineage, LevelSummary, RequirementChain } from '../model/lineage.js';
import type { Plan } from '../model/plan.js';
import { planItems } from '../model/walk.js';

const key = (level: number, id: string) => `${level}:${id}`;

/**
 * Follows every requirement down the chain: one {@link RequirementChain} per item of the top plan
 * and per lower item with no counterpart above (added at its level). Each lower item hangs from
 * its parent link, so a requirement's items at a level are those whose parent is one of its items
 * at a level above. A merged item (two upper items → one) belongs to the chains of both.
 *
 * Chains of the top plan come in its document order; a chain starting lower down comes right after
 * the chain holding the item before it at its level.
 * @example
 * const chains = buildChains(lineage.plans, lineage.items);
 * chains[0].cells.map((c) => c.status); // → ['origin', 'inherited', 'inherited']
 */
export function buildChains(chain: Plan[], items: ItemLineage[]): RequirementChain[] {
  const children = new Map<string, ItemLineage[]>();
  for (const item of items) {
    for (const id of item.parent?.ids ?? []) {
      const k = key(item.parent!.level, id);
      children.set(k, [...(children.get(k) ?? []), item]);
    }
  }
  const position = chain.map((plan) => new Map(planItems(plan).map((item, i) => [item.id, i])));
  const follow = (level: number, id: string) => followRequirement(chain.length, level, id, children, position);

  const out: RequirementChain[] = planItems(chain[0]!).map((item) => follow(0, item.id));
  for (const item of items) {
    if (item.parent) continue;
    const at = position[item.level]!.get(item.id)!;
    // after the last chain holding an earlier item of the same level
    let insertAt = 0;
    out.forEach((c, i) => {
      if (c.cells[item.level]!.ids.some((id) => position[item.level]!.get(id)! < at)) insertAt = i + 1;
    });
    out.splice(insertAt, 0, follow(item.level, item.id));
  }
  return out;
}

function followRequirement(
  levels: number,
  origin: number,
  id: string,
  children: Map<string, ItemLineage[]>,
  position: Map<string, number>[],
): RequirementChain {
  const cells: ChainCell[] = [];
  const present: string[][] = Array.from({ length: levels }, () => []);
  for (let level = 0; level < levels; level++) {
    if (level < origin) {
      cells.push({ level, status: 'above', ids: [], score: null, skip: false, reappears: false });
      continue;
    }
    if (level === origin) {
      present[level] = [id];
      cells.push({ level, status: origin === 0 ? 'origin' : 'added', ids: [id], score: null, skip: false, reappears: false });
      continue;
    }
    const members: ItemLineage[] = [];
    for (let above = origin; above < level; above++) {
      for (const pid of present[above]!) {
        for (const child of children.get(key(above, pid)) ?? []) if (child.level === level && !members.includes(child)) members.push(child);
      }
    }
    if (members.length === 0) {
      cells.push({ level, status: present[level - 1]!.length ? 'dropped' : 'absent', ids: [], score: null, skip: false, reappears: false });
      continue;
    }
    members.sort((a, b) => position[level]!.get(a.id)! - position[level]!.get(b.id)!);
    present[level] = members.map((m) => m.id);
    const scores = members.map((m) => m.parent!.score).filter((s): s is number => s !== null);
    cells.push({
      level,
      status: members.some((m) => m.parent!.status === 'modified') ? 'modified' : 'inherited',
      ids: present[level]!,
      score: scores.length ? Math.min(...scores) : null,
      skip: members.some((m) => m.parent!.via === 'skip'),
      // back after a level without it: only a skip-level link can bring it back
      reappears: present[level - 1]!.length === 0,
    });
  }
  return {
    origin: { level: origin, id },
    cells,
    droppedAt: cells.find((c) => c.status === 'dropped')?.level ?? null,
    reappearsAt: cells.find((c) => c.reappears)?.level ?? null,
  };
}

/**
 * Counts per level: items by how they hang from the levels above, and the top plan's requirements
 * by their state at that level.
 * @example summarizeLineage(lineage.plans, lineage.items, lineage.chains).levels[1].top.dropped
 */
export function summarizeLineage(chain: Plan[], items: ItemLineage[], chains: RequirementChain[]): { levels: LevelSummary[]; skips: number } {
  const levels = chain.map((plan, level): LevelSummary => {
    const own = items.filter((i) => i.level === level);
    const top = { inherited: 0, modified: 0, dropped: 0, absent: 0, reappeared: 0 };
    for (const c of chains) {
      if (c.origin.level !== 0 || level === 0) continue;
      const cell = c.cells[level]!;
      if (cell.status === 'inherited' || cell.status === 'modified' || cell.status === 'dropped' || cell.status === 'absent') top[cell.status]++;
      if (cell.reappears) top.reappeared++;
    }
    return {
      level,
      items: planItems(plan).length,
      inherited: own.filter((i) => i.parent?.status === 'inherited').length,
      modified: own.filter((i) => i.parent?.status === 'modified').length,
      added: own.filter((i) => !i.parent).length,
      skips: own.filter((i) => i.skip).length,
      top,
    };
  });
  return { levels, skips: items.filter((i) => i.skip).length };
}
