import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from '../../src/errors.js';
import { readPdf } from '../../src/read/pdf/index.js';
import { isPageNumber } from '../../src/read/pdf/furniture.js';
import { layoutPages } from '../../src/read/pdf/layout.js';
import type { PageContent, TextRun } from '../../src/read/pdf/page.js';
import { encodeGbk } from '../../scripts/fixtures/html.js';
import { fixturePath } from '../helpers.js';

const fixture = (name: string) => new Uint8Array(readFileSync(fixturePath('read', name)));
const paragraphs = (pages: PageContent[]) => layoutPages(pages).blocks.map((b) => (b.kind === 'paragraph' ? b.text : `table:${b.rows.length}`));

/** An A4 page of 12-point lines: [x, y, text]; widths are 12 points a character. */
function page(number: number, lines: [number, number, string][]): PageContent {
  const runs: TextRun[] = lines.map(([x, y, text]) => ({ text, x, y, width: [...text].length * 12, size: 12 }));
  return { number, width: 595, height: 842, runs, rules: [] };
}

describe('page numbers', () => {
  it.each(['— 2 —', '-2-', '- 2 -', '第2页 共9页', '第 2 页', '2/9', 'Page 2 of 9', '2', '－３－', '共9页 第2页'])('%s is a page number', (s) => {
    expect(isPageNumber(s)).toBe(true);
  });
  it.each(['2022年', '1. 加强', '第二章', '12345热线'])('%s is not', (s) => {
    expect(isPageNumber(s)).toBe(false);
  });
});

describe('layoutPages', () => {
  // a body 20 characters wide (x 60–300), a header at the top and a page number at the bottom
  const body = (n: number, lines: [number, string][]) =>
    page(n, [[200, 800, '某某县人民政府公报'], ...lines.map(([x, t], i) => [x, 700 - i * 20, t] as [number, number, string]), [280, 40, `— ${n} —`]]);
  const pages = [
    body(1, [
      [84, '一、加强政府信息公开工作'],
      [84, '1.推进决策公开。完善重大决策预公开制度，'],
      [60, '扩大公众参与范围，提高决策透明度和公众的'],
    ]),
    body(2, [
      [60, '参与度。（牵头单位：县政府办）'],
      [84, '2.推进执行公开。'],
    ]),
    body(3, [[84, '3.推进结果公开。']]),
  ];

  it('drops running headers and page numbers and counts them', () => {
    const layout = layoutPages(pages);
    expect(layout.warnings).toEqual([{ code: 'page-furniture-dropped', line: null, message: 'dropped 3 page numbers, 3 running headers' }]);
    expect(layout.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('')).not.toMatch(/公报|— \d —/);
  });

  it('joins a paragraph across a page break and lines broken at the right margin', () => {
    expect(paragraphs(pages)).toEqual([
      '一、加强政府信息公开工作',
      '1.推进决策公开。完善重大决策预公开制度，扩大公众参与范围，提高决策透明度和公众的参与度。（牵头单位：县政府办）',
      '2.推进执行公开。',
      '3.推进结果公开。',
    ]);
  });

  it('keeps a space between Latin words and none between Chinese characters', () => {
    const p = page(1, [
      [60, 700, '完成互联网公开平台IPv6改造，统一使用'],
      [60, 680, 'HTTPS protocol and'],
      [60, 660, 'TLS 1.3'],
    ]);
    // the first line ends at the right margin of the second (set by the longest lines)
    p.runs.push({ text: '一二三四五六七八九十一二三四五六七八九十', x: 60, y: 640, width: 240, size: 12 });
    expect(paragraphs([p])[0]).toBe('完成互联网公开平台IPv6改造，统一使用HTTPS protocol and');
  });

  it('reads a table drawn without rules from the alignment of its cells, wrapped cell text joined', () => {
    // columns at x 60, 200, 400; a 12-point line pitch of 16 points
    const rows: [number, number, string][] = [
      [60, 700, '事项名称'], [200, 700, '主要任务'], [400, 700, '牵头单位'],
      [60, 670, '1.推进决策公开'], [200, 670, '完善重大决策预公开制度，'], [400, 670, '县政府办'],
      [200, 654, '扩大公众参与。'],
      [60, 624, '2.推进执行公开'], [200, 624, '做好执行情况公开。'], [400, 624, '县发改局'],
    ];
    const p = page(1, [[60, 740, '附表'], ...rows, [60, 590, '以上任务请各单位认真落实，按时报送进展情况。']]);
    expect(layoutPages([p]).blocks).toEqual([
      { kind: 'paragraph', text: '附表', origin: { page: 1 } },
      {
        kind: 'table',
        rows: [['事项名称', '主要任务', '牵头单位'], ['1.推进决策公开', '完善重大决策预公开制度，扩大公众参与。', '县政府办'], ['2.推进执行公开', '做好执行情况公开。', '县发改局']],
        merged: [[false, false, false], [false, false, false], [false, false, false]],
        mergedFrom: [[null, null, null], [null, null, null], [null, null, null]],
        origin: { page: 1 },
      },
      { kind: 'paragraph', text: '以上任务请各单位认真落实，按时报送进展情况。', origin: { page: 1 } },
    ]);
  });

  it('reads a ruled table cell by cell, spans resolved', () => {
    const rules = [
      // three columns at x 60, 160, 260, 360; rows at y 700, 670, 640; the first row spans all columns
      ...[700, 670, 640].map((y) => ({ x0: 60, y0: y - 0.5, x1: 360, y1: y + 0.5 })),
      { x0: 59.5, y0: 640, x1: 60.5, y1: 700 },
      { x0: 359.5, y0: 640, x1: 360.5, y1: 700 },
      { x0: 159.5, y0: 640, x1: 160.5, y1: 670 },
      { x0: 259.5, y0: 640, x1: 260.5, y1: 670 },
    ];
    const runs: TextRun[] = [
      { text: '一、总体要求', x: 64, y: 680, width: 72, size: 12 },
      { text: '1.任务', x: 64, y: 655, width: 40, size: 12 },
      { text: '县政府办', x: 164, y: 655, width: 48, size: 12 },
      { text: '长期坚持', x: 264, y: 655, width: 48, size: 12 },
    ];
    const [table] = layoutPages([{ number: 1, width: 595, height: 842, runs, rules }]).blocks;
    expect(table).toEqual({
      kind: 'table',
      rows: [['一、总体要求', '一、总体要求', '一、总体要求'], ['1.任务', '县政府办', '长期坚持']],
      merged: [[false, true, true], [false, false, false]],
      mergedFrom: [[null, 'left', 'left'], [null, null, null]],
      origin: { page: 1 },
    });
  });
});

/**
 * A one-page PDF in the way some office tools write Chinese: the font (STSong-Light) not embedded,
 * the text encoded in a predefined CMap, so that pdf.js needs the CMap's file to read it.
 */
function nonEmbeddedFontPdf(text: string, encoding: 'UniGB-UCS2-H' | 'GBK-EUC-H'): Uint8Array {
  const hex =
    encoding === 'UniGB-UCS2-H'
      ? [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')
      : Buffer.from(encodeGbk(text)).toString('hex');
  const content = `BT /F1 16 Tf 72 700 Td <${hex}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${encoding} /DescendantFonts [6 0 R] >>`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('readPdf', () => {
  it.each(['UniGB-UCS2-H', 'GBK-EUC-H'] as const)('reads Chinese set in a font that is not embedded (%s)', async (encoding) => {
    const doc = await readPdf(nonEmbeddedFontPdf('一、总体要求', encoding), { source: 'plain.pdf' });
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: '一、总体要求', origin: { page: 1 } }]);
  });

  it('says which character maps are missing rather than calling the PDF scanned', async () => {
    const error = await readPdf(nonEmbeddedFontPdf('一、总体要求', 'UniGB-UCS2-H'), { source: 'plain.pdf', cMapUrl: 'http://127.0.0.1:9/none/' }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^plain\.pdf: the PDF's Chinese fonts are not embedded .*UniGB-UCS2-H/);
  });

  it('refuses a scanned PDF, saying it has no text layer and needs OCR', async () => {
    const error = await readPdf(fixture('scanned.pdf'), { source: 'scanned.pdf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as Error).message).toMatch(/^scanned\.pdf: a scanned PDF without a text layer .*OCR/);
  });

  it('refuses a password-protected PDF', async () => {
    // a one-page PDF whose /Encrypt dictionary's user key matches no empty password
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
      `4 0 obj << /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >> endobj`,
      'trailer << /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] /Size 5 >>',
      '%%EOF',
    ].join('\n');
    const error = await readPdf(new TextEncoder().encode(pdf), { source: 'locked.pdf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as Error).message).toMatch(/^locked\.pdf: .*password/);
  });

  it('ends a PDF whose page tree loops with an error, not a hang', async () => {
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [2 0 R] /Count 100000 >> endobj',
      'trailer << /Root 1 0 R /Size 3 >>',
      '%%EOF',
    ].join('\n');
    const started = Date.now();
    const error = await readPdf(new TextEncoder().encode(pdf), { source: 'loop.pdf', maxPages: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('reads the title of the document info only when it is a title', async () => {
    const doc = await readPdf(fixture('shenyang-2022.pdf'), { source: 'shenyang-2022.pdf' });
    expect(doc.metadata.title).toBeUndefined(); // Chromium writes "about:blank"
    expect(doc.warnings.map((w) => w.message)).toContain('dropped 16 page numbers, 16 running headers'); // 16 pages (pdfinfo)
  });
});
