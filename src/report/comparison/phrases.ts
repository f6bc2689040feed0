import type { Comparison, Link, Relation } from '../../model/comparison.js';
import type { Level, Plan } from '../../model/plan.js';
import { planItems, planSections } from '../../model/walk.js';
import { levelDepth } from '../../lineage/levels.js';
import { LEVEL_NAMES, label, type Lang } from '../shared/labels.js';
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

/** What align may add to a link's changes (issue: explanations); read tolerantly until it lands. */
interface Extras {
  extent?: unknown;
  explanation?: unknown;
  explanations?: unknown;
  reason?: unknown;
}

/**
 * How much a link's text changed, as the comparison states it (`changes.extent`), or null.
 * @example linkExtent(link) // → 'minor'
 */
export function linkExtent(link: Link): string | null {
  const x = (link.changes as Extras).extent;
  if (typeof x === 'string') return x;
  if (typeof x === 'number') return x.toFixed(2);
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    const parts = [o.level ?? o.kind ?? o.label, typeof o.ratio === 'number' ? (o.ratio as number).toFixed(2) : o.ratio].filter((v) => v !== undefined && v !== null);
    return parts.length ? parts.map(String).join(' ') : null;
  }
  return null;
}

/**
 * Why a link is what it is, in words: for an added or dropped item the reason the comparison
 * gives and the nearest candidate it rejected, when it gives them; null when it says nothing.
 * @example explainLink(link, wordingFor('hierarchy', 'en')) // → 'reason: below threshold; nearest item 2.3 (0.21)'
 */
export function explainLink(link: Link, w: Wording): string | null {
  const ch = link.changes as Extras;
  const raw = ch.explanation ?? ch.explanations ?? ch.reason;
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  const parts = list.map((e) => explanationText(e, w)).filter((s): s is string => !!s);
  return parts.length ? parts.join('; ') : null;
}

function explanationText(e: unknown, w: Wording): string | null {
  if (typeof e === 'string') return e;
  if (!e || typeof e !== 'object') return null;
  const o = e as Record<string, unknown>;
  const out: string[] = [];
  const reason = o.reason ?? o.message ?? o.text ?? o.code;
  if (typeof reason === 'string') out.push(`${w.t('reason')}: ${reason}`);
  const nearest = o.nearest ?? o.candidate;
  if (nearest && typeof nearest === 'object') {
    const n = nearest as Record<string, unknown>;
    const ids = Array.isArray(n.ids) ? n.ids.join('+') : (n.id ?? n.item);
    const score = typeof n.score === 'number' ? ` (${n.score.toFixed(2)})` : '';
    if (ids !== undefined) out.push(`${w.t('nearest')} ${String(ids)}${score}`);
  } else if (typeof nearest === 'string') out.push(`${w.t('nearest')} ${nearest}`);
  return out.length ? out.join('; ') : null;
}

/** A suspected reversed pair: which check found it and the two values compared. */
export interface Reversal {
  kind: 'level' | 'year';
  upper: string;
  lower: string;
}

/**
 * Whether the two plans look handed in the wrong way round: the upper plan of a lower level
 * than the lower one (a district given first, its city second), or, for one place's versions,
 * the earlier side being the later year. The comparison's own orientation wins when it states one.
 * @example reversedPair(comparePlans(district, city)) // → { kind: 'level', upper: '区级', lower: '市级' }
 */
export function reversedPair(c: Comparison, lang: Lang = 'en'): Reversal | null {
  const stated = (c as { orientation?: unknown }).orientation;
  if (stated && typeof stated === 'object' && 'reversed' in stated) {
    if (!(stated as { reversed: unknown }).reversed) return null;
  }
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
  return null;
}

/**
 * The sentence a report and the CLI print for a reversed pair, or null.
 * @example reversalNote(comparison, wordingFor('hierarchy', 'en')) // → 'note: the upper plan (district) is of a lower level …'
 */
export function reversalNote(c: Comparison, w: Wording): string | null {
  const r = reversedPair(c, w.lang);
  if (!r) return null;
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
