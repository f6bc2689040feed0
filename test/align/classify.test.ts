import { describe, expect, it } from 'vitest';
import { unitChange } from '../../src/align/changes.js';
import { comparePlans } from '../../src/align/compare.js';
import { parsePlan } from '../../src/parse/index.js';
import type { Link } from '../../src/model/comparison.js';

/** A small plan: a title naming the place, one section, and the given item lines. */
function plan(title: string, ...items: string[]): ReturnType<typeof parsePlan> {
  return parsePlan([title, '一、政务公开', ...items.map((t, i) => `${i + 1}. ${t}`)].join('\n\n'));
}

const only = (links: Link[], status: Link['status']) => links.filter((l) => l.status === status);

describe('classification of a link', () => {
  it('calls a copy with 市 → 区 adaptations inherited, and tags the adapted words', () => {
    const c = comparePlans(
      plan('沈阳市2022年政务公开工作要点', '加强疫情防控信息公开。市政府有关部门和各区县(市)政府要统筹用好各类信息发布平台，全市统一发布。'),
      plan('沈阳市辽中区2022年政务公开工作要点', '加强疫情防控信息公开。区政府有关部门和各镇、街要统筹用好各类信息发布平台，全区统一发布。'),
    );
    expect(c.links.map((l) => l.status)).toEqual(['inherited']);
    expect(c.links[0]!.changes.text).toBeUndefined();
  });

  it('calls dropping "政府规章、" a modification, with a deletion span', () => {
    const c = comparePlans(
      plan('沈阳市2022年政务公开工作要点', '规范政府规章、行政规范性文件发布。建立健全动态更新机制，高质量发布现行有效版本。'),
      plan('沈阳市辽中区2022年政务公开工作要点', '规范行政规范性文件发布。建立健全动态更新机制，高质量发布现行有效版本。'),
    );
    const [link] = c.links;
    expect(link!.status).toBe('modified');
    expect(link!.changes.text!.spans.filter((s) => s.type === 'deletion').map((s) => s.upper.replace(/、/g, ''))).toContain('政府规章');
  });

  it('calls adding "通过政府门户网站" a modification, with an insertion span', () => {
    const c = comparePlans(
      plan('沈阳市2022年政务公开工作要点', '加强涉及扩大有效投资信息公开。发改部门集中公开扩大有效投资相关规划、政策及重大建设项目信息。'),
      plan('沈阳市辽中区2022年政务公开工作要点', '加强涉及扩大有效投资信息公开。发改部门通过政府门户网站集中公开扩大有效投资相关规划、政策及重大建设项目信息。'),
    );
    const spans = c.links[0]!.changes.text!.spans;
    expect(c.links[0]!.status).toBe('modified');
    expect(spans.filter((s) => s.type === 'insertion').map((s) => s.lower).join('')).toContain('政府门户网站');
  });

  it.each([
    ['可', '应', 'stronger'],
    ['要', '应当', 'stronger'],
    ['鼓励', '要求', 'stronger'],
    ['探索', '推进', 'stronger'],
    ['应', '可', 'weaker'],
  ])('flags the obligation change %s → %s as %s', (from, to, direction) => {
    const c = comparePlans(
      plan('沈阳市2022年政务公开工作要点', `科学合理确定公开方式。公开内容涉及社会公众利益调整的，各单位${from}通过互联网等渠道公开。`),
      plan('沈阳市辽中区2022年政务公开工作要点', `科学合理确定公开方式。公开内容涉及社会公众利益调整的，各单位${to}通过互联网等渠道公开。`),
    );
    expect(c.links[0]!.changes.text!.obligation).toMatchObject({ direction });
  });

  it('does not call a deleted sentence that contains 不得 an obligation change', () => {
    const c = comparePlans(
      plan('沈阳市2022年政务公开工作要点', '有效改进工作作风。切实履行法定职责，确保各项工作平稳有序。市级以下政府不得开展第三方评估。'),
      plan('沈阳市辽中区2022年政务公开工作要点', '有效改进工作作风。切实履行法定职责，确保各项工作平稳有序。'),
    );
    expect(c.links[0]!.changes.text!.obligation).toBeNull();
  });
});

describe('field changes, whatever the status', () => {
  const c = comparePlans(
    plan(
      '沈阳市2022年政务公开工作要点',
      '加强就业稳岗信息公开。动态公开技能培训政策规定及经办流程。（牵头单位：市人力资源和社会保障局、市发展改革委；责任单位：各区县(市)政府；完成时限：2022 年 5 月底）',
      '加强检查考核力度。把政务公开工作纳入绩效考核体系。（牵头单位：市政府办公室；完成时限：长期坚持）',
    ),
    plan(
      '沈阳市辽中区2022年政务公开工作要点',
      '加强就业稳岗信息公开。动态公开技能培训政策规定及经办流程。（牵头单位：区人社局、区财政局；责任单位：各镇、街；完成时限：2022年6月底前）',
      '加强检查考核力度。把政务公开工作纳入绩效考核体系。（牵头单位：区政府办；完成时限：长期坚持）',
    ),
  );

  it('matches agencies across levels and abbreviations, and lists the rest as added/removed', () => {
    expect(c.links[0]!.status).toBe('inherited');
    expect(c.links[0]!.changes.leads).toEqual({ kept: [['市人力资源和社会保障局', '区人社局']], added: ['区财政局'], removed: ['市发展改革委'] });
    expect(c.links[0]!.changes.partners).toEqual({ kept: [['各区县(市)政府', '各镇、街']], added: [], removed: [] });
  });

  it('parses deadlines: one month later; 长期坚持 kept as a label', () => {
    expect(c.links[0]!.changes.deadline).toMatchObject({ change: 'later', months: 1 });
    expect(c.links[1]!.changes.deadline).toMatchObject({ change: 'same', upper: '长期坚持', lower: '长期坚持' });
    expect(c.links[1]!.changes.leads?.kept).toEqual([['市政府办公室', '区政府办']]);
  });
});

describe('unit names adapted to the plans\' own levels', () => {
  // a county-level city (its own level is 市, as is its parent's): the words for the levels below
  // come from each plan's jurisdiction and parent chain, not from a list of district forms
  const c = comparePlans(
    plan(
      '大连市2023年政务公开工作要点',
      '加强涉农补贴信息公开。按季度公开涉农补贴发放对象、标准和金额。（牵头单位：市农业农村局；责任单位：各涉农区市县政府、市直有关部门；完成时限：2023年12月底）',
      '规范第三方评估。市级以下政府不得开展政务公开第三方评估。（牵头单位：市政府办公室；责任单位：各区市县政府）',
      '做好年度报告工作。按时发布政府信息公开工作年度报告。（牵头单位：市政府办公室；责任单位：市级以下政府）',
    ),
    plan(
      '庄河市2023年政务公开工作要点',
      '加强涉农补贴信息公开。按季度公开涉农补贴发放对象、标准和金额。（牵头单位：市农业农村局；责任单位：各涉农乡镇，市直各部门单位；完成时限：2023年12月底）',
      '规范第三方评估。市级以下政府不得开展政务公开第三方评估。（牵头单位：市政府办；责任单位：各乡镇人民政府、街道办事处）',
      '做好年度报告工作。按时发布政府信息公开工作年度报告。（牵头单位：市政府办；责任单位：镇级以下政府）',
    ),
  );

  it('keeps 各涉农区市县政府 → 各涉农乡镇 and 市直有关部门 → 市直各部门单位', () => {
    expect(c.links[0]!.changes.partners).toEqual({ kept: [['各涉农区市县政府', '各涉农乡镇'], ['市直有关部门', '市直各部门单位']], added: [], removed: [] });
  });

  it('keeps one upper unit named twice below (各区市县政府 → 各乡镇人民政府 and 街道办事处)', () => {
    expect(c.links[1]!.changes.partners).toEqual({ kept: [['各区市县政府', '各乡镇人民政府'], ['各区市县政府', '街道办事处']], added: [], removed: [] });
  });

  it('keeps a unit both items of a merge name once below', () => {
    const folds = { upper: (t: string) => t.replace(/各区市县政府/g, '▽'), lower: (t: string) => t.replace(/各乡镇/g, '▽') };
    expect(unitChange(['各区市县政府', '市财政局', '各区市县政府'], ['各乡镇'], [], [], folds)).toEqual({
      kept: [['各区市县政府', '各乡镇'], ['各区市县政府', '各乡镇']],
      added: [],
      removed: ['市财政局'],
    });
  });

  it('reports a change of level that changes who acts (市级以下 → 镇级以下)', () => {
    expect(c.links[2]!.changes.partners).toEqual({ kept: [], added: ['镇级以下政府'], removed: ['市级以下政府'] });
  });
});

describe('alignment', () => {
  it('finds a requirement moved to another section and flags the move', () => {
    const upper = parsePlan(['沈阳市2022年政务公开工作要点', '一、加强政府信息公开', '1. 加强疫情防控信息公开。严格执行疫情防控信息发布各项制度。', '2. 加强就业稳岗信息公开。加强政策宣讲和推送工作。', '二、加强公开平台建设', '3. 强化信息发布审核。坚持政府网站信息发布三审制。', '4. 提升公开平台集约化水平。强化政务新媒体矩阵建设。'].join('\n\n'));
    const lower = parsePlan(['沈阳市辽中区2022年政务公开工作要点', '一、加强政府信息公开', '1. 加强疫情防控信息公开。严格执行疫情防控信息发布各项制度。', '二、加强公开平台建设', '2. 强化信息发布审核。坚持政府网站信息发布三审制。', '3. 提升公开平台集约化水平。强化政务新媒体矩阵建设。', '4. 加强就业稳岗信息公开。加强政策宣讲和推送工作。'].join('\n\n'));
    const c = comparePlans(upper, lower);
    const moved = c.links.find((l) => l.upper.includes('1.2'))!;
    expect(moved.lower).toEqual(['2.3']);
    expect(moved.changes.moved).toEqual({ from: ['加强政府信息公开'], to: ['加强公开平台建设'] });
    expect(c.links.filter((l) => l.changes.moved)).toHaveLength(1);
  });

  it('groups an item split over three items into one link, and three items merged into one', () => {
    const whole = '加强疫情防控信息公开。严格执行疫情防控信息发布各项制度，统筹用好各类信息发布平台。加强疫情防控信息发布工作协调，与上级单位工作指令保持一致。进一步规范流调信息发布和管理，保护个人隐私。';
    const parts = ['严格执行疫情防控信息发布各项制度，统筹用好各类信息发布平台，及时回应社会关切。', '加强疫情防控信息发布工作协调，与上级单位工作指令保持一致，增强协同合力。', '进一步规范流调信息发布和管理，保护好个人隐私。'];
    const other = '优化政策咨询服务。提高12345热线平台政策咨询服务水平。';
    const split = comparePlans(plan('沈阳市辽中区2022年政务公开工作要点', whole, other), plan('2022年台儿庄区政务公开工作要点', ...parts, other));
    expect(only(split.links, 'modified').map((l) => [l.upper, l.lower])).toEqual([[['1.1'], ['1.1', '1.2', '1.3']]]);
    const merge = comparePlans(plan('2022年台儿庄区政务公开工作要点', ...parts, other), plan('沈阳市辽中区2022年政务公开工作要点', whole, other));
    expect(only(merge.links, 'modified').map((l) => [l.upper, l.lower])).toEqual([[['1.1', '1.2', '1.3'], ['1.1']]]);
  });

  it('leaves unrelated requirements added and dropped', () => {
    const c = comparePlans(plan('沈阳市2022年政务公开工作要点', '完成互联网公开平台IPv6改造。全面完成政府门户网站改造。'), plan('沈阳市辽中区2022年政务公开工作要点', '做好人大代表和政协委员建议提案办理情况信息公开工作。'));
    expect(c.links.map((l) => l.status).sort()).toEqual(['added', 'dropped']);
    expect(c.summary).toEqual({ inherited: 0, modified: 0, added: 1, dropped: 1 });
  });

  it('uses the tokenizer it is given: its words are what the diff can keep or replace', () => {
    const upper = plan('沈阳市2022年政务公开工作要点', '加强政务信息公开工作。');
    const lower = plan('沈阳市辽中区2022年政务公开工作要点', '加强政务公开信息工作。');
    const changed = (c: ReturnType<typeof comparePlans>) => c.links[0]!.changes.text!.spans.filter((x) => x.type !== 'equal');
    // a tokenizer that takes each text as one word leaves the diff nothing to keep: one replacement of the whole
    const whole = comparePlans(upper, lower, { tokenizer: (t) => [t] });
    expect(whole.links.map((l) => l.status)).toEqual(['modified']);
    expect(changed(whole)).toEqual([{ type: 'replacement', upper: '加强政务信息公开工作。', lower: '加强政务公开信息工作。' }]);
    // the default segmenter keeps 加强政务 and 公开 … 工作 as they are
    const words = comparePlans(upper, lower);
    expect(changed(words).map((x) => x.upper + x.lower).join('')).not.toContain('加强');
  });

  it('rejects a threshold outside [0, 1]', () => {
    expect(() => comparePlans(plan('沈阳市2022年要点', '甲。'), plan('辽中区2022年要点', '甲。'), { linkThreshold: 2 })).toThrow(/linkThreshold must be a number between 0 and 1/);
  });
});
