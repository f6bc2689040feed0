import type { DeadlineChange, UnitChange } from '../model/comparison.js';
import { agencyKey } from '../text/agencies.js';
import { parseDeadline, type Deadline } from '../text/deadline.js';

/**
 * Matches the unit names of two items across levels (市工业和信息化局 ↔ 区工信局, 市卫生健康委 ↔
 * 区卫健局, 各区县(市)政府 ↔ 各镇、街) and lists those only one side names. With the plans' folds
 * (their prepared `fold`), the words for the levels below each plan come from its own
 * jurisdiction and parent chain, as in the text comparison (各县(市)区政府 ↔ 各乡镇, 各涉农区县 ↔
 * 各涉农街镇); without, the fixed rules of comparableForm.
 * @example unitChange(['市工业和信息化局', '市财政局'], ['区工信局'], [], []) // → { kept: [['市工业和信息化局', '区工信局']], added: [], removed: ['市财政局'] }
 */
export function unitChange(
  upper: string[],
  lower: string[],
  upperPlaces: readonly string[],
  lowerPlaces: readonly string[],
  folds?: { upper: (text: string) => string; lower: (text: string) => string },
): UnitChange {
  const kept: [string, string][] = [];
  const upperKeys = upper.map((n) => agencyKey(n, upperPlaces, folds?.upper));
  const lowerKeys = lower.map((n) => agencyKey(n, lowerPlaces, folds?.lower));
  const taken = new Set<number>();
  const missing: number[] = [];
  upper.forEach((name, i) => {
    const j = lowerKeys.findIndex((k, n) => !taken.has(n) && k === upperKeys[i]);
    if (j >= 0) {
      taken.add(j);
      kept.push([name, lower[j]!]);
    } else missing.push(i);
  });
  // one unit named twice on a side — under the other plan's words (各县(市)区政府 ↔ 各乡镇政府、
  // 街道办事处), or by both items of a merge — is kept, not added or removed
  const keptUpper = new Map(kept.map(([u, l]) => [upperKeys[upper.indexOf(u)]!, { u, l }]));
  lower.forEach((name, j) => {
    const hit = taken.has(j) ? undefined : keptUpper.get(lowerKeys[j]!);
    if (!hit) return;
    taken.add(j);
    kept.push([hit.u, name]);
  });
  const removed: string[] = [];
  for (const i of missing) {
    const hit = keptUpper.get(upperKeys[i]!);
    if (hit) kept.push([upper[i]!, hit.l]);
    else removed.push(upper[i]!);
  }
  return { kept, added: lower.filter((_, j) => !taken.has(j)), removed };
}

/**
 * Compares two deadlines: the latest date named on each side decides later/earlier and by how
 * many months ("2022年5月底" → "2022年6月底前": later by 1); labels such as 长期坚持 are compared
 * as words.
 * @example deadlineChange('2022年5月底', '2022年6月底前', 2022, 2022) // → { change: 'later', months: 1, … }
 */
export function deadlineChange(upper: string | null, lower: string | null, upperYear: number | null, lowerYear: number | null): DeadlineChange {
  if (!upper && !lower) return { upper, lower, change: 'same', months: null };
  if (!upper) return { upper, lower, change: 'added', months: null };
  if (!lower) return { upper, lower, change: 'removed', months: null };
  const a = deadlineOf(upper, upperYear);
  const b = deadlineOf(lower, lowerYear);
  const sameLabels = [...a.labels].sort().join('|') === [...b.labels].sort().join('|');
  if (a.months.length && b.months.length) {
    const months = Math.max(...b.months) - Math.max(...a.months);
    if (months > 0) return { upper, lower, change: 'later', months, direction: 'loosened' };
    if (months < 0) return { upper, lower, change: 'earlier', months, direction: 'tightened' };
    return { upper, lower, change: sameLabels ? 'same' : 'changed', months: 0 };
  }
  if (!a.months.length && !b.months.length && sameLabels) return { upper, lower, change: 'same', months: null };
  return { upper, lower, change: 'changed', months: null };
}

const deadlines = new Map<string, Deadline>();
/** parseDeadline remembered: a plan's few deadline wordings recur in every link. Read only. */
function deadlineOf(text: string, year: number | null): Deadline {
  const key = `${year ?? ''}|${text}`;
  let d = deadlines.get(key);
  if (!d) {
    if (deadlines.size >= 10_000) deadlines.clear();
    d = parseDeadline(text, year);
    deadlines.set(key, d);
  }
  return d;
}
