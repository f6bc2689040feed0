/**
 * Hand-written minimal PDFs for the hostile-input tests and bench: a page tree that references
 * itself, one that claims far more pages than it has, one whose pages are one page repeated.
 * Text is in the standard Helvetica font (ASCII), enough for pdf.js to give a text layer.
 */

/** A PDF file from its objects (1-based: `objects[0]` is object 1, the catalog), with a correct xref. */
export function pdfFile(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const stream = (content: string) => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
const page = (parent: number, contents: number, font: number) =>
  `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 595 842] /Contents ${contents} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`;
const text = (lines: string[]) => stream(`BT /F1 12 Tf 72 760 Td 16 TL ${lines.map((l) => `(${l}) Tj T*`).join(' ')} ET`);

/** A page tree whose root lists itself among its kids, before its one real page. */
export function selfReferencingPagesPdf(): Uint8Array {
  return pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>', page(2, 4, 5), text(['1. Publish the plan.']), FONT]);
}

/** A page tree two nodes deep whose nodes are each other's kids (a loop with no page at all). */
export function pagesLoopPdf(): Uint8Array {
  return pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>']);
}

/** A page tree that claims `count` pages but holds one. */
export function lyingCountPdf(count: number): Uint8Array {
  return pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [3 0 R] /Count ${count} >>`, page(2, 4, 5), text(['1. Publish the plan.']), FONT]);
}

/** `count` pages that are all one page object, listed `count` times (a small file). */
export function repeatedPagePdf(count: number): Uint8Array {
  const kids = Array.from({ length: count }, () => '3 0 R').join(' ');
  return pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, page(2, 4, 5), text(['1. Publish the plan.']), FONT]);
}

/**
 * `count` distinct page objects in one flat page tree (as Word's export writes it), each with
 * its own line of text: 1.5 MB for 10,000 pages, 16 MB for 100,000.
 */
export function manyPagesPdf(count: number): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', FONT];
  const kids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const at = objects.length + 1;
    objects.push(page(2, at + 1, 3), text([`Item ${letters(i)} of the plan.`]));
    kids.push(`${at} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${count} >>`;
  return pdfFile(objects);
}

/** 1 → "a", 27 → "aa": a page's own words, which no running-head rule takes for furniture. */
function letters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}
