import type { PdfLine } from './lines.js';

/** What was removed as page furniture, by kind. */
export interface FurnitureCounts {
  pageNumbers: number;
  headers: number;
  footers: number;
}

const DASHES = '\\-‐‑‒–—―－─━~～_·•';

/**
 * Page-number forms: "— 2 —", "-2-", "- 2 -", "2", "第2页", "第 2 页 共 9 页", "共9页 第2页",
 * "2/9", "2 / 9", "Page 2 of 9", "p. 2"; in full- or half-width digits.
 */
const PAGE_NUMBER = new RegExp(
  [
    `^[${DASHES}]*\\s*\\d{1,4}\\s*[${DASHES}]*$`,
    '^第\\s*\\d{1,4}\\s*页\\s*[,，/、]?\\s*(共\\s*\\d{1,4}\\s*页)?$',
    '^共\\s*\\d{1,4}\\s*页\\s*[,，/、]?\\s*第\\s*\\d{1,4}\\s*页$',
    '^\\d{1,4}\\s*/\\s*\\d{1,4}$',
    '^(page|p\\.)\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$',
  ].join('|'),
  'i',
);

/** Whether a line's text is a page number in one of the usual forms. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.normalize('NFKC').trim());
}

/** The text a running header keeps from page to page: numbers (page, date, issue) blanked. */
function runningKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Share of the page height at the top and at the bottom where headers and footers live. */
const EDGE = 0.14;
/** How many lines at each edge of a page are looked at. */
const EDGE_LINES = 2;

/**
 * Removes running headers, footers and page numbers from the pages' lines. A line is furniture
 * when it is among the first or last lines of its page, lies in the page's top or bottom margin
 * zone, and either reads as a page number or repeats (numbers blanked) at the same edge of most
 * pages. Body text is never dropped for its wording alone: it must be in the margin zone.
 */
export function dropFurniture(pages: PdfLine[][], heights: number[]): { pages: PdfLine[][]; counts: FurnitureCounts } {
  const counts: FurnitureCounts = { pageNumbers: 0, headers: 0, footers: 0 };
  const edgeLines = (lines: PdfLine[], h: number) => ({
    top: lines.slice(0, EDGE_LINES).filter((l) => l.y > h * (1 - EDGE)),
    bottom: lines.slice(-EDGE_LINES).filter((l) => l.y < h * EDGE),
  });
  // how many pages carry each running text at each edge
  const seen = { top: new Map<string, number>(), bottom: new Map<string, number>() };
  pages.forEach((lines, i) => {
    const edges = edgeLines(lines, heights[i]!);
    for (const side of ['top', 'bottom'] as const) {
      for (const key of new Set(edges[side].map((l) => runningKey(l.text)))) seen[side].set(key, (seen[side].get(key) ?? 0) + 1);
    }
  });
  const repeats = (side: 'top' | 'bottom', text: string) => {
    const n = seen[side].get(runningKey(text)) ?? 0;
    return pages.length >= 2 && n >= 2 && n >= pages.length * 0.5;
  };
  const out = pages.map((lines, i) => {
    const edges = edgeLines(lines, heights[i]!);
    const drop = new Set<PdfLine>();
    for (const side of ['top', 'bottom'] as const) {
      for (const line of edges[side]) {
        if (isPageNumber(line.text)) {
          counts.pageNumbers++;
          drop.add(line);
        } else if (repeats(side, line.text)) {
          if (side === 'top') counts.headers++;
          else counts.footers++;
          drop.add(line);
        }
      }
    }
    return lines.filter((l) => !drop.has(l));
  });
  return { pages: out, counts };
}
