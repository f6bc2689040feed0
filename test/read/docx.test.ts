import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx/index.js';
import { formatCounter } from '../../src/read/number-format.js';
import type { ParagraphBlock, TableBlock } from '../../src/read/types.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx of the given body XML, styles and numbering levels. */
function docx(body: string, parts: { numbering?: string; styles?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`) };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${parts.styles}</w:styles>`);
  return zipSync(files);
}

const lvl = (ilvl: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
const p = (text: string, numId?: number, ilvl = 0, pPr = '') => `<w:p><w:pPr>${numId !== undefined ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}${pPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const texts = async (bytes: Uint8Array) => (await readDocx(bytes)).blocks.map((b) => (b as ParagraphBlock).text);

const OUTLINE = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '（%4）')}${lvl(4, 'decimalEnclosedCircle', '%5')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

describe('Word automatic numbering', () => {
  it('renders each level with its format and lvlText, restarting deeper levels', async () => {
    const body = [p('总体要求', 1, 0), p('目标', 1, 1), p('甲', 1, 2), p('乙', 1, 2), p('细则', 1, 3), p('要点', 1, 4), p('要点', 1, 4), p('任务', 1, 1), p('丙', 1, 2), p('重点工作', 1, 0), p('丁', 1, 2)].join('');
    expect(await texts(docx(body, { numbering: OUTLINE }))).toEqual(['一、总体要求', '（一）目标', '1.甲', '2.乙', '（1）细则', '①要点', '②要点', '（二）任务', '1.丙', '二、重点工作', '1.丁']);
  });

  it('keeps counting across sections when the level says lvlRestart 0', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(await texts(docx([p('甲', 1, 0), p('a', 1, 1), p('b', 1, 1), p('乙', 1, 0), p('c', 1, 1)].join(''), { numbering }))).toEqual(['一、甲', '1.a', '2.b', '二、乙', '3.c']);
  });

  it('continues a list across instances and restarts one that overrides its start', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1、')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>`;
    expect(await texts(docx([p('a', 1), p('b', 2), p('c', 3), p('d', 3)].join(''), { numbering }))).toEqual(['1、a', '2、b', '7、c', '8、d']);
  });

  it('takes numbering from the paragraph style, and numId 0 switches it off', async () => {
    const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H1b"><w:name w:val="一级标题"/><w:basedOn w:val="H1"/></w:style>`;
    const body = [p('总体要求', undefined, 0, '<w:pStyle w:val="H1"/>'), p('主要任务', undefined, 0, '<w:pStyle w:val="H1b"/>'), p('附则', 0, 0, '<w:pStyle w:val="H1"/>'), p('保障措施', undefined, 0, '<w:pStyle w:val="H1"/>')].join('');
    const doc = await readDocx(docx(body, { numbering: OUTLINE, styles }));
    expect(doc.blocks.map((b) => (b as ParagraphBlock).text)).toEqual(['一、总体要求', '二、主要任务', '附则', '三、保障措施']);
    expect((doc.blocks[1] as ParagraphBlock).hints).toMatchObject({ heading: 1, style: '一级标题', numbering: '二、' });
  });

  it('renders Chinese, full-width, enclosed and letter formats', () => {
    expect([1, 10, 11, 20, 23, 100, 101].map((n) => formatCounter(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十三', '一百', '一百零一']);
    expect(formatCounter(12, 'decimalFullWidth')).toBe('１２');
    expect([formatCounter(3, 'decimalEnclosedCircle'), formatCounter(3, 'decimalEnclosedParen'), formatCounter(3, 'ideographTraditional')]).toEqual(['③', '⑶', '丙']);
    expect([formatCounter(2, 'lowerLetter'), formatCounter(28, 'lowerLetter'), formatCounter(4, 'upperRoman')]).toEqual(['b', 'bb', 'IV']);
  });
});

describe('Word paragraphs and tables', () => {
  it('splits a paragraph at a line break, keeps field results, drops deleted and hidden text', async () => {
    const body = `<w:p><w:r><w:t>第一行</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>第二行</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2022年</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    expect(await texts(docx(body))).toEqual(['第一行', '第二行2022年']);
  });

  it('resolves gridSpan and vMerge into repeated cells marked with their direction', async () => {
    const tc = (text: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const body = `<w:tbl><w:tr>${tc('序号')}${tc('任务')}${tc('牵头单位')}</w:tr><w:tr>${tc('一、公开', '<w:gridSpan w:val="3"/>')}</w:tr><w:tr>${tc('1')}${tc('甲')}${tc('区政府办', '<w:vMerge w:val="restart"/>')}</w:tr><w:tr>${tc('2')}${tc('乙')}<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>`;
    const table = (await readDocx(docx(body))).blocks[0] as TableBlock;
    expect(table.rows).toEqual([
      ['序号', '任务', '牵头单位'],
      ['一、公开', '一、公开', '一、公开'],
      ['1', '甲', '区政府办'],
      ['2', '乙', '区政府办'],
    ]);
    expect(table.mergedFrom).toEqual([
      [null, null, null],
      [null, 'left', 'left'],
      [null, null, null],
      [null, null, 'above'],
    ]);
  });

  it('refuses a package without its document part', async () => {
    await expect(readDocx(zipSync({ 'word/styles.xml': strToU8('<w:styles/>') }), { source: 'x.docx' })).rejects.toThrow(/x\.docx: a Word package without its document part/);
  });
});
