import type { Comparison, Link } from '../model/comparison.js';
import { indexComparison, type ComparisonIndex } from './lookup.js';
import { wordingFor } from './wording.js';

/** Options of {@link renderText}. */
export interface TextOptions {
  /** ANSI colours (the CLI turns them on for terminals). */
  color?: boolean;
  /** List every link, not only the summary and the links that changed. */
  all?: boolean;
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', green: '\x1b[32m', yellow: '\x1b[33m', blue: '\x1b[34m', red: '\x1b[31m' };
const STATUS_COLOR = { inherited: ANSI.green, modified: ANSI.yellow, added: ANSI.blue, dropped: ANSI.red } as const;

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/**
 * A terminal summary of a comparison: the two plans, counts per status, then one line per link
 * (status, ids, scores, labels) with its field changes.
 * @example process.stdout.write(renderText(comparison, { color: process.stdout.isTTY }));
 */
export function renderText(c: Comparison, options: TextOptions = {}): string {
  const w = wordingFor(c.relation);
  const paint = (code: string, s: string) => (options.color ? `${code}${s}${ANSI.reset}` : s);
  const idx = indexComparison(c);
  const lines: string[] = [];
  const describe = (label: string, p: Comparison['upper']) =>
    `${label.padEnd(8)} ${p.title}  [${[p.jurisdiction.name, p.jurisdiction.level, p.docNumber, p.date].filter(Boolean).join(' · ')}]`;
  lines.push(paint(ANSI.bold, describe(w.upper, c.upper)));
  lines.push(paint(ANSI.bold, describe(w.lower, c.lower)));
  const total = c.links.length;
  lines.push('');
  for (const status of ['inherited', 'modified', 'added', 'dropped'] as const) {
    const n = c.summary[status];
    lines.push(`${paint(STATUS_COLOR[status], status.padEnd(10))} ${String(n).padStart(4)}  ${'█'.repeat(Math.round((n / Math.max(1, total)) * 40))}  ${paint(ANSI.dim, w.status[status].zh)}`);
  }
  lines.push('');
  for (const link of c.links) {
    if (!options.all && link.status === 'inherited' && !hasFieldChange(link)) continue;
    lines.push(linkLine(link, idx, paint));
    for (const detail of fieldChanges(link)) lines.push(`           ${paint(ANSI.dim, detail)}`);
  }
  if (!options.all) lines.push(paint(ANSI.dim, `(inherited links without field changes are not listed; use --all to list them)`));
  return `${lines.join('\n')}\n`;
}

function linkLine(link: Link, idx: ComparisonIndex, paint: (code: string, s: string) => string): string {
  const label = (ids: string[], items: ComparisonIndex['upper']) => ids.map((id) => clip(items.get(id)?.heading || items.get(id)?.text || id, 16)).join(' + ') || '—';
  const score = link.score === null ? '    ' : link.score.toFixed(2);
  return `${paint(STATUS_COLOR[link.status], link.status.padEnd(10))} ${score}  ${label(link.upper, idx.upper)}  →  ${label(link.lower, idx.lower)}`;
}

function hasFieldChange(link: Link): boolean {
  return fieldChanges(link).length > 0;
}

/** Human-readable field changes of a link (units, deadline, section move, obligation). */
export function fieldChanges(link: Link): string[] {
  const out: string[] = [];
  const ch = link.changes;
  for (const [name, u] of [['lead units', ch.leads], ['partners', ch.partners]] as const) {
    if (!u || (u.added.length === 0 && u.removed.length === 0)) continue;
    out.push(`${name}: ${[...u.removed.map((x) => `−${x}`), ...u.added.map((x) => `+${x}`)].join(' ')}`);
  }
  if (ch.deadline && ch.deadline.change !== 'same') {
    const by = ch.deadline.months ? ` by ${Math.abs(ch.deadline.months)} month${Math.abs(ch.deadline.months) === 1 ? '' : 's'}` : '';
    out.push(`deadline ${ch.deadline.change}${by}: ${ch.deadline.upper ?? '—'} → ${ch.deadline.lower ?? '—'}`);
  }
  if (ch.moved) out.push(`moved: ${ch.moved.from.join(' / ')} → ${ch.moved.to.join(' / ')}`);
  if (ch.text?.obligation) out.push(`obligation ${ch.text.obligation.direction}: ${ch.text.obligation.upper.join('、') || '—'} → ${ch.text.obligation.lower.join('、') || '—'}`);
  return out;
}
