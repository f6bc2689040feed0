/**
 * Rows of an HTML table (as Word or a web page exports it: <table><tr><td>…) turned into
 * tab-separated rows, so that the table reader treats them like any other table. Cell markup
 * (<p>, <br>, <span>…) stays for the cell reader, which knows what to do with it; tabs inside a
 * cell become spaces, since they would split it.
 */
export function htmlTableRows(html: string): string[] {
  const rows: string[] = [];
  for (const tr of html.matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<\/tr\s*>|<tr\b|<\/table\s*>|$)/gi)) {
    const cells = [...(tr[1] ?? '').matchAll(/<t[dh]\b([^>]*)>([\s\S]*?)(?=<\/t[dh]\s*>|<t[dh]\b|$)/gi)].flatMap((m) => {
      const text = (m[2] ?? '').replace(/[\t\r\n]+/g, ' ').trim();
      // a cell spanning columns keeps the columns after it empty, as a PDF extraction would
      const span = Number(/colspan\s*=\s*["']?(\d+)/i.exec(m[1] ?? '')?.[1] ?? 1);
      return [text, ...Array.from({ length: Math.min(Math.max(span, 1), 20) - 1 }, () => '')];
    });
    if (cells.length > 0) rows.push(cells.join('\t'));
  }
  return rows;
}
