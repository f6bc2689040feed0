import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import { parsePlan } from '../../src/parse/index.js';

function plan(title: string, ...items: string[]): ReturnType<typeof parsePlan> {
  return parsePlan([title, '一、政务公开', ...items.map((t, i) => `${i + 1}. ${t}`)].join('\n\n'));
}
const pair = (upper: string, lower: string) =>
  comparePlans(plan('沈阳市2022年政务公开工作要点', `加强信息公开。${upper}`), plan('沈阳市浑南区2022年政务公开工作要点', `加强信息公开。${lower}`)).links[0]!;

describe('graded obligation strength', () => {
  it.each([
    ['各单位要确保按时完成公开任务。', '各单位要力争按时完成公开任务。', 'weaker', ['确保'], ['力争']],
    ['年底前完成平台改造工作。', '年底前推进平台改造工作。', 'weaker', ['完成'], ['推进']],
    ['行政机关不得开展第三方评估。', '行政机关原则上不开展第三方评估。', 'weaker', ['不得'], ['原则上']],
    ['严格执行保密审查制度。', '参照执行保密审查制度。', 'weaker', ['严格执行'], ['参照执行']],
    ['探索建立政务公开协同机制。', '建立政务公开协同机制。', 'stronger', ['探索'], []],
    ['行政机关不得公开排名结果。', '行政机关严禁公开排名结果。', 'stronger', ['不得'], ['严禁']],
    ['各单位可通过互联网等渠道公开。', '各单位应通过互联网等渠道公开。', 'stronger', ['可'], ['应']],
  ])('%s → %s is %s', (upper, lower, direction, wu, wl) => {
    const link = pair(upper, lower);
    expect(link.changes.obligation?.direction).toBe(direction);
    const clause = link.changes.obligation!.clauses[0]!;
    expect([clause.upper, clause.lower]).toEqual([wu, wl]);
    expect(clause.clause.lower).toBe(lower.replace(/。$/, ''));
  });

  it('reads 推进 → 确保完成 as stronger on both modality and completion', () => {
    const link = pair('推进平台改造工作。', '确保完成平台改造工作。');
    expect(link.changes.obligation!.clauses.map((c) => [c.aspect, c.direction])).toEqual([
      ['modality', 'stronger'],
      ['completion', 'stronger'],
    ]);
  });

  it('calls a clause made stronger and another made weaker mixed, with no single text direction', () => {
    const link = pair('各单位可通过网站公开，确保信息准确。', '各单位应通过网站公开，力争信息准确。');
    expect(link.changes.obligation?.direction).toBe('mixed');
    expect(link.changes.text!.obligation).toBeNull();
  });

  it('does not flag the paraphrase 推进 → 推动', () => {
    const link = pair('推进政务公开标准化建设。', '推动政务公开标准化建设。');
    expect(link.status).toBe('modified');
    expect(link.changes.obligation).toBeUndefined();
    expect(link.extent?.kind).toBe('wording');
  });

  it('reads a deadline moved later, in the text or in the 完成时限, as weaker', () => {
    expect(pair('2022年6月底前完成平台改造。', '2022年9月底前完成平台改造。').changes.obligation?.direction).toBe('weaker');
    const c = comparePlans(
      plan('沈阳市2022年政务公开工作要点', '加强信息公开。完成平台改造。（牵头单位：市政府办公室；完成时限：2022年9月底）'),
      plan('沈阳市浑南区2022年政务公开工作要点', '加强信息公开。完成平台改造。（牵头单位：区政府办公室；完成时限：2022年6月底）'),
    );
    expect(c.links[0]!.status).toBe('inherited');
    expect(c.links[0]!.changes.deadline?.direction).toBe('tightened');
    expect(c.links[0]!.changes.obligation?.direction).toBe('stronger');
  });

  it.each([
    ['对重大舆情要在24小时内作出回应。', '对重大舆情要在12小时内作出回应。', 'stronger', '24小时内', '12小时内'],
    ['在十五个工作日内答复申请人。', '在二十个工作日内答复申请人。', 'weaker', '十五个工作日内', '二十个工作日内'],
    ['收到申请后3日内转办。', '收到申请后5个工作日内转办。', 'weaker', '3日内', '5个工作日内'],
  ])('reads a time limit for acting, %s → %s, as %s', (upper, lower, direction, wu, wl) => {
    const obligation = pair(upper, lower).changes.obligation!;
    expect(obligation.direction).toBe(direction);
    expect(obligation.clauses.map((c) => [c.aspect, c.upper, c.lower])).toEqual([['deadline', [wu], [wl]]]);
  });

  it('does not read a period that sets no limit for acting (公开期限为6个月) as one', () => {
    expect(pair('公开期限为6个月。', '公开期限为3个月。').changes.obligation).toBeUndefined();
  });

  it('does not compare the obligation words of a clause rewritten beyond recognition, or of clauses inserted beside a kept one', () => {
    // only 政府网站 survives of the first clause; the second gains two new clauses that carry 严格 and 严禁
    expect(pair('严格政府网站开设整合审批，持续开展网站常态化监测。', '政府网站常态化监测继续开展。').changes.obligation).toBeUndefined();
    expect(pair('清理整合僵尸空壳账号。', '清理僵尸空壳账号，严格内容审核，严禁转载来源不明信息。').changes.obligation).toBeUndefined();
    // the word changed in a clause otherwise kept is still read
    expect(pair('清理整合僵尸空壳账号，严格内容审核。', '清理整合僵尸空壳账号，参照内容审核。').changes.obligation?.direction).toBe('weaker');
  });

  it('does not read 可 inside 可能 or 许可 as an obligation word', () => {
    expect(pair('防范可能带来的风险。', '防范许可带来的风险。').changes.obligation).toBeUndefined();
  });
});

describe('adaptation and scope', () => {
  it.each([
    ['各涉农区县要及时公开涉农补贴信息。', '各涉农街镇要及时公开涉农补贴信息。'],
    ['涉农区县政府要及时公开涉农补贴信息。', '涉农街道要及时公开涉农补贴信息。'],
    ['市政府各部门要及时公开补贴信息。', '区直各部门要及时公开补贴信息。'],
    ['本市各级政府要及时公开补贴信息。', '本区各级政府要及时公开补贴信息。'],
    ['各级政府要及时公开补贴信息。', '全区各级政府要及时公开补贴信息。'],
    ['各区县(市)政府要及时公开补贴信息。', '各街道乡镇要及时公开补贴信息。'],
    ['全市政府网站要及时公开补贴信息。', '本区政府网站要及时公开补贴信息。'],
    ['推进社区和园区政务公开。', '推进社区和园区政务公开。'],
  ])('calls %s → %s inherited', (upper, lower) => {
    expect(pair(upper, lower).status).toBe('inherited');
  });

  it.each([
    ['市级以下政府不得开展第三方评估。', '区级以下政府不得开展第三方评估。'],
    ['涉农区县政府要及时公开涉农补贴信息。', '各街道要及时公开涉农补贴信息。'],
    ['将各级政府出台的政策及时传达。', '将区政府出台的政策及时传达。'],
  ])('calls the change of who must act %s → %s modified, substantive', (upper, lower) => {
    const link = pair(upper, lower);
    expect(link.status).toBe('modified');
    expect(link.extent?.kind).toBe('substantive');
  });
});
