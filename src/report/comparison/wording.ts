import type { LinkStatus, Relation } from '../../model/comparison.js';
import { label, SIDE_NAMES, STATUS_NAMES, type Lang, type LabelKey } from '../common/labels.js';

/** How a report names the two sides and the statuses, depending on how the plans relate. */
export interface Wording {
  /** The report language. */
  lang: Lang;
  /** The side names in the report language: 上级/下级, upper/lower … */
  upper: string;
  lower: string;
  /** The side names in Chinese, whatever the language. */
  upperZh: string;
  lowerZh: string;
  /** Each status: its name in both languages, in the report language (`label`), and what it means. */
  status: Record<LinkStatus, { en: string; zh: string; label: string; description: string }>;
  /** A label of the table in the report language, the side names filled in. */
  t(key: LabelKey, values?: Record<string, string | number>): string;
}

const DESCRIPTION: Record<LinkStatus, LabelKey> = { inherited: 'descInherited', modified: 'descModified', added: 'descAdded', dropped: 'descDropped' };

/**
 * Names for the sides of a comparison in a report language (English by default): upper/lower
 * (上级/下级) for plans of different levels, left/right (左侧/右侧) for peers, earlier/later
 * (前一版/后一版) for one jurisdiction's plans of different years. Statuses keep their meaning;
 * only how they are explained changes.
 * @example wordingFor('revision').upper // → 'earlier'
 * @example wordingFor('hierarchy', 'zh').status.dropped.label // → '未采纳'
 */
export function wordingFor(relation: Relation, lang: Lang = 'en'): Wording {
  const sides = SIDE_NAMES[relation];
  const upper = sides.upper[lang];
  const lower = sides.lower[lang];
  const t = (key: LabelKey, values: Record<string, string | number> = {}) => label(lang, key, { upper, lower, ...values });
  const status = {} as Wording['status'];
  for (const s of ['inherited', 'modified', 'added', 'dropped'] as const) {
    status[s] = { ...STATUS_NAMES[s], label: STATUS_NAMES[s][lang], description: t(DESCRIPTION[s]) };
  }
  return { lang, upper, lower, upperZh: sides.upper.zh, lowerZh: sides.lower.zh, status, t };
}
