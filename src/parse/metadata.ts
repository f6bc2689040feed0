import { cleanInline, joinFragments } from './clean.js';
import { splitUnits } from './units.js';

/** Metadata keys, mapped to the field they fill. */
const KEYS: Record<string, 'leads' | 'partners' | 'deadline'> = {
  牵头单位: 'leads',
  牵头部门: 'leads',
  牵头领导: 'leads',
  主责单位: 'leads',
  责任单位: 'partners',
  责任部门: 'partners',
  配合单位: 'partners',
  配合部门: 'partners',
  协办单位: 'partners',
  参与单位: 'partners',
  完成时限: 'deadline',
  完成时间: 'deadline',
  时间节点: 'deadline',
  时限要求: 'deadline',
};
const KEY_ALT = Object.keys(KEYS).join('|');
/** A metadata parenthesis opens with a key, possibly after up to two characters a page break duplicated ("（责\n\n责任单位"). */
const OPENING = new RegExp(`^\\s*([^：:（(）)]{0,2}?)(${KEY_ALT})\\s*[:：]`);
const KEY_GLOBAL = new RegExp(`(${KEY_ALT})\\s*[:：]`, 'g');

/** The metadata found in an item's text. */
export interface Metadata {
  /** The text with the metadata parenthesis removed. */
  text: string;
  leads: string[];
  partners: string[];
  deadline: string | null;
  /** The parenthesis as written, or null when there is none. */
  raw: string | null;
  /** Characters before the first key inside the parenthesis (page-break debris), if any. */
  debris: string;
  /** Text that followed the parenthesis (normally empty). */
  trailing: string;
  /** True when the parenthesis was never closed. */
  unclosed: boolean;
}

interface Group {
  start: number;
  end: number; // index of the closing bracket, or text.length when unclosed
}

/** Top-level parenthesised groups; full- and half-width parentheses count as the same. */
function topLevelGroups(text: string): Group[] {
  const out: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '（' || ch === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: i });
    }
  }
  if (depth > 0 && start >= 0) out.push({ start, end: text.length });
  return out;
}

/**
 * Finds the metadata parenthesis of an item — （牵头单位：…；责任单位：…；完成时限：…） with ：or :,
 * ；or ; — and splits it into lead units, partner units and a deadline.
 * @example
 * extractMetadata('加强助企纾困信息公开。(牵头单位:市营商局;完成时限:长期坚持)')
 * // → { text: '加强助企纾困信息公开。', leads: ['市营商局'], partners: [], deadline: '长期坚持', … }
 */
export function extractMetadata(text: string): Metadata {
  const none: Metadata = { text, leads: [], partners: [], deadline: null, raw: null, debris: '', trailing: '', unclosed: false };
  const groups = topLevelGroups(text);
  for (let g = groups.length - 1; g >= 0; g--) {
    const { start, end } = groups[g]!;
    const inner = text.slice(start + 1, end);
    const open = OPENING.exec(inner);
    if (!open) continue;
    const fields = parseFields(inner.slice(open[1]!.length));
    const trailing = text.slice(Math.min(end + 1, text.length)).trim();
    return {
      text: /^[\p{P}\s]*$/u.test(trailing) ? text.slice(0, start).trimEnd() : joinFragments(text.slice(0, start).trimEnd(), trailing),
      ...fields,
      raw: text.slice(start, Math.min(end + 1, text.length)),
      debris: open[1] ?? '',
      trailing,
      unclosed: end === text.length,
    };
  }
  return none;
}

function parseFields(inner: string): Pick<Metadata, 'leads' | 'partners' | 'deadline'> {
  const leads: string[] = [];
  const partners: string[] = [];
  const deadlines: string[] = [];
  const keys = [...inner.matchAll(KEY_GLOBAL)];
  keys.forEach((k, i) => {
    const from = (k.index ?? 0) + k[0].length;
    const to = i + 1 < keys.length ? (keys[i + 1]!.index ?? inner.length) : inner.length;
    const value = inner.slice(from, to).replace(/[；;，,。\s]+$/, '');
    const field = KEYS[k[1]!];
    if (field === 'deadline') {
      const d = cleanInline(value).replace(/\s+/g, '');
      if (d) deadlines.push(d);
    } else if (field === 'leads') {
      leads.push(...splitUnits(value));
    } else if (field === 'partners') {
      partners.push(...splitUnits(value));
    }
  });
  return { leads, partners, deadline: deadlines.length ? deadlines.join('；') : null };
}
