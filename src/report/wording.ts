import type { LinkStatus, Relation } from '../model/comparison.js';

/** How a report names the two sides and the statuses, depending on how the plans relate. */
export interface Wording {
  /** "upper" / "left" / "earlier" */
  upper: string;
  lower: string;
  upperZh: string;
  lowerZh: string;
  /** Label of each status, English and Chinese. */
  status: Record<LinkStatus, { en: string; zh: string; description: string }>;
}

/**
 * Names for the sides of a comparison: upper/lower for plans of different levels, left/right for
 * peers, earlier/later for one jurisdiction's plans of different years. Statuses keep their
 * meaning; only how they are explained changes.
 * @example wordingFor('revision').upper // → 'earlier'
 */
export function wordingFor(relation: Relation): Wording {
  const [upper, lower, upperZh, lowerZh] =
    relation === 'peer' ? ['left', 'right', '左侧', '右侧'] : relation === 'revision' ? ['earlier', 'later', '前一版', '后一版'] : ['upper', 'lower', '上级', '下级'];
  return {
    upper,
    lower,
    upperZh,
    lowerZh,
    status: {
      inherited: { en: 'inherited', zh: '沿用', description: `same requirement text in the ${lower} plan, up to wording adapted to its level` },
      modified: { en: 'modified', zh: '修改', description: `the ${lower} plan changed the requirement's text` },
      added: { en: 'added', zh: '新增', description: `only in the ${lower} plan` },
      dropped: { en: 'dropped', zh: '未采纳', description: `in the ${upper} plan, not in the ${lower} plan` },
    },
  };
}
