import type { DeadlineChange, Link, UnitChange } from '../model/comparison.js';

/** A field change of a link, structured so each report can lay it out its own way. */
export type Chip =
  | { kind: 'leads' | 'partners'; label: string; labelEn: string; added: string[]; removed: string[]; kept: [string, string][] }
  | { kind: 'deadline'; label: string; labelEn: string; summary: string; upper: string | null; lower: string | null }
  | { kind: 'moved'; label: string; labelEn: string; from: string[]; to: string[] }
  | { kind: 'obligation'; label: string; labelEn: string; direction: 'stronger' | 'weaker'; upper: string[]; lower: string[] }
  | { kind: 'truncated'; label: string; labelEn: string };

/**
 * The field changes of a link worth showing: units added or removed, a deadline that is not the
 * same, a move to another section, a change in how binding the text is, and a diff that gave up.
 * Units kept under an adapted name (市发展改革委 ↔ 区发改局) are not a change and ride along on the
 * unit chips only for tooltips.
 * @example changeChips(link).map(chipText) // → ['牵头单位 +区工信局', '完成时限 later by 1 month: 2022年5月底 → 2022年6月底前']
 */
export function changeChips(link: Link): Chip[] {
  const ch = link.changes;
  const out: Chip[] = [];
  const units = (kind: 'leads' | 'partners', label: string, labelEn: string, u: UnitChange | undefined) => {
    if (u && (u.added.length > 0 || u.removed.length > 0)) out.push({ kind, label, labelEn, added: u.added, removed: u.removed, kept: u.kept });
  };
  units('leads', '牵头单位', 'lead units', ch.leads);
  units('partners', '责任单位', 'partners', ch.partners);
  if (ch.deadline && ch.deadline.change !== 'same') {
    out.push({ kind: 'deadline', label: '完成时限', labelEn: 'deadline', summary: deadlineSummary(ch.deadline), upper: ch.deadline.upper, lower: ch.deadline.lower });
  }
  if (ch.moved) out.push({ kind: 'moved', label: '调整章节', labelEn: 'moved', from: ch.moved.from, to: ch.moved.to });
  const ob = ch.text?.obligation;
  if (ob) out.push({ kind: 'obligation', label: '约束力', labelEn: 'obligation', direction: ob.direction, upper: ob.upper, lower: ob.lower });
  if (ch.text?.truncated) out.push({ kind: 'truncated', label: '文本差异', labelEn: 'text diff' });
  return out;
}

/**
 * "later by 1 month", "earlier by 2 months", "changed", "added", "removed".
 * @example deadlineSummary({ upper: '2022年5月底', lower: '2022年6月底前', change: 'later', months: 1 }) // → 'later by 1 month'
 */
export function deadlineSummary(d: DeadlineChange): string {
  if ((d.change === 'later' || d.change === 'earlier') && d.months) {
    const n = Math.abs(d.months);
    return `${d.change} by ${n} month${n === 1 ? '' : 's'}`;
  }
  return d.change;
}

/**
 * One-line plain text of a chip, for Markdown and other plain outputs.
 * @example chipText({ kind: 'leads', label: '牵头单位', labelEn: 'lead units', added: ['区工信局'], removed: [], kept: [] }) // → '牵头单位 +区工信局'
 */
export function chipText(chip: Chip): string {
  switch (chip.kind) {
    case 'leads':
    case 'partners':
      return `${chip.label} ${[...chip.added.map((u) => `+${u}`), ...chip.removed.map((u) => `−${u}`)].join(' ')}`;
    case 'deadline':
      return `${chip.label} ${chip.summary}: ${chip.upper ?? '—'} → ${chip.lower ?? '—'}`;
    case 'moved':
      return `${chip.label} moved: ${chip.from.join(' › ') || '—'} → ${chip.to.join(' › ') || '—'}`;
    case 'obligation':
      return `${chip.label} ${chip.direction}: ${chip.upper.join('、') || '—'} → ${chip.lower.join('、') || '—'}`;
    case 'truncated':
      return `${chip.label} too long to diff: texts shown in full`;
  }
}
