import type { ChainCell, Lineage, RequirementChain } from '../../model/lineage.js';
import { CELL_WORDS, indexLineage, shortLabel, skipNote, type LineageIndex } from './cells.js';
import { clipWidth, padWidth } from '../common/width.js';
import type { Lang } from '../common/labels.js';
import { sanitizeDeep } from '../common/sanitize.js';
import { warningLines } from '../comparison/phrases.js';
import { pushAll } from '../../model/arrays.js';

/** Options of {@link renderLineageText}. */
export interface LineageTextOptions {
  /** Report language, `en` (default) or `zh` (headings and statuses). */
  lang?: Lang;
  /** ANSI colours (the CLI turns them on for terminals). */
  color?: boolean;
  /** List every requirement chain, not only those that change somewhere. */
  all?: boolean;
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', green: '\x1b[32m', yellow: '\x1b[33m', blue: '\x1b[34m', red: '\x1b[31m', magenta: '\x1b[35m' };
const SYMBOL: Record<ChainCell['status'], string> = { origin: '', added: '+', inherited: '=', modified: '~', dropped: '✗', absent: '·', above: '' };
const COLOR: Partial<Record<ChainCell['status'], string>> = { added: ANSI.blue, inherited: ANSI.green, modified: ANSI.yellow, dropped: ANSI.red, absent: ANSI.dim };
const COLUMN = 26;

/**
 * A terminal report of a lineage: the chain and why it is in this order, a summary of every hop,
 * what became of the top plan's requirements at each level, the skip-level items, then one line
 * per requirement chain (by default only those that change somewhere).
 * @example process.stdout.write(renderLineageText(traceLineage([city, district]), { color: true }));
 */
export function renderLineageText(input: Lineage, options: LineageTextOptions = {}): string {
  const lineage = sanitizeDeep(input);
  const paint = (code: string | undefined, s: string) => (options.color && code ? `${code}${s}${ANSI.reset}` : s);
  const idx = indexLineage(lineage);
  const out: string[] = [];
  out.push(paint(ANSI.bold, `Lineage of ${lineage.plans.length} plans, highest level first`));
  lineage.plans.forEach((p, level) => {
    const facts = [p.title, p.docNumber, p.date, `${idx.items[level]!.size} items`].filter(Boolean).join(' · ');
    out.push(`  L${level + 1} ${padWidth(`${idx.names[level]} (${p.jurisdiction.level ?? '?'})`, 20)} ${facts}`);
  });
  const warnings = lineage.plans.flatMap((p) => warningLines(p, options.lang ?? 'en'));
  if (warnings.length) pushAll(out, warnings.map((l) => paint(ANSI.dim, `  ${l}`)));
  if (lineage.order.reasons.length > 0) {
    out.push('', paint(ANSI.bold, 'Why this order'));
    for (const r of lineage.order.reasons) out.push(`  - ${r}`);
  }

  out.push('', paint(ANSI.bold, 'Hops'));
  for (const hop of lineage.hops) {
    const s = hop.summary;
    const label = `${idx.names[hop.upper]} → ${idx.names[hop.lower]}${hop.adjacent ? '' : ' (skip-level check)'}`;
    out.push(`  ${padWidth(label, 34)} inherited ${s.inherited}  modified ${s.modified}  added ${s.added}  dropped ${s.dropped}`);
  }

  out.push('', paint(ANSI.bold, `What became of ${idx.names[0]}'s ${idx.items[0]!.size} requirements`));
  out.push(`  ${padWidth('', 20)} inherited  modified  dropped here  absent  reappeared`);
  for (const l of lineage.summary.levels.slice(1)) {
    const t = l.top;
    out.push(`  ${padWidth(`L${l.level + 1} ${idx.names[l.level]}`, 20)} ${num(t.inherited, 9)}  ${num(t.modified, 8)}  ${num(t.dropped, 12)}  ${num(t.absent, 6)}  ${num(t.reappeared, 10)}`);
  }

  const skips = lineage.items.filter((i) => i.skip);
  out.push('', paint(ANSI.bold, `Skip-level inheritance (${skips.length})`));
  if (skips.length === 0) out.push(paint(ANSI.dim, '  none: every lower item is closest to the level right above it'));
  for (const item of skips) {
    const s = item.skip!;
    const from = item.ancestors[s.from]!;
    const label = shortLabel(idx.items[item.level]!.get(item.id));
    const why = s.reason === 'absent' ? `not in ${s.skipped.map((l) => idx.names[l]).join('、')}` : `${s.skipped.map((l) => idx.names[l]).join('、')} only ${s.skippedScore!.toFixed(2)}`;
    out.push(`  ${idx.names[item.level]} ${item.id} ${label} ← ${idx.names[s.from]} ${from.ids.join('+')} ${from.status} ${s.score.toFixed(2)} (${why})`);
  }

  out.push('', paint(ANSI.bold, 'Requirement chains'), paint(ANSI.dim, '  = inherited  ~ modified  ✗ dropped here  · absent  + added here  ↷ skip-level'));
  out.push(`  ${idx.names.map((n) => padWidth(n, COLUMN)).join(' ')}`.trimEnd());
  let hidden = 0;
  for (const chain of lineage.chains) {
    if (!options.all && !changes(chain)) {
      hidden++;
      continue;
    }
    out.push(`  ${chain.cells.map((cell) => paint(COLOR[cell.status], padWidth(clipWidth(cellText(cell, idx), COLUMN), COLUMN))).join(' ')}`.trimEnd());
    const notes = chain.cells.map((c) => skipNote(idx, c)).filter(Boolean);
    for (const note of notes) out.push(paint(ANSI.dim, `      ${note}`));
  }
  if (hidden > 0) out.push(paint(ANSI.dim, `  (${hidden} chain${hidden === 1 ? '' : 's'} inherited unchanged at every level not listed; use --all to list them)`));
  return `${out.join('\n')}\n`;
}

function num(n: number, width: number): string {
  return String(n).padStart(width);
}

/** Whether a chain is anything but inherited all the way down. */
function changes(chain: RequirementChain): boolean {
  return chain.origin.level > 0 || chain.cells.some((c) => c.status !== 'origin' && c.status !== 'inherited') || chain.cells.some((c) => c.skip);
}

function cellText(cell: ChainCell, idx: LineageIndex): string {
  if (cell.status === 'above') return '';
  if (cell.status === 'dropped') return `${SYMBOL.dropped} ${CELL_WORDS.dropped.en}`;
  if (cell.status === 'absent') return SYMBOL.absent;
  const label = cell.status === 'origin' || cell.status === 'added' ? ` ${shortLabel(idx.items[cell.level]!.get(cell.ids[0]!))}` : '';
  const score = cell.status === 'modified' && cell.score !== null ? ` ${cell.score.toFixed(2)}` : '';
  return `${cell.skip ? '↷' : ''}${SYMBOL[cell.status]}${SYMBOL[cell.status] ? ' ' : ''}${cell.ids.join('+')}${score}${label}`;
}
