import type { DeadlineChange, Link } from '../../model/comparison.js';
import { label, type Lang, type LabelKey } from '../common/labels.js';
import type { Wording } from './wording.js';

/** A field change of a link, structured so each report can lay it out its own way. */
export type Chip =
  | { kind: 'leads' | 'partners'; added: string[]; removed: string[]; kept: [string, string][] }
  | { kind: 'deadline'; change: DeadlineChange }
  | { kind: 'moved'; from: string[]; to: string[] }
  | { kind: 'obligation'; direction: 'stronger' | 'weaker' | 'mixed'; upper: string[]; lower: string[]; clauses: { upper: string; lower: string }[] }
  | { kind: 'truncated' };

/** The label of each kind of chip. */
export const CHIP_LABEL: Record<Chip['kind'], LabelKey> = { leads: 'leads', partners: 'partners', deadline: 'deadline', moved: 'moved', obligation: 'obligation', truncated: 'textDiff' };

/**
 * The field changes of a link worth showing: units added or removed, a deadline that is not the
 * same, a move to another section, a change in how binding the text is, and a diff that gave up.
 * Units kept under an adapted name (市发展改革委 ↔ 区发改局) are not a change and ride along on the
 * unit chips only for tooltips.
 * @example changeChips(link).map((c) => chipText(c, wordingFor('hierarchy'))) // → ['lead units +区工信局', 'deadline later by 1 month: 2022年5月底 → 2022年6月底前']
 */
export function changeChips(link: Link): Chip[] {
  const ch = link.changes;
  const out: Chip[] = [];
  for (const kind of ['leads', 'partners'] as const) {
    const u = ch[kind];
    if (u && (u.added.length > 0 || u.removed.length > 0)) out.push({ kind, added: u.added, removed: u.removed, kept: u.kept });
  }
  if (ch.deadline && ch.deadline.change !== 'same') out.push({ kind: 'deadline', change: ch.deadline });
  if (ch.moved) out.push({ kind: 'moved', from: ch.moved.from, to: ch.moved.to });
  // the full assessment (clauses and direction, added in comparison 0.2) when there is one
  const assessed = ch.obligation;
  const textual = assessed?.clauses.filter((c) => c.aspect !== 'deadline') ?? [];
  if (assessed && textual.length > 0) {
    out.push({
      kind: 'obligation',
      direction: assessed.direction,
      upper: [...new Set(textual.flatMap((c) => c.upper))],
      lower: [...new Set(textual.flatMap((c) => c.lower))],
      clauses: textual.map((c) => c.clause),
    });
  } else if (ch.text?.obligation) {
    const ob = ch.text.obligation;
    out.push({ kind: 'obligation', direction: ob.direction, upper: ob.upper, lower: ob.lower, clauses: [] });
  }
  if (ch.text?.truncated) out.push({ kind: 'truncated' });
  return out;
}

/**
 * "later by 1 month" / "推迟 1 个月", "changed", "added", "removed".
 * @example deadlineSummary({ upper: '2022年5月底', lower: '2022年6月底前', change: 'later', months: 1 }, 'en') // → 'later by 1 month'
 */
export function deadlineSummary(d: DeadlineChange, lang: Lang): string {
  const how = d.direction ? (lang === 'zh' ? `（${label(lang, d.direction)}）` : ` (${label(lang, d.direction)})`) : '';
  if ((d.change === 'later' || d.change === 'earlier') && d.months) {
    return `${label(lang, d.change)} ${label(lang, 'byMonths', { n: Math.abs(d.months) })}${how}`;
  }
  const key: Record<DeadlineChange['change'], LabelKey> = { same: 'deadlineChanged', later: 'later', earlier: 'earlier', added: 'deadlineAdded', removed: 'deadlineRemoved', changed: 'deadlineChanged' };
  return `${label(lang, key[d.change])}${how}`;
}

/**
 * One-line plain text of a chip in the report language, for the text, Markdown, CSV and Excel reports.
 * @example chipText({ kind: 'leads', added: ['区工信局'], removed: [], kept: [] }, wordingFor('hierarchy', 'zh')) // → '牵头单位 +区工信局'
 */
export function chipText(chip: Chip, w: Wording): string {
  const name = w.t(CHIP_LABEL[chip.kind]);
  switch (chip.kind) {
    case 'leads':
    case 'partners':
      return `${name} ${[...chip.added.map((u) => `+${u}`), ...chip.removed.map((u) => `−${u}`)].join(' ')}`;
    case 'deadline':
      return `${name} ${deadlineSummary(chip.change, w.lang)}: ${chip.change.upper ?? '—'} → ${chip.change.lower ?? '—'}`;
    case 'moved':
      return `${name}: ${chip.from.join(' › ') || '—'} → ${chip.to.join(' › ') || '—'}`;
    case 'obligation': {
      const clause = chip.clauses[0];
      const where = clause ? ` 「${clause.upper}」→「${clause.lower}」` : '';
      return `${name} ${w.t(chip.direction)}: ${chip.upper.join('、') || '—'} → ${chip.lower.join('、') || '—'}${where}`;
    }
    case 'truncated':
      return `${name}: ${w.t('tooLongToDiff')}`;
  }
}
