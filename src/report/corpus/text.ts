import type { CorpusPlanResult, CorpusResult } from '../../model/lineage.js';
import { label, type Lang, type LabelKey } from '../common/labels.js';
import { sanitizeDeep } from '../common/sanitize.js';
import { clipWidth, padWidth } from '../common/width.js';
import { warningLines } from '../comparison/phrases.js';
import { corpusGroups, type CorpusGroup } from './groups.js';

/** Options of {@link renderCorpusText}. */
export interface CorpusTextOptions {
  /** List one line per plan too (off when the CLI already streamed them). */
  plans?: boolean;
  /** Report language, `en` (default) or `zh`. */
  lang?: Lang;
}

/** The label of each group of plans. */
export const GROUP_LABEL: Record<CorpusGroup, LabelKey> = { descendants: 'groupDescendants', peers: 'groupPeers', versions: 'groupVersions', other: 'groupOther' };

/**
 * One line about one lower plan: inheritance rate, counts per status, source and place. The CLI
 * prints these as results arrive, in input order.
 * @example renderCorpusPlanLine(result) // → ' 0.897  i 14  m 12  d  3  +0  seeds/000….txt  辽中区 2022\n'
 */
export function renderCorpusPlanLine(plan: CorpusPlanResult): string {
  const p = sanitizeDeep(plan);
  const c = p.counts;
  const place = [p.jurisdiction.name, p.year].filter((x) => x !== null).join(' ');
  const warned = p.warnings ? `  ⚠ ${p.warnings.count}` : '';
  return `${p.inheritanceRate.toFixed(3).padStart(6)}  i ${pad(c.inherited)}  m ${pad(c.modified)}  d ${pad(c.dropped)}  +${c.added}  ${p.source}${place ? `  ${place}` : ''}${warned}\n`;
}

/**
 * A terminal report of a corpus: totals, the inheritance rate of each group of plans
 * (descendants, peers, other years — never averaged together), and per group the diffusion table
 * (per upper item: how many plans of the group inherited, modified or dropped it, with a bar of
 * its adoption rate); optionally one line per plan first.
 * @example process.stdout.write(renderCorpusText(aggregator.result(), { plans: true, lang: 'zh' }));
 */
export function renderCorpusText(corpus: CorpusResult, options: CorpusTextOptions = {}): string {
  const result = sanitizeDeep(corpus);
  const lang = options.lang ?? 'en';
  const t = (key: LabelKey, v?: Record<string, string | number>) => label(lang, key, v);
  const s = result.summary;
  const out: string[] = [];
  if (options.plans) for (const p of result.plans) out.push(renderCorpusPlanLine(p).trimEnd());
  if (options.plans && result.plans.length) out.push('');
  out.push(`${t('corpusTitle', { upper: result.upper.title, items: result.items.length, n: s.plans })}${s.failed ? t('corpusSkipped', { n: s.failed }) : ''}`);
  for (const l of warningLines(result.upper, lang)) out.push(`  ${l}`);
  const warned = result.plans.filter((p) => p.warnings);
  if (warned.length) out.push(`  ${t('warnings')}: ${warned.map((p) => `${p.source} (${p.warnings!.count})`).join(', ')}`);
  const groups = corpusGroups(result);
  for (const g of groups) {
    out.push(`  ${t('groupLine', { group: t(GROUP_LABEL[g.group]), n: g.plans.length, mean: g.meanInheritanceRate.toFixed(3), median: g.medianInheritanceRate.toFixed(3) })}`);
  }
  out.push(`  ${t('groupNote')}`);
  for (const g of groups) {
    out.push('', `${padWidth(t('diffusion', { group: t(GROUP_LABEL[g.group]) }), 40)} ${statusHead(lang)}`);
    result.items.forEach((r, k) => {
      const x = g.items[k]!;
      const bar = '█'.repeat(Math.round(x.adoptionRate * 20));
      out.push(`  ${padWidth(clipWidth(`${r.id} ${r.heading}`, 38), 38)} ${pad(x.inherited, 9)}  ${pad(x.modified, 8)}  ${pad(x.dropped, 7)}  ${(x.adoptionRate * 100).toFixed(0).padStart(6)}%  ${bar}`);
    });
  }
  return `${out.join('\n')}\n`;
}

function statusHead(lang: Lang): string {
  return lang === 'zh' ? '     沿用      修改   未采纳    采纳率' : 'inherited  modified  dropped  adoption';
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width);
}
