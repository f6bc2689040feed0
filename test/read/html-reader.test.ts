import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/html/index.js';
import { isoDate } from '../../src/read/html/metadata.js';
import type { Block } from '../../src/read/types.js';
import { fixturePath } from '../helpers.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => new Uint8Array(readFileSync(fixturePath('read', name)));
const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.join('|')).join('/')));

describe('readHtml', () => {
  it('reads the GBK page exactly as its UTF-8 twin', () => {
    const gbk = readHtml(fixture('liaozhong-2022.gbk.html'));
    const utf = readHtml(fixture('liaozhong-2022.html'));
    expect(gbk.blocks).toEqual(utf.blocks);
    expect(gbk.metadata).toEqual(utf.metadata);
    expect(gbk.blocks.length).toBeGreaterThan(40);
  });

  it('takes the metadata table into metadata, dates as ISO', () => {
    const doc = readHtml(fixture('shenyang-2022.html'));
    expect(doc.metadata.docNumber).toEqual({ value: '沈政公领发〔2022〕1号', from: 'html-meta-table' });
    expect(doc.metadata.issuer).toEqual({ value: '沈阳市政务公开领导小组', from: 'html-meta-table' });
    expect(doc.metadata.date).toEqual({ value: '2022-05-21', from: 'html-meta-table' });
    expect(doc.metadata.published).toEqual({ value: '2022-05-26', from: 'html-meta-table' });
    expect(doc.metadata.indexNumber?.value).toBe('11210100MB0000000X/2022-00123');
    expect(texts(doc.blocks).join('\n')).not.toMatch(/索\s*引\s*号|发文字号/);
  });

  it('takes label lines of the body into metadata and out of the text', () => {
    const doc = readHtml(fixture('shenyang-2022.meta-lines.html'));
    expect(doc.metadata.docNumber).toEqual({ value: '沈政公领发〔2022〕1号', from: 'html-meta-lines' });
    expect(doc.metadata.date).toEqual({ value: '2022-05-21', from: 'html-meta-lines' });
    expect(texts(doc.blocks).join('\n')).not.toContain('发文字号');
  });

  it('reads meta tags when nothing stronger says it', () => {
    const doc = readHtml(utf8('<html><head><meta name="PubDate" content="2023/3/5 10:00"><meta name="ContentSource" content="某县人民政府办公室"><meta name="ArticleTitle" content="某县2023年政务公开工作要点"></head><body><p>一、总体要求</p></body></html>'));
    expect(doc.metadata).toEqual({
      published: { value: '2023-03-05', from: 'html-meta-tag' },
      issuer: { value: '某县人民政府办公室', from: 'html-meta-tag' },
      title: { value: '某县2023年政务公开工作要点', from: 'html-meta-tag' },
    });
  });

  it('gives one block per <br> line of a single <div>, indentation trimmed', () => {
    const doc = readHtml(utf8('<body><div class="TRS_Editor">&nbsp;&nbsp;一、总体要求<br>&#12288;&#12288;1.推进决策公开。<br><br>2.推进执行公开。</div></body>'));
    expect(texts(doc.blocks)).toEqual(['一、总体要求', '1.推进决策公开。', '2.推进执行公开。']);
  });

  it('drops site chrome inside and around the article and counts it', () => {
    const page = `<body><div class="nav"><a href="/">首页</a><a href="/x">政务公开</a></div>
      <div class="crumb">当前位置：首页 &gt; 政务公开</div>
      <div id="zoom"><p>【字体：大 中 小】 打印本页 关闭窗口</p><p>一、总体要求</p><p>1.推进决策公开，完善预公开制度。</p>
      <p>分享到：微信</p><p>上一篇：某某通知</p></div>
      <div class="footer">网站标识码：0000000000 某ICP备00000000号</div><script>var a = "一、不是正文";</script></body>`;
    const doc = readHtml(utf8(page));
    expect(texts(doc.blocks)).toEqual(['一、总体要求', '1.推进决策公开，完善预公开制度。']);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]!.message).toMatch(/^dropped /);
    expect(doc.warnings[0]!.message).toContain('1 breadcrumb');
    expect(doc.warnings[0]!.message).toContain('1 script or style');
  });

  it('resolves colspan and rowspan', () => {
    const page = `<body><div class="content"><p>一、任务分解</p><table>
      <tr><th>事项</th><th>任务</th><th>牵头单位</th></tr>
      <tr><td colspan="3">一、总体要求</td></tr>
      <tr><td rowspan="2">1.决策公开</td><td>完善预公开</td><td rowspan="2">县政府办</td></tr>
      <tr><td>扩大公众参与</td></tr></table></div></body>`;
    const table = readHtml(utf8(page)).blocks[1]!;
    expect(table).toEqual({
      kind: 'table',
      rows: [['事项', '任务', '牵头单位'], ['一、总体要求', '一、总体要求', '一、总体要求'], ['1.决策公开', '完善预公开', '县政府办'], ['1.决策公开', '扩大公众参与', '县政府办']],
      merged: [[false, false, false], [false, true, true], [false, false, false], [true, false, true]],
      mergedFrom: [[null, null, null], [null, 'left', 'left'], [null, null, null], ['above', null, 'above']],
    });
  });

  it('reads 200,000 nested divs in bounded time without a stack overflow', () => {
    const depth = 200_000;
    const page = `<body>${'<div>'.repeat(depth)}<p>一、总体要求</p><p>1.推进决策公开。</p>${'</div>'.repeat(depth)}</body>`;
    const started = Date.now();
    const doc = readHtml(utf8(page));
    expect(texts(doc.blocks)).toEqual(['一、总体要求', '1.推进决策公开。']);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('isoDate', () => {
  it.each([
    ['2023年03月05日', '2023-03-05'],
    ['2023-03-05', '2023-03-05'],
    ['2023/3/5', '2023-03-05'],
    ['２０２３年３月５日', '2023-03-05'],
    ['2023年13月5日', null],
  ])('%s → %s', (s, iso) => {
    expect(isoDate(s)).toBe(iso);
  });
});
