import type { ParseWarning } from '../model/plan.js';
import type { Line } from './lines.js';

/** Page numbers and running page footers: "— 3 —", "-3-", "第2页 共9页", "第 2 页", "2/9", "Page 3". */
const PAGE_FURNITURE = [
  /^[—–\-－一]{1,2}\s*\d{1,4}\s*[—–\-－一]{1,2}$/,
  /^第\s*\d{1,4}\s*页\s*[,，/／]?\s*(共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];

/** A line that only annotates the text in another script: pinyin or English, no Chinese character. */
function isAnnotation(text: string): boolean {
  return !/[\u3400-\u9fff]/.test(text) && /[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{2,}[^A-Za-z]+[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{2,}/.test(text);
}

/**
 * Drops lines that are not part of the plan's text — page numbers and footers a PDF or Word page
 * left behind, and lines written only in pinyin or English that annotate the Chinese text — with a
 * warning for each, so that they neither end a paragraph nor become part of one. Table rows stay.
 * @example dropPageFurniture([{ no: 3, raw: '— 3 —', text: '— 3 —', table: false }], []) // → []
 */
export function dropPageFurniture(lines: Line[], warnings: ParseWarning[]): Line[] {
  return lines.filter((l) => {
    if (l.table) return true;
    const t = l.text.trim();
    if (PAGE_FURNITURE.some((re) => re.test(t))) {
      warnings.push({ code: 'page-furniture', line: l.no, message: `dropped page furniture "${t}"` });
      return false;
    }
    if (isAnnotation(t)) {
      warnings.push({ code: 'annotation', line: l.no, message: `dropped a line without Chinese text (an annotation in another script): "${t.slice(0, 40)}"` });
      return false;
    }
    return true;
  });
}
