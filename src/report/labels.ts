import type { Relation } from '../model/comparison.js';
import type { Level } from '../model/plan.js';
import { sectionLabel, type SectionTally } from './link-sections.js';
import type { Wording } from './wording.js';

/** Chinese names of administrative levels, for the reports' plan facts. */
export const LEVEL_ZH: Record<Level, string> = { national: '国家级', province: '省级', city: '市级', district: '区级', county: '县级', township: '乡镇级' };

/**
 * A level in Chinese and English, or "" without a level.
 * @example levelLabel('city') // → '市级 city'
 */
export function levelLabel(level: Level | null): string {
  return level ? `${LEVEL_ZH[level]} ${level}` : '';
}

/** One line saying how the plans relate and what the report tells. */
export const RELATION_LINE: Record<Relation, string> = {
  hierarchy: '上下级对照 · hierarchy — what the lower plan inherited, modified, added or dropped from the upper plan',
  peer: '同级对照 · peer — what the right plan shares with, changes from, adds to or lacks from the left plan',
  revision: '前后版本对照 · revision — what the later plan kept, changed, added or dropped from the earlier plan',
};

/**
 * Label of a per-section summary row; a lower-plan section without a counterpart says which plan
 * it is from.
 * @example tallyLabel(tally, wordingFor('hierarchy')) // → '下级：五、加强组织保障'
 */
export function tallyLabel(t: SectionTally, w: Wording): string {
  if (!t.section) return '（无章节）no section';
  return t.side === 'lower' ? `${w.lowerZh}：${sectionLabel(t.section)}` : sectionLabel(t.section);
}
