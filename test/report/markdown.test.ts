import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/model/comparison.js';
import { renderMarkdown } from '../../src/report/comparison/md.js';
import { escapeMarkdown, joinMarked } from '../../src/report/comparison/md-inline.js';
import { AWKWARD_TEXT, hostileComparison, seedComparison } from './fixtures.js';

/** Cells of a GFM table row: split on pipes that are not backslash-escaped. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\') {
      cell += ch + (line[i + 1] ?? '');
      i++;
    } else if (ch === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  // a row starts and ends with a pipe: drop the empty edges
  return out.slice(1, -1);
}

/** Runs of consecutive table lines. */
function tables(md: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current) out.push(current), (current = null);
  }
  if (current) out.push(current);
  return out;
}

function expectValidTables(md: string): void {
  const ts = tables(md);
  expect(ts.length).toBeGreaterThan(0);
  for (const t of ts) {
    expect(t.length).toBeGreaterThanOrEqual(2);
    const width = cells(t[0]!).length;
    expect(cells(t[1]!).every((c) => /^:?-{3,}:?$/.test(c))).toBe(true);
    for (const row of t) {
      expect(row.endsWith('|')).toBe(true);
      expect(cells(row), row).toHaveLength(width);
    }
  }
}


describe('renderMarkdown', () => {
  let seed: Comparison;
  let md: string;
  beforeAll(() => {
    seed = seedComparison();
    md = renderMarkdown(seed, { lang: 'zh' });
  });

  it('is deterministic', () => {
    expect(renderMarkdown(seed, { lang: 'zh' })).toBe(md);
  });

  it('starts with the titles and a summary table of counts', () => {
    expect(md.split('\n')[0]).toBe('# 沈阳市2022年政务公开工作要点 → 沈阳市辽中区2022年政务公开工作要点');
    expect(md).toContain('| 沿用 | 14 | 48% |');
    expect(md).toContain('| 未采纳 | 3 | 10% |');
    expect(md).toContain(`| 合计 | ${seed.links.length} | 100% |`);
  });

  it('is in English when asked, with no Chinese label left', () => {
    const en = renderMarkdown(seed, { lang: 'en' });
    expect(en).toContain('| inherited | 14 | 48% |');
    expect(en).toContain('## Summary');
    for (const zh of ['沿用', '未采纳', '概览', '逐条对照', '合计']) expect(en).not.toContain(zh);
  });

  it('writes tables whose every row has as many cells as the header', () => {
    expectValidTables(md);
  });

  it('lists every link once, under the upper plan sections', () => {
    const linkRows = md.split('\n').filter((l) => /^\| (沿用|修改|新增|未采纳) \| /.test(l) && cells(l).length === 5);
    expect(linkRows).toHaveLength(seed.links.length);
    expect(md).toContain('### 一、加强政府信息公开,夯实一流基础 › (一)以政务公开助推经济平稳健康发展');
  });

  it('strikes deleted text in the upper item and bolds inserted text in the lower item', () => {
    const row = md.split('\n').find((l) => l.startsWith('| 修改 | 3. \\[1.1.3\\]'))!;
    expect(row).toBeDefined();
    const [, upper, lower] = cells(row);
    expect(upper).toContain('~~和发展改革、商务部门网站~~');
    expect(upper).not.toContain('**');
    expect(lower).toMatch(/\*\*，项目审批绿色通道\*\*/);
    expect(lower).not.toContain('~~');
  });

  it('puts field changes in the changes cell', () => {
    const row = md.split('\n').find((l) => l.includes('\\[1.1.2\\]'))!;
    const changes = cells(row)[4]!;
    // read off the two plans: the district names seven lead units the city leaves to 各部门, and
    // moves the deadline from the end of May to the end of June
    expect(changes).toContain('牵头单位 +区发改局');
    expect(changes).toContain('+区税务局');
    expect(changes).toContain('完成时限 推迟 1 个月');
    expect(changes).toContain('2022年6月底前');
  });

  it('renders as GFM: one HTML table per table, every mark opening and closing', () => {
    const html = new MarkdownIt({ html: true }).render(md);
    expect((html.match(/<table>/g) ?? []).length).toBe(tables(md).length);
    const struck = (md.match(/~~/g) ?? []).length / 2;
    const bold = (md.match(/\*\*/g) ?? []).length / 2;
    expect(struck).toBeGreaterThan(0);
    expect((html.match(/<s>/g) ?? []).length).toBe(struck);
    expect((html.match(/<strong>/g) ?? []).length).toBe(bold);
    expect(html).not.toMatch(/~~|\*\*/);
  });
});

describe('renderMarkdown (hostile plan text)', () => {
  const md = renderMarkdown(hostileComparison());

  it('keeps tables valid with pipes, backslashes and line breaks in item text', () => {
    expectValidTables(md);
    expect(AWKWARD_TEXT).toContain('|');
    expect(md).toContain('竖线\\|反斜杠\\\\结束');
    expect(md).not.toMatch(/换行\r?\n/);
  });

  it('lets no HTML through', () => {
    expect(md).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/(?<!\\)>/);
  });

  it('renders no element from the data even with HTML enabled', () => {
    const html = new MarkdownIt({ html: true }).render(md);
    expect(html).not.toMatch(/<(script|img|svg|x)\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect((html.match(/<s>/g) ?? []).length).toBe((md.match(/~~/g) ?? []).length / 2);
    expect((html.match(/<strong>/g) ?? []).length).toBe((md.match(/\*\*/g) ?? []).length / 2);
  });
});

describe('Markdown inline helpers', () => {
  it('escapes every character with a Markdown meaning', () => {
    expect(escapeMarkdown('a|b\\c*d_e~f`g<h>i[j]k&l$m#n!o\r\np')).toBe('a\\|b\\\\c\\*d\\_e\\~f\\`g\\<h\\>i\\[j\\]k\\&l\\$m\\#n\\!o p');
  });

  it('pads a mark with a space where CJK punctuation would stop it opening or closing', () => {
    expect(joinMarked([{ mark: '', text: '平台' }, { mark: '**', text: '，项目' }, { mark: '', text: '等' }])).toBe('平台 **，项目**等');
    expect(joinMarked([{ mark: '', text: '平台' }, { mark: '~~', text: '项目。' }, { mark: '', text: '等' }])).toBe('平台~~项目。~~ 等');
    expect(joinMarked([{ mark: '', text: '。' }, { mark: '**', text: '，项目' }])).toBe('。**，项目**');
    expect(joinMarked([{ mark: '**', text: ' 项目 ' }])).toBe(' **项目** ');
  });
});
