import { asciiDigits, chineseNumber } from './dates.js';

/** A span of years (2021—2025年, 2021年至2025年, 2023-2024年度): the period of a plan, not its year. */
const RANGE = /[0-9〇○零一二三四五六七八九]{4}\s*年?\s*[-—–~～至到]+\s*[0-9〇○零一二三四五六七八九]{4}\s*年?/g;
const SINGLE = /([0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年/g;

/** The years a text names on their own (ranges left out). */
function yearsIn(text: string | null): number[] {
  if (!text) return [];
  const t = asciiDigits(text).replace(RANGE, ' ');
  return [...new Set([...t.matchAll(SINGLE)].map((m) => chineseNumber(m[1]!)).filter((y): y is number => y !== null && y >= 1949 && y <= 2100))];
}

/**
 * The plan's year: the one year its title names (or its notice title, which names the same plan),
 * else — a guess, reported — the year of the notice's date, else the year in its 文号.
 * @example planYear('2021—2025年政务公开规划', null, '2021-03-01', null) // → { year: 2021, guess: 'year-from-date' }
 */
export function planYear(
  title: string,
  noticeTitle: string | null,
  date: string | null,
  docNumber: string | null,
): { year: number | null; guess: 'year-from-date' | 'year-from-doc-number' | null } {
  for (const text of [title, noticeTitle]) {
    const years = yearsIn(text);
    if (years.length === 1) return { year: years[0]!, guess: null };
  }
  if (date) return { year: Number(date.slice(0, 4)), guess: 'year-from-date' };
  const m = docNumber ? /[〔\[［﹝【（(〖]\s*(\d{4})/.exec(asciiDigits(docNumber)) : null;
  if (m) return { year: Number(m[1]), guess: 'year-from-doc-number' };
  return { year: null, guess: null };
}
