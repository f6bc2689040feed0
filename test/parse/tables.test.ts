import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/plan.js';
import { planItems } from '../../src/model/walk.js';
import { parsePlan } from '../../src/parse/index.js';
import { assignInOrder } from '../../src/parse/table-plan.js';
import { seedPlan, SEEDS } from '../helpers.js';

const byMarker = (items: Item[], marker: string): Item => {
  const found = items.find((i) => i.marker.replace(/[.、．]$/, '') === marker);
  if (!found) throw new Error(`no item ${marker}`);
  return found;
};

describe('task-breakdown table of 沈阳 2022 (tab-separated, split across pages)', () => {
  const plan = seedPlan(SEEDS.shenyang2022);
  const items = planItems(plan);

  it('gives each item the sub-tasks of its rows, continuation rows with their own lead units', () => {
    expect(byMarker(items, '3').tasks.map((t) => [t.text.slice(0, 8), t.leads])).toEqual([
      ['政府门户网站和发', ['市发展改革委', '市营商局']],
      ['依托12345热', ['市营商局']],
      ['持续推进反不正当', ['市市场监管局']],
    ]);
    // an empty lead cell in a continuation row is the merged cell of the row above
    expect(byMarker(items, '5').tasks.map((t) => t.leads)).toEqual([['市发展改革委'], ['市发展改革委'], ['市发展改革委']]);
  });

  it('strips the HTML paragraphs inside cells', () => {
    const tasks = byMarker(items, '9').tasks;
    expect(tasks[0]!.text).toMatch(/^落实国家相关部委.*总结推广经验做法。$/);
    expect(tasks[0]!.text).not.toContain('<p>');
  });

  it('moves a sentence the table files under the wrong number to the item whose text it is, with a warning naming both places', () => {
    // table row 28 (line 179) starts with the last sentence of prose item 27 (line 107)
    expect(byMarker(items, '27').tasks.map((t) => t.text.slice(0, 10))).toContain('行政机关向社会公开发');
    expect(byMarker(items, '28').tasks.map((t) => t.text.slice(0, 10))).not.toContain('行政机关向社会公开发');
    expect(plan.warnings).toContainEqual(expect.objectContaining({ code: 'table-task-misplaced', line: 179, message: expect.stringContaining('line 107') }));
    expect(plan.warnings).toContainEqual(expect.objectContaining({ code: 'table-task-misplaced', line: 181, message: expect.stringContaining('line 109') }));
  });

  it('warns where the table titles an item differently from the prose', () => {
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({ code: 'table-title-mismatch', line: 143, message: expect.stringMatching(/加强政策集中公开成果应用.*加强政策集中公开成果运用/) }),
    );
  });
});

describe('markdown task table of 辽中 2022', () => {
  const plan = seedPlan(SEEDS.liaozhong2022);
  const items = planItems(plan);

  it('reads the pipe table into tasks', () => {
    expect(byMarker(items, '3').tasks.map((t) => t.leads)).toEqual([
      ['区政府办', '区发改局'],
      ['区商务局', '区营商局', '近海经济区管委会', '区市民服务中心'],
      ['区市场监管局'],
    ]);
  });

  it('reports the table rows that copy the city text instead of the district prose', () => {
    expect(plan.warnings).toContainEqual(expect.objectContaining({ code: 'table-title-mismatch', line: 126 }));
    expect(plan.warnings.filter((w) => w.code === 'table-task-differs').every((w) => w.line === 126)).toBe(true);
  });
});

describe('table-only plan 沈阳 2018', () => {
  const plan = seedPlan(SEEDS.shenyang2018);
  const items = planItems(plan);

  it('becomes a plan of six sections and 34 items', () => {
    expect(plan.children.map((s) => s.kind)).toEqual(Array(6).fill('section'));
    expect(items.map((i) => i.marker)).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
  });

  it('gives rows 1–3 the five paragraphs after the first table block, in order', () => {
    // a table row's text is its name as a heading sentence, then its task text
    expect(byMarker(items, '1').text).toMatch(/^加强决策预公开 对于涉及群众切身利益.*提供社会意见反馈渠道。$/);
    expect(byMarker(items, '2').text).toMatch(/^强化决策信息公开 政府全体会议和常务会议.*发布本系统相关政策信息。$/);
    expect(byMarker(items, '3').text).toMatch(/^做好政策文件解读 加强政策解读，让群众听得懂.*按照“谁起草、谁解读”的原则.*避免误解误读。$/);
    expect(byMarker(items, '3').leads).toEqual(['市政府办公厅', '市委宣传部']);
  });

  it('lets row 14 share the merged task cell of row 13, and row 34 keep the unnumbered last row', () => {
    // row 14 ("切实提升实体政务服务中心服务能力") has an empty task cell under row 13's merged one:
    // its text is its own name, then row 13's task text, which runs from 贯彻落实《国务院… to …满意的服务。
    const row14 = byMarker(items, '14');
    expect(row14.heading).toBe('切实提升实体政务服务中心服务能力');
    expect(row14.text).toMatch(/^切实提升实体政务服务中心服务能力 贯彻落实《国务院关于加快推进“互联网\+政务服务”工作的指导意见》（国发〔2016〕55号）.*全面加强实体政务服务中心建设管理.*确保为企业和群众提供满意的服务。$/);
    expect(row14.leads).toEqual(['市编委办', '市营商局']);
    expect(byMarker(items, '34').text).toMatch(/开展第三方评估，并公布评估结果坚持政府网站长期达标/);
    expect(plan.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['table-text-after', 'table-stray-unit', 'table-shared-cell', 'table-trailing-row']));
  });

  it('reads columns by meaning when a page puts them elsewhere (row 30 has two empty merged columns)', () => {
    expect(byMarker(items, '30')).toMatchObject({ heading: '依申请公开工作', leads: ['市政府办公厅'], deadline: '全年' });
  });
});

describe('assigning paragraphs to table rows in order', () => {
  it('keeps order and gives each row at least one paragraph', () => {
    expect(assignInOrder(['关于甲的内容', '关于乙的内容', '丙的说明', '丙的补充'], ['甲', '乙', '丙'])).toEqual([0, 1, 2, 2]);
    expect(assignInOrder(['甲甲甲', '甲甲'], ['甲', '乙'])).toEqual([0, 1]);
  });
});

/** What the small hand-made table plan reads as, whether written tab-separated or as HTML. */
function expectSmallTablePlan(plan: ReturnType<typeof parsePlan>): void {
  const items = planItems(plan);
  expect(plan.children[0]).toMatchObject({ kind: 'section', title: '总体要求' });
  expect(items[0]).toMatchObject({ heading: '加强决策公开', text: '加强决策公开 公开决策草案。公开征求意见。做好解读工作。', leads: ['市政府办公室'], deadline: '全年' });
  expect(items[0]!.tasks.map((t) => t.leads)).toEqual([['市政府办公室'], ['市司法局']]);
}

describe('a small hand-made table plan', () => {
  it('reads sections, items, continuation rows and a cell with <p> paragraphs', () => {
    const plan = parsePlan(
      [
        '某市2023年政务公开工作安排',
        '序号\t事项名称\t主要任务\t牵头单位\t完成时限',
        '一、总体要求\t\t\t\t',
        '1\t加强决策公开\t<p>公开决策草案。</p> <p>公开征求意见。</p>\t市政府办公室\t全年',
        '\t\t做好解读工作。\t市司法局\t',
        '2\t优化服务\t提高咨询服务水平。\t市营商局\t6月底前',
      ].join('\n'),
    );
    expectSmallTablePlan(plan);
    expect(planItems(plan)[1]).toMatchObject({ marker: '2', deadline: '6月底前' });
  });
});

describe('an HTML table (as Word exports it)', () => {
  it('reads <tr>/<td> rows like a tab-separated table, colspan and cell paragraphs included', () => {
    const plan = parsePlan(
      [
        '某市2023年政务公开工作安排',
        '<table border="1">',
        '<tr><th>序号</th><th>事项名称</th><th>主要任务</th><th>牵头单位</th><th>完成时限</th></tr>',
        '<tr><td colspan="5">一、总体要求</td></tr>',
        '<tr><td>1</td><td>加强决策公开</td><td><p>公开决策草案。</p><p>公开征求意见。</p></td><td>市政府办公室</td><td>全年</td></tr>',
        '<tr><td></td><td></td><td>做好解读工作。</td><td>市司法局</td><td></td></tr>',
        '</table>',
      ].join('\n'),
    );
    expectSmallTablePlan(plan);
  });
});

describe('group columns, section lines and unit cells', () => {
  const plan = (rows: string[]): ReturnType<typeof parsePlan> => parsePlan(['某县2023年政务公开工作任务分工', ...rows].join('\n'));

  it('keeps a name column before numbered task text a name when no group covers a second row', () => {
    const p = plan(['事项名称\t主要任务\t牵头单位\t完成时限', '加强决策公开\t1.公开决策草案。2.公开征求意见。\t县政府办\t全年', '优化政务服务\t2.公开办事指南。\t县审批局\t全年']);
    expect(p.children.every((n) => n.kind === 'item')).toBe(true);
  });

  it('does not read a 一、 line before prose as a section of the table', () => {
    const p = plan(['序号\t具体要求\t责任单位\t完成时限', '1\t公开预决算。\t县财政局\t长期坚持', '三、保障措施', '各单位要加强组织领导。']);
    expect(p.children.map((n) => n.kind)).toEqual(['item']);
  });

  it('names a row without number or name by its line, never as an empty quote', () => {
    const p = plan(['工作任务\t责任单位\t完成时限', '公开预决算。\t县财政局\t长期坚持', '公开惠民补贴。\t县财政局\t长期坚持']);
    expect(p.warnings.map((w) => w.message).join('\n')).not.toMatch(/row\s+""|row  /);
  });

  it('reads role phrases in unit cells as role parentheses are read, and a plain 责任单位 cell as partners', () => {
    const p = plan(['序号\t工作任务\t责任单位\t完成时限', '1\t公开各类规划。\t县发改局牵头，各乡镇配合\t2023年底', '2\t公开预决算。\t县财政局负责\t长期坚持', '3\t公开补贴发放结果。\t县财政局 县农业农村局\t长期坚持']);
    expect(planItems(p).map((i) => [i.leads, i.partners])).toEqual([
      [['县发改局'], ['各乡镇']],
      [[], ['县财政局']],
      [[], ['县财政局', '县农业农村局']],
    ]);
  });
});
