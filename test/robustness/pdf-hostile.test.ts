import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import type { PolicyLineageError } from '../../src/errors.js';
import type { ReadDocument } from '../../src/read/types.js';
import { lyingCountPdf, manyPagesPdf, pagesLoopPdf, repeatedPagePdf, selfReferencingPagesPdf } from '../../scripts/lib/hostile-pdf.js';

const texts = (doc: ReadDocument) => doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '[table]'));

async function refusal(bytes: Uint8Array, source: string): Promise<PolicyLineageError> {
  try {
    await readDocument(bytes, { source });
  } catch (e) {
    return e as PolicyLineageError;
  }
  throw new Error('expected a refusal');
}

describe('hostile PDFs', () => {
  it('refuses a page tree that lists itself among its kids, saying why', async () => {
    const e = await refusal(selfReferencingPagesPdf(), 'self.pdf');
    expect(e.code).toBe('UNREADABLE');
    expect(e.message).toMatch(/^self\.pdf: no page of the PDF could be read \(page 1: .*circular reference/);
  });

  it('refuses two page-tree nodes that are each other’s kids', async () => {
    const e = await refusal(pagesLoopPdf(), 'loop.pdf');
    expect(e.code).toBe('UNREADABLE');
    expect(e.message).toMatch(/^loop\.pdf: no page of the PDF could be read \(page 1: .*circular reference/);
  });

  it('does not call a PDF scanned whose one page holds nothing: a root that is its own kid, claiming 100,000 pages', async () => {
    const pdf = ['%PDF-1.4', '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', '2 0 obj << /Type /Pages /Kids [2 0 R] /Count 100000 >> endobj', 'trailer << /Root 1 0 R /Size 3 >>', '%%EOF'].join('\n');
    const e = await refusal(new TextEncoder().encode(pdf), 'empty.pdf');
    expect(e.code).toBe('UNREADABLE');
    // pdf.js repairs the tree into one empty page
    expect(e.message).toBe("empty.pdf: the PDF's pages hold neither text nor images (1 page read): there is nothing to read");
  });

  it('reads one page object listed 100,000 times once, and says what it skipped', async () => {
    const doc = await readDocument(repeatedPagePdf(100_000), { source: 'repeat.pdf' });
    expect(texts(doc)).toEqual(['1. Publish the plan.']);
    // 100,000 pages in a flat tree: 2,000,000 steps of the page-tree walk allow 20 pages
    expect(doc.warnings).toEqual([
      { code: 'pages-skipped', line: null, message: 'the PDF has 100000 pages; read the first 20' },
      { code: 'pages-skipped', line: null, message: 'pages 2–20 repeat a page already read (the page tree lists one page object more than once); skipped' },
    ]);
  });

  it('reads fewer pages of a flat 10,000-page tree, the first 200, and says so', async () => {
    const doc = await readDocument(manyPagesPdf(10_000), { source: 'many.pdf' });
    const all = texts(doc).join(' ');
    expect(all).toMatch(/^Item a of the plan\. Item b of the plan\./);
    expect(all).toMatch(/Item gr of the plan\.$/); // page 200
    expect(doc.warnings).toEqual([{ code: 'pages-skipped', line: null, message: 'the PDF has 10000 pages; read the first 200' }]);
  });

  it('reads the one page of a tree that claims 100,000, with nothing skipped', async () => {
    const doc = await readDocument(lyingCountPdf(100_000), { source: 'lying.pdf' });
    expect(texts(doc)).toEqual(['1. Publish the plan.']);
    expect(doc.warnings).toEqual([]);
  });
});
