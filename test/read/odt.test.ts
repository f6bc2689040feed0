import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readOdt } from '../../src/read/odt/index.js';
import type { ParagraphBlock, TableBlock } from '../../src/read/types.js';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';

function odt(body: string, automatic = '', styles = ''): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(`<?xml version="1.0"?><office:document-content ${NS}><office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`),
    'styles.xml': strToU8(`<?xml version="1.0"?><office:document-styles ${NS}><office:styles>${styles}</office:styles></office:document-styles>`),
  });
}
const texts = async (bytes: Uint8Array) => (await readOdt(bytes)).blocks.map((b) => (b as ParagraphBlock).text);

const LIST = `<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/><text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="."/></text:list-style>`;

describe('OpenDocument numbering', () => {
  it('renders list levels, restarts them under a new entry, and honours start values and continued lists', async () => {
    const body =
      '<text:list xml:id="a" text:style-name="L1"><text:list-item><text:h text:outline-level="1">总体要求</text:h><text:list><text:list-item><text:p>甲</text:p></text:list-item><text:list-item><text:p>乙</text:p></text:list-item></text:list></text:list-item>' +
      '<text:list-item><text:h text:outline-level="1">主要任务</text:h><text:list><text:list-item><text:p>丙</text:p></text:list-item></text:list></text:list-item></text:list>' +
      '<text:p>（牵头单位：区政府办）</text:p>' +
      '<text:list text:continue-list="a" text:style-name="L1"><text:list-item><text:list><text:list-item><text:p>丁</text:p></text:list-item></text:list></text:list-item><text:list-item><text:h text:outline-level="1">保障措施</text:h><text:list><text:list-item text:start-value="9"><text:p>戊</text:p></text:list-item></text:list></text:list-item></text:list>';
    expect(await texts(odt(body, LIST))).toEqual(['一、总体要求', '1.甲', '2.乙', '二、主要任务', '1.丙', '（牵头单位：区政府办）', '2.丁', '三、保障措施', '9.戊']);
  });

  it('numbers headings outside lists from the outline style, as LibreOffice writes Word headings', async () => {
    const outline = `<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/><text:outline-level-style text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"/></text:outline-style>`;
    const body = '<text:h text:outline-level="1">总体要求</text:h><text:h text:outline-level="2">目标</text:h><text:h text:outline-level="2">原则</text:h><text:h text:outline-level="1">主要任务</text:h><text:h text:outline-level="2">公开</text:h>';
    expect(await texts(odt(body, '', outline))).toEqual(['一、总体要求', '（一）目标', '（二）原则', '二、主要任务', '（一）公开']);
  });

  it('keeps spaces given as text:s, breaks lines at text:line-break and leaves notes out', async () => {
    const doc = await readOdt(odt('<text:p>依托<text:s/>12345<text:line-break/>热线<text:note><text:note-body><text:p>注释</text:p></text:note-body></text:note></text:p>'));
    expect(doc.blocks.map((b) => (b as ParagraphBlock).text)).toEqual(['依托 12345', '热线']);
    expect(doc.warnings.map((w) => w.code)).toEqual(['skipped-notes']);
  });
});

describe('OpenDocument tables', () => {
  it('resolves spanned and covered cells', async () => {
    const cell = (t: string, a = '') => `<table:table-cell${a}><text:p>${t}</text:p></table:table-cell>`;
    const body = `<table:table><table:table-column table:number-columns-repeated="3"/><table:table-row>${cell('序号')}${cell('任务')}${cell('牵头单位')}</table:table-row><table:table-row>${cell('一、公开', ' table:number-columns-spanned="3"')}<table:covered-table-cell/><table:covered-table-cell/></table:table-row><table:table-row>${cell('1')}${cell('甲')}${cell('区政府办', ' table:number-rows-spanned="2"')}</table:table-row><table:table-row>${cell('2')}${cell('乙')}<table:covered-table-cell/></table:table-row></table:table>`;
    const table = (await readOdt(odt(body))).blocks[0] as TableBlock;
    expect(table.rows).toEqual([
      ['序号', '任务', '牵头单位'],
      ['一、公开', '一、公开', '一、公开'],
      ['1', '甲', '区政府办'],
      ['2', '乙', '区政府办'],
    ]);
    expect(table.mergedFrom?.[1]).toEqual([null, 'left', 'left']);
    expect(table.mergedFrom?.[3]).toEqual([null, null, 'above']);
  });
});
