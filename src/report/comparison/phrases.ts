import type { Comparison, Link, Relation } from '../../model/comparison.js';
import type { Level, Plan } from '../../model/plan.js';
import { planItems, planSections } from '../../model/walk.js';
import { levelDepth } from '../../lineage/levels.js';
import { LEVEL_NAMES, label, type Lang } from '../common/labels.js';
import { sectionLabel, type SectionTally } from './link-sections.js';
import type { Wording } from './wording.js';

/**
 * A level in the report language, or "" without a level.
 * @example levelLabel('city', 'zh') // → '市级'
 */
export function levelLabel(level: Level | null, lang: Lang): string {
  return level ? LEVEL_NAMES[level][lang] : '';
}

/**
 * One line saying how the plans relate and what the report tells.
 * @example relationLine('peer', 'en') // → 'Peers: what the right plan shares with …'
 */
export function relationLine(relation: Relation, lang: Lang): string {
  return label(lang, relation === 'peer' ? 'relationPeer' : relation === 'revision' ? 'relationRevision' : 'relationHierarchy');
}

/**
 * Label of a per-section summary row; a lower-plan section without a counterpart says which plan
 * it is from.
 * @example tallyLabel(tally, wordingFor('hierarchy', 'zh')) // → '下级：五、加强组织保障'
 */
export function tallyLabel(t: SectionTally, w: Wording): string {
  if (!t.section) return w.t('noSection');
  return t.side === 'lower' ? `${w.t('lowerSectionOf')}${sectionLabel(t.section)}` : sectionLabel(t.section);
}

/**
 * The facts of a plan a report lists, label and value, in the report language.
 * @example planFacts(plan, wordingFor('hierarchy', 'en'))[0] // → ['jurisdiction', '沈阳市（in 辽宁省）']
 */
export function planFacts(p: Plan, w: Wording): [string, string][] {
  const facts: [string, string][] = [];
  const j = p.jurisdiction;
  if (j.name) facts.push([w.t('jurisdiction'), [j.name, j.parent ? `（${w.t('parentOf')} ${j.parent}）` : ''].join('')]);
  if (j.level) facts.push([w.t('level'), levelLabel(j.level, w.lang)]);
  if (p.year !== null) facts.push([w.t('year'), String(p.year)]);
  facts.push([w.t('docNumber'), p.docNumber ?? '—']);
  if (p.issuer) facts.push([w.t('issuer'), p.issuer]);
  facts.push([w.t('date'), p.date ?? '—']);
  facts.push([w.t('items'), w.t('itemsInSections', { items: planItems(p).length, sections: planSections(p).length })]);
  for (const r of p.references) facts.push([w.t('implements'), r.docNumber ? `《${r.title}》（${r.docNumber}）` : `《${r.title}》`]);
  if (p.source) facts.push([w.t('source'), p.source]);
  return facts;
}

const EXTENT_LABEL = { wording: 'extentWording', substantive: 'extentSubstantive', partial: 'extentPartial' } as const;

/**
 * How far a modified link's texts differ, as the comparison states it (`link.extent`, comparison
 * 0.2), in the report language; null when it does not say.
 * @example linkExtent(link, 'en') // → 'substantive, 38% changed'
 */
export function linkExtent(link: Link, lang: Lang = 'en'): string | null {
  const x = link.extent;
  if (!x) return null;
  const kind = EXTENT_LABEL[x.kind] ? label(lang, EXTENT_LABEL[x.kind]) : String(x.kind);
  return typeof x.score === 'number' ? `${kind}${lang === 'zh' ? '，' : ', '}${label(lang, 'changedShare', { pct: Math.round(x.score * 100) })}` : kind;
}

/**
 * Why a link is what it is, in words: for an added or dropped item the reason the comparison
 * gives and the nearest candidate it rejected, when it gives them; null when it says nothing.
 * @example explainLink(link, wordingFor('hierarchy', 'en')) // → 'reason: below threshold; nearest item 2.3 (0.21)'
 */
export function explainLink(link: Link, w: Wording): string | null {
  const e = link.explanation;
  if (!e) return null;
  const out: string[] = [];
  if (e.reason) out.push(`${w.t('reason')}: ${e.reason}`);
  if (e.nearest) {
    const side = link.upper.length > 0 ? w.lower : w.upper;
    const linked = e.nearest.linkedTo.length ? ` → ${e.nearest.linkedTo.join('+')}` : '';
    out.push(`${w.t('nearest')} (${side}) ${e.nearest.id} ${e.nearest.score.toFixed(2)}${linked}`);
  }
  return out.length ? out.join('; ') : null;
}

/** A suspected reversed pair: which check found it and the two values compared, or the comparison's own reason. */
export interface Reversal {
  kind: 'level' | 'year' | 'stated';
  upper: string;
  lower: string;
  /** The comparison's reason (`orientation.reason`), for `stated`. */
  reason?: string;
}

/**
 * Whether the two plans look handed in the wrong way round: the upper plan of a lower level
 * than the lower one (a district given first, its city second), or, for one place's versions,
 * the earlier side being the later year. The comparison's own orientation wins when it states one.
 * @example reversedPair(comparePlans(district, city)) // → { kind: 'level', upper: '区级', lower: '市级' }
 */
export function reversedPair(c: Comparison, lang: Lang = 'en'): Reversal | null {
  const stated = c.orientation;
  if (stated && !stated.reversed) return null;
  const a = c.upper.jurisdiction.level;
  const b = c.lower.jurisdiction.level;
  const da = levelDepth(a);
  const db = levelDepth(b);
  if (c.relation === 'hierarchy' && da !== null && db !== null && da > db) return { kind: 'level', upper: levelLabel(a, lang), lower: levelLabel(b, lang) };
  if (c.relation === 'revision') {
    const ya = c.upper.date ?? (c.upper.year === null ? null : String(c.upper.year));
    const yb = c.lower.date ?? (c.lower.year === null ? null : String(c.lower.year));
    if (ya && yb && ya > yb) return { kind: 'year', upper: ya, lower: yb };
  }
  if (stated?.reversed) return { kind: 'stated', upper: '', lower: '', reason: stated.reason };
  return null;
}

/**
 * The sentence a report and the CLI print for a reversed pair, or null.
 * @example reversalNote(comparison, wordingFor('hierarchy', 'en')) // → 'note: the upper plan (district) is of a lower level …'
 */
export function reversalNote(c: Comparison, w: Wording): string | null {
  const r = reversedPair(c, w.lang);
  if (!r) return null;
  if (r.kind === 'stated') return w.t('reversedStated', { reason: r.reason ?? '' });
  return w.t(r.kind === 'level' ? 'reversed' : 'reversedYear', { a: r.upper, b: r.lower });
}

/** How many warnings of a plan a report lists before "… and N more". */
export const WARNINGS_SHOWN = 5;

/**
 * The count and the first warnings of a plan, one line each, for the text reports and stderr.
 * @example warningLines(plan, 'en') // → ['沈阳市: 2 parser warnings', '  line 179: skipped …']
 */
export function warningLines(p: Plan, lang: Lang, max = WARNINGS_SHOWN): string[] {
  if (p.warnings.length === 0) return [];
  const name = p.jurisdiction.name ?? (p.title || p.source || '?');
  const out = [label(lang, 'warningsOf', { plan: p.source ? `${name} (${p.source})` : name, n: p.warnings.length })];
  for (const x of p.warnings.slice(0, max)) out.push(`  ${x.line !== null ? `${label(lang, 'line', { n: x.line })}: ` : ''}${x.message} [${x.code}]`);
  if (p.warnings.length > max) out.push(`  ${label(lang, 'moreWarnings', { n: p.warnings.length - max })}`);
  return out;
}
