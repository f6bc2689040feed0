/** A deadline read from text such as "2022年6月底前" or "长期坚持". */
export interface Deadline {
  /** Dates named, as year·12 + month (month 1–12); the year defaults to the plan's year. */
  months: number[];
  /** Words that are not dates: 长期坚持, 全年, 持续推进 … */
  labels: string[];
}

const DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|中旬|上旬|下旬|份|末)?\s*(?:前|以前|之前)?/g;

/**
 * Reads the dates and labels of a 完成时限 value.
 * @param year the plan's year, for dates written without one ("11月底前")
 * @example parseDeadline('2022 年 5 月底,长期坚持') // → { months: [2022*12+5], labels: ['长期坚持'] }
 */
export function parseDeadline(text: string, year: number | null = null): Deadline {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const months: number[] = [];
  let rest = s;
  for (const m of s.matchAll(DATE)) {
    const y = m[1] ? Number(m[1]) : year;
    const mo = Number(m[2]);
    if (y !== null && mo >= 1 && mo <= 12) months.push(y * 12 + mo);
    rest = rest.replace(m[0], ' ');
  }
  const years = [...rest.matchAll(/(\d{4})\s*年(底|末|内)?/g)];
  for (const y of years) {
    months.push(Number(y[1]) * 12 + 12);
    rest = rest.replace(y[0], ' ');
  }
  const labels = rest
    .split(/[,，;；、\s]+/)
    .map((l) => l.replace(/^(前|以前|之前)$/, ''))
    .filter(Boolean);
  return { months, labels };
}

/** Formats year·12 + month as "2022年6月". */
export function formatMonth(m: number): string {
  const y = Math.floor((m - 1) / 12);
  return `${y}年${m - y * 12}月`;
}
