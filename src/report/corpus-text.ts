import type { CorpusPlanResult, CorpusResult } from '../model/lineage.js';
import { clipWidth, padWidth } from './lineage-common.js';

/** Options of {@link renderCorpusText}. */
export interface CorpusTextOptions {
  /** List one line per plan too (off when the CLI already streamed them). */
  plans?: boolean;
}

/**
 * One line about one lower plan: inheritance rate, counts per status, source and place. The CLI
 * prints these as results arrive, in input order.
 * @example renderCorpusPlanLine(result) // → ' 0.897  i 14  m 12  d  3  +0  seeds/000….txt  辽中区 2022\n'
 */
export function renderCorpusPlanLine(p: CorpusPlanResult): string {
  const c = p.counts;
  const place = [p.jurisdiction.name, p.year].filter((x) => x !== null).join(' ');
  return `${p.inheritanceRate.toFixed(3).padStart(6)}  i ${pad(c.inherited)}  m ${pad(c.modified)}  d ${pad(c.dropped)}  +${c.added}  ${p.source}${place ? `  ${place}` : ''}\n`;
}

/**
 * A terminal report of a corpus: totals, the diffusion table (per upper item: how many lower
 * plans inherited, modified or dropped it, with a bar of its adoption rate), and optionally one
 * line per plan.
 * @example process.stdout.write(renderCorpusText(aggregator.result(), { plans: true }));
 */
export function renderCorpusText(result: CorpusResult, options: CorpusTextOptions = {}): string {
  const s = result.summary;
  const out: string[] = [];
  if (options.plans) for (const p of result.plans) out.push(renderCorpusPlanLine(p).trimEnd());
  if (options.plans && result.plans.length) out.push('');
  out.push(`Corpus: ${result.upper.title} (${result.items.length} items) against ${s.plans} plan${s.plans === 1 ? '' : 's'}${s.failed ? ` (${s.failed} skipped)` : ''}`);
  out.push(`inheritance rate: mean ${s.meanInheritanceRate.toFixed(3)}, median ${s.medianInheritanceRate.toFixed(3)}; upper items inherited ${s.inherited}, modified ${s.modified}, dropped ${s.dropped}; lower items added ${s.added}`);
  out.push('', `${padWidth('Diffusion per upper item', 40)} inherited  modified  dropped  adoption`);
  for (const r of result.items) {
    const bar = '█'.repeat(Math.round(r.adoptionRate * 20));
    out.push(`  ${padWidth(clipWidth(`${r.id} ${r.heading}`, 38), 38)} ${pad(r.inherited, 9)}  ${pad(r.modified, 8)}  ${pad(r.dropped, 7)}  ${(r.adoptionRate * 100).toFixed(0).padStart(6)}%  ${bar}`);
  }
  return `${out.join('\n')}\n`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width);
}
