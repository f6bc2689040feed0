import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from '../../src/errors.js';
import { parsePlan } from '../../src/parse/index.js';
import { readPlan } from '../../src/parse/read-plan.js';
import { detectFormat } from '../../src/read/detect.js';
import { readDocument } from '../../src/read/index.js';
import type { ReadDocument } from '../../src/read/types.js';
import { seedPath, SEEDS, utf16le } from '../helpers.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** An OLE compound file header followed by one directory sector naming the given streams. */
function oleFile(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, i) => {
    for (let k = 0; k < name.length; k++) bytes[512 + i * 128 + k * 2] = name.charCodeAt(k);
  });
  return bytes;
}


describe('detectFormat', () => {
  it('tells Word and OpenDocument zips by their entries, whatever the name', () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(detectFormat(docx, 'plan.txt')).toBe('docx');
    const odt = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    expect(detectFormat(odt, 'plan.docx')).toBe('odt');
  });

  it('refuses a zip whose directory is cut off, and a zip that holds a presentation; takes a workbook for Excel', () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(() => detectFormat(docx.subarray(0, docx.length - 30), 'cut.docx')).toThrow(/cut\.docx: a damaged or truncated zip/);
    expect(() => detectFormat(zipSync({ 'ppt/presentation.xml': strToU8('<x/>') }), 'a.docx')).toThrow(/PowerPoint/);
    expect(detectFormat(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }), 'a.docx')).toBe('xlsx');
  });

  it('tells .doc from .wps by name only, and refuses encrypted OOXML', () => {
    expect(detectFormat(oleFile('Root Entry', 'WordDocument'), 'a.doc')).toBe('doc');
    expect(detectFormat(oleFile('Root Entry', 'WordDocument'), 'a.wps')).toBe('wps');
    expect(() => detectFormat(oleFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage'), 'secret.docx')).toThrow(UnreadableDocumentError);
    expect(() => detectFormat(oleFile('Root Entry', 'EncryptionInfo'), 'secret.docx')).toThrow(/secret\.docx: an encrypted \(password-protected\)/);
  });

  it('finds %PDF, HTML pages and Plan JSON with the schema key anywhere, in UTF-16 too', () => {
    expect(detectFormat(utf8('%PDF-1.7\n…'), 'a.txt')).toBe('pdf');
    expect(detectFormat(utf8('\ufeff<!-- saved -->\n<!DOCTYPE html><html><body>一、</body></html>'))).toBe('html');
    expect(detectFormat(utf8('一、总体要求\n<table><tr><td>1</td></tr></table>'))).toBe('text');
    const json = JSON.stringify({ title: '计划', children: [], schema: 'policy-lineage/plan@1' });
    expect(detectFormat(utf8(json))).toBe('plan-json');
    expect(detectFormat(utf16le(json))).toBe('plan-json');
    // any JSON document goes to the Plan JSON loader, which names what is wrong (test/robustness/plan-json.test.ts)
    expect(detectFormat(utf8('{"schema":"policy-lineage/comparison@1"}'), 'c.json')).toBe('plan-json');
    expect(detectFormat(utf8(' [1, 2]\n'))).toBe('plan-json');
    expect(detectFormat(utf8('[一] 总体要求'))).toBe('text');
  });

  it('reads a text named .md as markdown and a text named .pdf as text', () => {
    expect(detectFormat(utf8('一、总体要求'), 'a.md')).toBe('markdown');
    expect(detectFormat(utf8('一、总体要求'), 'a.pdf')).toBe('text');
  });
});

describe('readDocument', () => {
  it('refuses input over maxBytes before reading it', async () => {
    await expect(readDocument(utf8('一、总体要求\n1.公开。'), { source: 'big.txt', maxBytes: 5 })).rejects.toThrow(/big\.txt: the file is 30 bytes, over the 5 bytes limit/);
  });

  it('says when a file is not what its name says', async () => {
    const doc = await readDocument(utf8('一、总体要求\n1.公开。'), { source: 'plan.pdf' });
    expect(doc.format).toBe('text');
    expect(doc.warnings[0]).toMatchObject({ code: 'format-mismatch' });
    expect(doc.warnings[0]!.message).toContain('named like a PDF but holds plain text');
  });

  it.each(Object.values(SEEDS))('gives %s the same Plan through readPlan as parsePlan of the text', async (file) => {
    const bytes = readFileSync(seedPath(file));
    expect(await readPlan(bytes, { source: file })).toEqual(parsePlan(bytes, { source: file }));
  });
});

describe('parsePlan of a read document', () => {
  const doc = (blocks: ReadDocument['blocks'], metadata: ReadDocument['metadata'] = {}): ReadDocument => ({ format: 'docx', blocks, metadata, warnings: [{ code: 'dropped-furniture', line: null, message: 'dropped 1 header' }], source: 'x.docx' });

  it('takes paragraphs as lines and gives their origin to the items', () => {
    const plan = parsePlan(
      doc([
        { kind: 'paragraph', text: '某区2022年政务公开工作要点', origin: { paragraph: 1 } },
        { kind: 'paragraph', text: '', origin: { paragraph: 2 } },
        { kind: 'paragraph', text: '一、推进决策公开', origin: { paragraph: 3 } },
        { kind: 'paragraph', text: '1.公开重大决策事项目录。', origin: { paragraph: 4 } },
        { kind: 'paragraph', text: '2.做好政策解读工作。', origin: { paragraph: 5 } },
      ]),
    );
    expect(plan.title).toBe('某区2022年政务公开工作要点');
    expect(plan.children).toHaveLength(1);
    expect(plan.source).toBe('x.docx');
    expect(plan.warnings[0]).toEqual({ code: 'dropped-furniture', line: null, message: 'dropped 1 header' });
  });

  it('fills the header from metadata where the text says nothing, and says so', () => {
    const plan = parsePlan(
      doc([{ kind: 'paragraph', text: '一、推进决策公开' }, { kind: 'paragraph', text: '1.公开重大决策事项目录。' }], {
        title: { value: '某区2022年政务公开工作要点', from: 'html-meta-table' },
        docNumber: { value: '某政办发〔2022〕3号', from: 'html-meta-table' },
        date: { value: '2022-04-01', from: 'html-meta-table' },
      }),
    );
    expect([plan.title, plan.docNumber, plan.date, plan.year]).toEqual(['某区2022年政务公开工作要点', '某政办发〔2022〕3号', '2022-04-01', 2022]);
    expect(plan.warnings.filter((w) => w.code === 'metadata-fallback')).toHaveLength(3);
  });

  it('reads a table with a lead unit merged over two items and a continuation row', () => {
    const rows = [
      ['序号', '工作任务', '牵头单位', '责任单位', '完成时限'],
      ['1', '公开重大决策事项目录。', '区政府办', '各街道', '2022年6月底前'],
      ['2', '做好政策解读工作。', '区政府办', '区司法局', '持续推进'],
      ['2', '做好政策解读工作。', '区政府办', '区发改局', '持续推进'],
    ];
    const mergedFrom: ('left' | 'above' | null)[][] = rows.map(() => rows[0]!.map(() => null));
    mergedFrom[2]![2] = 'above';
    mergedFrom[3]![0] = mergedFrom[3]![1] = mergedFrom[3]![2] = 'above';
    const plan = parsePlan(doc([{ kind: 'paragraph', text: '某区2022年政务公开工作任务表' }, { kind: 'table', rows, mergedFrom, merged: mergedFrom.map((r) => r.map(Boolean)) }]));
    const items = plan.children.flatMap((n) => (n.kind === 'item' ? [n] : []));
    expect(items.map((i) => [i.marker, i.leads, i.deadline])).toEqual([
      ['1', ['区政府办'], '2022年6月底前'],
      ['2', ['区政府办'], '持续推进'],
    ]);
    expect(items[1]!.partners).toEqual(['区司法局', '区发改局']);
  });

  it('points to readPlan when given the bytes of a Word file', () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(() => parsePlan(docx, { source: 'a.docx' })).toThrow(/a\.docx: this is a zip file .* read it with readPlan\(\)/);
  });
});
