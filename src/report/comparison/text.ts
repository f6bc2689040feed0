import type { Comparison, DiffSpan, Link } from '../../model/comparison.js';
import type { Item, Plan } from '../../model/plan.js';
import { sanitizeDeep } from '../common/sanitize.js';
import type { Lang } from '../common/labels.js';
import { displayWidth, padWidth } from '../common/width.js';
import { changeChips, chipText } from './change-chips.js';
import { indexComparison, type ComparisonIndex } from './lookup.js';
import { explainLink, levelLabel, linkExtent, reversalNote, warningLines } from './phrases.js';
import { wordingFor, type Wording } from './wording.js';
import { pushAll } from '../../model/arrays.js';

/** Options of {@link renderText}. */
export interface TextOptions {
  /** ANSI colours (the CLI turns them on for terminals unless NO_COLOR is set). */
  color?: boolean;
  /** List every link, not only the links that changed. */
  all?: boolean;
  /** The plans, the counts and the warnings only: no per-link lines. */
  brief?: boolean;
  /** Report language, `en` (default) or `zh`. */
  lang?: Lang;
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', green: '\x1b[32m', yellow: '\x1b[33m', blue: '\x1b[34m', red: '\x1b[31m', ins: '\x1b[1;32m', del: '\x1b[9;31m' };
const STATUS_COLOR = { inherited: ANSI.green, modified: ANSI.yellow, added: ANSI.blue, dropped: ANSI.red } as const;
/** Unchanged text longer than this is shortened around the changes. */
const CONTEXT = 12;

/**
 * A terminal report of a comparison: the two plans, a note when they look given the wrong way
 * round, each plan's parser warnings, the counts per status, then per link that changed its
 * status, the item ids and full headings of both sides, the changed words (coloured on a
 * terminal; `[-deleted-]{+inserted+}` when not), obligation, lead-unit, partner and deadline
 * changes, and why an item counts as added or dropped. `brief` stops after the counts.
 * @example process.stdout.write(renderText(comparison, { color: process.stdout.isTTY, lang: 'zh' }));
 */
export function renderText(comparison: Comparison, options: TextOptions = {}): string {
  const c = sanitizeDeep(comparison);
  const w = wordingFor(c.relation, options.lang ?? 'en');
  const paint = (code: string, s: string) => (options.color && s ? `${code}${s}${ANSI.reset}` : s);
  const idx = indexComparison(c);
  const lines: string[] = [];
  const sideName = (s: string) => w.t(s === 'upper' ? 'upperPlan' : 'lowerPlan');
  const width = Math.max(displayWidth(sideName('upper')), displayWidth(sideName('lower'))) + 1;
  const describe = (side: 'upper' | 'lower', p: Plan) =>
    `${padWidth(sideName(side), width)} ${p.title || w.t('untitled')}  [${[p.jurisdiction.name, levelLabel(p.jurisdiction.level, w.lang), p.docNumber, p.date].filter(Boolean).join(' · ')}]`;
  lines.push(paint(ANSI.bold, describe('upper', c.upper)));
  lines.push(paint(ANSI.bold, describe('lower', c.lower)));
  const note = reversalNote(c, w);
  if (note) lines.push(paint(ANSI.yellow, note));
  for (const p of [c.upper, c.lower]) for (const l of warningLines(p, w.lang)) lines.push(paint(ANSI.dim, l));
  lines.push('');
  const total = c.links.length;
  const labelWidth = Math.max(...[...Object.values(w.status).map((s) => s.label), w.t('total')].map(displayWidth)) + 2;
  for (const status of ['inherited', 'modified', 'added', 'dropped'] as const) {
    const n = c.summary[status];
    lines.push(`${paint(STATUS_COLOR[status], padWidth(w.status[status].label, labelWidth))} ${String(n).padStart(4)}  ${'█'.repeat(Math.round((n / Math.max(1, total)) * 40))}`);
  }
  lines.push(`${padWidth(w.t('total'), labelWidth)} ${String(total).padStart(4)}`);
  if (options.brief) {
    lines.push('', paint(ANSI.dim, w.t('listedBrief')));
    return `${lines.join('\n')}\n`;
  }
  lines.push('');
  for (const link of c.links) {
    const chips = changeChips(link);
    if (!options.all && link.status === 'inherited' && chips.length === 0) continue;
    pushAll(lines, linkLines(link, idx, w, paint));
    for (const chip of chips) lines.push(`    ${chipText(chip, w)}`);
    const extent = linkExtent(link, w.lang);
    if (extent) lines.push(`    ${w.t('extent')}: ${extent}`);
    const why = explainLink(link, w);
    if (why) lines.push(`    ${why}`);
  }
  if (!options.all) lines.push(paint(ANSI.dim, w.t('notListed')));
  return `${lines.join('\n')}\n`;
}

function itemHead(item: Item | undefined, id: string): string {
  if (!item) return id;
  const head = item.heading || (item.text.length > 60 ? `${item.text.slice(0, 60)}…` : item.text);
  return `${id} ${item.marker} ${head}`.replace(/\s+/g, ' ').trim();
}

function linkLines(link: Link, idx: ComparisonIndex, w: Wording, paint: (code: string, s: string) => string): string[] {
  const score = link.score === null ? '' : ` ${link.score.toFixed(2)}`;
  const out = [paint(STATUS_COLOR[link.status], `[${w.status[link.status].label}${score}]`)];
  const side = (ids: string[], items: ComparisonIndex['upper'], name: string) => {
    if (ids.length === 0) return;
    for (const id of ids) out.push(`  ${name}  ${itemHead(items.get(id), id)}`);
  };
  side(link.upper, idx.upper, w.upper);
  side(link.lower, idx.lower, w.lower);
  const text = link.changes.text;
  if (link.status === 'modified' && text && !text.truncated) {
    const diff = diffLine(text.spans, paint);
    if (diff) out.push(`    ${diff}`);
  }
  return out;
}

/** The changed words of a diff with a little context; equal runs are shortened in the middle. */
function diffLine(spans: DiffSpan[], paint: (code: string, s: string) => string): string {
  const colour = paint('', 'x') !== 'x';
  const parts: string[] = [];
  spans.forEach((s, i) => {
    const flat = (t: string) => t.replace(/\s*\n\s*/g, ' ');
    switch (s.type) {
      case 'equal':
      case 'adaptation':
      case 'format': {
        const t = flat(s.lower);
        const first = i === 0;
        const last = i === spans.length - 1;
        if (t.length <= CONTEXT * 2) parts.push(t);
        else if (first) parts.push(`…${t.slice(-CONTEXT)}`);
        else if (last) parts.push(`${t.slice(0, CONTEXT)}…`);
        else parts.push(`${t.slice(0, CONTEXT)}…${t.slice(-CONTEXT)}`);
        break;
      }
      case 'deletion':
        parts.push(colour ? paint(ANSI.del, flat(s.upper)) : `[-${flat(s.upper)}-]`);
        break;
      case 'insertion':
        parts.push(colour ? paint(ANSI.ins, flat(s.lower)) : `{+${flat(s.lower)}+}`);
        break;
      case 'replacement':
        parts.push(colour ? `${paint(ANSI.del, flat(s.upper))}${paint(ANSI.ins, flat(s.lower))}` : `[-${flat(s.upper)}-]{+${flat(s.lower)}+}`);
        break;
    }
  });
  return spans.some((s) => s.type === 'insertion' || s.type === 'deletion' || s.type === 'replacement') ? parts.join('') : '';
}
