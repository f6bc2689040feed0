import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { parseMarker } from '../../src/parse/markers.js';
import { extractMetadata } from '../../src/parse/metadata.js';
import { splitUnits } from '../../src/parse/units.js';
import type { Item, Section } from '../../src/model/plan.js';
import { planItems } from '../../src/model/walk.js';

const doc = (...lines: string[]): string => lines.join('\n\n');

describe('markers', () => {
  it.each([
    ['一、总体要求', 'cn-dun', 1],
    ['十六、其他', 'cn-dun', 16],
    ['（一）推进', 'cn-paren', 1],
    ['(十二) 推进', 'cn-paren', 12],
    ['1. 加强', 'arabic', 1],
    ['2、加强', 'arabic', 2],
    ['3．加强', 'arabic', 3],
    ['（4）加强', 'arabic-paren', 4],
    ['(5)加强', 'arabic-paren', 5],
    ['②加强', 'circled', 2],
  ])('reads %s', (line, kind, value) => {
    expect(parseMarker(line)).toMatchObject({ kind, value });
  });

  it.each(['2022年工作', '1.5倍以上', '一体化平台建设', '十四五规划', '（市）政府', '12345热线'])('does not take "%s" for a marker', (line) => {
    expect(parseMarker(line)).toBeNull();
  });
});

describe('outline', () => {
  it('makes a （一） with a body a leaf item and a （一） with children a section (朝阳)', () => {
    const plan = parsePlan(
      doc(
        '一、做好推进高质量发展信息公开',
        '(一)以政务公开助推经济平稳健康发展。',
        '1、加强助企纾困信息公开。加大帮扶政策公开力度。',
        '二、强化政务公开平台建设管理',
        '(一)强化信息发布审核。严格落实网络意识形态责任制。',
        '(二)推进互联网公开平台IPv6改造。全面完成改造。',
      ),
    );
    const [first, second] = plan.children as Section[];
    expect(first!.children[0]).toMatchObject({ kind: 'section', title: '以政务公开助推经济平稳健康发展' });
    expect(second!.children.map((n) => n.kind)).toEqual(['item', 'item']);
    expect(second!.children[0]).toMatchObject({ heading: '强化信息发布审核', text: '强化信息发布审核。严格落实网络意识形态责任制。' });
  });

  it('accepts subsections numbered continuously across sections (台儿庄)', () => {
    const plan = parsePlan(
      doc('一、深化重点领域信息公开', '（一）聚焦高质量发展', '1. 甲。', '（二）加强战略实施', '1. 乙。', '二、加强政策全过程公开', '（三）推进决策公开', '1. 丙。', '2. 丁。'),
    );
    expect(plan.warnings.filter((w) => w.code === 'numbering')).toEqual([]);
    const two = plan.children[1] as Section;
    expect(two.children[0]).toMatchObject({ kind: 'section', marker: '（三）', title: '推进决策公开' });
    expect(planItems(two).map((i) => i.text)).toEqual(['丙。', '丁。']);
  });

  it('puts items numbered continuously across sections directly under a section (沈阳 16. under 二、)', () => {
    const plan = parsePlan(doc('一、甲', '（一）乙', '1. 第一项。', '2. 第二项。', '二、丙', '3. 第三项。'));
    expect((plan.children[1] as Section).children[0]).toMatchObject({ kind: 'item', marker: '3.', id: '2.1' });
  });

  it('joins a sentence and even a word cut by a page break, and repairs spaces in numbers', () => {
    const plan = parsePlan(
      doc('一、甲', '1. 加强涉及市场主体信息公开。政府门户网站和发展改革、', '商务部门网站及时转载。(牵头单位:市发展改革委;完成时限:2022', '年 12 月底)', '2. 优化服务。在 2022 年底前完成。(完成时限:长期坚', '持)'),
    );
    const [a, b] = planItems(plan);
    expect(a!.text).toBe('加强涉及市场主体信息公开。政府门户网站和发展改革、商务部门网站及时转载。');
    expect(a!.deadline).toBe('2022年12月底');
    expect(b!.text).toBe('优化服务。在2022年底前完成。');
    expect(b!.deadline).toBe('长期坚持');
  });

  it('keeps a metadata parenthesis that stands on its own line with the item above', () => {
    const plan = parsePlan(doc('一、甲', '1. 提升政府公报服务效果。完善数据库。', '(牵头单位:市政府办公室;完成时限:长期坚持)', '2. 下一项。'));
    expect(planItems(plan)[0]).toMatchObject({ text: '提升政府公报服务效果。完善数据库。', leads: ['市政府办公室'] });
  });

  it('reads a number that breaks the sequence inside a cut sentence as text', () => {
    const plan = parsePlan(doc('一、甲', '1. 第一项，要求在', '3. 个工作日内答复。', '2. 第二项。'));
    expect(planItems(plan).map((i) => i.text)).toEqual(['第一项，要求在3.个工作日内答复。', '第二项。']);
  });
});

describe('metadata parenthesis', () => {
  it('splits units at 、，；with ：or : and keeps nested parentheses and 〈〉', () => {
    const m = extractMetadata('正文。（牵头单位：市政府办公室、市营商局；责任单位:市政府有关部门,各区县(市)政府;完成时限:2022年5月底,长期坚持）');
    expect(m).toMatchObject({
      text: '正文。',
      leads: ['市政府办公室', '市营商局'],
      partners: ['市政府有关部门', '各区县(市)政府'],
      deadline: '2022年5月底,长期坚持',
    });
    expect(splitUnits('各镇〈街〉；区发展改革局、区地方金融监管局〈区金融服务中心〉')).toEqual(['各镇〈街〉', '区发展改革局', '区地方金融监管局〈区金融服务中心〉']);
  });

  it('repairs a key duplicated by a page break ("（责\\n\\n责任单位")', () => {
    expect(extractMetadata('稳妥有序进行公开。（责责任单位：各镇〈街〉、区发展改革局)')).toMatchObject({
      text: '稳妥有序进行公开。',
      partners: ['各镇〈街〉', '区发展改革局'],
      debris: '责',
    });
  });

  it('reads "X等Y" unit phrases and keeps 各镇、街 whole', () => {
    expect(splitUnits('区政府办公室等区直各部门单位')).toEqual(['区政府办公室', '区直各部门单位']);
    expect(splitUnits('区大数据中心等部门单位')).toEqual(['区大数据中心']);
    expect(splitUnits('区政府有关部门，各镇、街')).toEqual(['区政府有关部门', '各镇、街']);
  });

  it('glues unit names a table cell wrapped over lines', () => {
    expect(splitUnits('市政府 办公厅 市大数据局', { spaces: true })).toEqual(['市政府办公厅', '市大数据局']);
    expect(splitUnits('市直各 部门 区 县 （市） 政府', { spaces: true })).toEqual(['市直各部门', '区县（市）政府']);
    expect(splitUnits('市发展 改革委 市工商局', { spaces: true })).toEqual(['市发展改革委', '市工商局']);
  });

  it('leaves text without a metadata parenthesis alone', () => {
    expect(extractMetadata('各县(市)区政府要及时公开涉农补贴申报信息。')).toMatchObject({ text: '各县(市)区政府要及时公开涉农补贴申报信息。', raw: null });
  });
});

describe('notice header', () => {
  const plan = parsePlan(
    doc(
      '沈阳市政务公开领导小组文件',
      '沈政公领发〔2022〕1号',
      '沈阳市政务公开领导小组关于印发 沈阳市2022年政务公开工作要点的通知',
      '各区、县(市)人民政府:',
      '为贯彻落实《辽宁省政务公开领导小组关于印发辽宁省2022年政务公开工作要点的通知》(辽政公领发〔2022〕1 号)精神,现将《沈阳市2022年政务公开工作要点》印发给你们。',
      '沈阳市政务公开领导小组',
      '2022年5月21日',
      '(此件公开发布)',
      '沈阳市 2022 年政务公开工作要点',
      '为认真贯彻落实《辽宁省政务公开领导小组关于印发辽宁省 2022 年政务公开工作要点的通知》精神,制定本要点。',
      '一、加强政府信息公开',
      '1. 加强助企纾困信息公开。',
    ),
  );

  it('reads title, 文号, issuer, date and the cited superior plan once', () => {
    expect(plan).toMatchObject({ title: '沈阳市2022年政务公开工作要点', docNumber: '沈政公领发〔2022〕1号', issuer: '沈阳市政务公开领导小组', date: '2022-05-21', year: 2022 });
    expect(plan.references).toEqual([
      { title: '辽宁省政务公开领导小组关于印发辽宁省2022年政务公开工作要点的通知', docNumber: '辽政公领发〔2022〕1号', planTitle: '辽宁省2022年政务公开工作要点' },
    ]);
    expect(plan.preamble).toContain('制定本要点');
  });

  it('skips website boilerplate with a warning', () => {
    const p = parsePlan(doc('朝阳市2022年政务公开工作要点', '更新日期:2022-06-20 信息来源:朝阳市政府网站 浏览:', '一、甲', '1. 乙。'));
    expect(p.warnings).toContainEqual(expect.objectContaining({ code: 'skipped-boilerplate', line: 3 }));
  });

  it.each([
    ['辽宁省2022年政务公开工作要点', { name: '辽宁省', level: 'province', parent: null }],
    ['沈阳市2022年政务公开工作要点', { name: '沈阳市', level: 'city', parent: '辽宁省' }],
    ['沈阳市辽中区2022年政务公开工作要点', { name: '辽中区', level: 'district', parent: '沈阳市' }],
    ['2022年台儿庄区政务公开工作要点实施方案', { name: '台儿庄区', level: 'district', parent: '枣庄市' }],
    ['某某镇2022年政务公开工作要点', { name: '某某镇', level: 'township', parent: null }],
    ['宣汉县青石镇2023年政务公开工作要点', { name: '青石镇', level: 'township', parent: '宣汉县' }],
    ['辽中区茨榆坨街道2023年政务公开工作要点', { name: '茨榆坨街道', level: 'township', parent: '辽中区' }],
    ['东乡街道2023年政务公开工作要点', { name: '东乡街道', level: 'township', parent: null }],
    ['宣汉县农村乡镇政务公开标准化实施方案', { name: '宣汉县', level: 'county', parent: '达州市' }],
    ['宣汉县各乡镇2023年政务公开工作要点', { name: '宣汉县', level: 'county', parent: '达州市' }],
  ])('infers the jurisdiction of %s', (title, jurisdiction) => {
    expect(parsePlan(doc(title, '一、甲', '1. 乙。')).jurisdiction).toEqual(jurisdiction);
  });

  it('reads the signer, not the superior plan a title implements or breaks down, as the jurisdiction', () => {
    const signed = (title: string, signer: string) => parsePlan(doc('各乡镇人民政府：', '现将任务分工印发给你们。', signer, '2023年6月1日', title, '一、甲', '1. 乙。')).jurisdiction.name;
    expect(signed('贯彻落实四川省2023年政务公开工作要点任务分工', '宣汉县人民政府办公室')).toBe('宣汉县');
    expect(signed('四川省2023年政务公开工作要点任务分工', '宣汉县人民政府办公室')).toBe('宣汉县');
    // the province's own breakdown of its plan stays the province's
    expect(signed('四川省2023年政务公开工作要点任务分工', '四川省人民政府办公厅')).toBe('四川省');
    const unsigned = parsePlan(doc('贯彻落实四川省2023年政务公开工作要点任务分工', '一、甲', '1. 乙。'));
    expect(unsigned.warnings).toContainEqual(expect.objectContaining({ code: 'jurisdiction-of-superior' }));
  });
});

describe('traditional variants', () => {
  it('keeps the original characters in the text', () => {
    const item = planItems(parsePlan(doc('一、甲', '1. 及时公布违法违规行爲查处情况。')))[0] as Item;
    expect(item.text).toContain('行爲');
  });
});
