import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import { genreFactor, GENRE_MIN_YEARS, learnGenre } from '../../src/align/genre.js';
import { preparePlan } from '../../src/align/prepare.js';
import { parsePlan } from '../../src/parse/index.js';

/** A small plan: a title naming the place, one section, and the given item lines. */
function plan(title: string, ...items: string[]): ReturnType<typeof parsePlan> {
  return parsePlan([title, '一、政务公开', ...items.map((t, i) => `${i + 1}. ${t}`)].join('\n\n'));
}

// boilerplate every plan of the kind closes its items with
const TAIL = '及时发布工作进展，主动接受社会监督，积极回应社会关切。';
const TOPICS = ['义务教育招生', '医保报销', '住房保障', '食品抽检', '河道治理', '农村公路', '就业补贴', '文物保护', '消防检查', '气象预警'];
const kind = (n: number, sameYear = false) => TOPICS.slice(0, n).map((t, i) => preparePlan(plan(`某市${sameYear ? 2023 : 2014 + i}年政务公开工作要点`, `做好${t}信息公开。公开${t}的办理条件，${TAIL}`, '加强平台建设。完善政府网站栏目。')));

// two different requirements on each side (elderly care, river care / bus routes, gas safety) that
// share only the heading pattern 做好…信息公开 and the boilerplate tail: two dropped, two added
const upper = plan(
  '沈阳市2023年政务公开工作要点',
  '加强政策解读。重要政策出台时同步发布解读材料。',
  `做好养老服务信息公开。公开养老机构名录和床位信息，${TAIL}`,
  `做好河湖管护信息公开。公开河长名单和巡河记录，${TAIL}`,
);
const lower = plan(
  '沈阳市辽中区2023年政务公开工作要点',
  '加强政策解读。重要政策出台时同步发布解读材料。',
  `做好公交线路调整信息公开。公开线路调整方案和站点位置，${TAIL}`,
  `做好燃气安全信息公开。公开燃气检查结果和隐患整改情况，${TAIL}`,
);

describe('genre-common text', () => {
  it('counts, per word and bigram, the years in which plans use it', () => {
    const genre = learnGenre(kind(10));
    expect(genre.plans).toBe(10);
    expect(genre.years).toBe(10);
    expect(genre.words.get('社会监督')).toBe(10);
    expect(genre.words.get('医保')).toBe(1);
    expect(genre.headingGrams.get('公开')).toBe(10);
    expect(genre.grams.get('关切')).toBe(10);
  });

  it('weighs features of more than half the years less, down to a floor', () => {
    expect(genreFactor(5, 10)).toBe(1);
    expect(genreFactor(8, 10)).toBeCloseTo(0.4);
    expect(genreFactor(10, 10)).toBe(0.15);
    expect(genreFactor(3, 3)).toBe(1); // too few years to tell genre from inheritance
  });

  it('does not link two requirements that share only the genre wording', () => {
    const c = comparePlans(upper, lower, { genre: learnGenre(kind(10)) });
    expect(c.links.map((l) => [l.status, l.upper, l.lower])).toEqual([
      ['inherited', ['1.1'], ['1.1']],
      ['added', [], ['1.2']],
      ['added', [], ['1.3']],
      ['dropped', ['1.2'], []],
      ['dropped', ['1.3'], []],
    ]);
  });

  it('does not link, in a pair alone, two items whose headings share only the pattern most headings use', () => {
    // 做好…信息公开 heads three items of each plan; 城市更新 and 乡村振兴 share only it and a closing
    // clause, while the rewritten 公报 item shares its topic with the city's
    const c = comparePlans(
      plan('济南市2023年政务公开工作要点', '加强政策解读。重要政策出台时同步发布解读材料。', '做好城市更新信息公开。公开城市更新项目计划和补偿标准，畅通居民意见反馈渠道。', '做好住房保障信息公开。公开保障性住房分配对象和分配结果。', '做好食品安全信息公开。公开食品抽检计划和抽检结果。', '办好政府公报。按时出版政府公报，实现公报全部数字化。'),
      plan('济南市历下区2023年政务公开工作要点', '加强政策解读。重要政策出台时同步发布解读材料。', '做好乡村振兴信息公开。及时发布乡村振兴重点任务清单，畅通村民意见反馈渠道。', '做好住房保障信息公开。公开保障性住房分配对象和分配结果。', '做好食品安全信息公开。公开食品抽检计划和抽检结果。', '提升政府公报服务效果。推进公报数字化，方便公众在线查阅。'),
    );
    const fate = (id: string) => c.links.find((l) => l.upper.includes(id) || l.lower.includes(id))!;
    expect(fate('1.2').upper.length + fate('1.2').lower.length).toBe(1);
    expect(c.links.filter((l) => l.status === 'dropped').map((l) => l.upper)).toEqual([['1.2']]);
    expect(c.links.filter((l) => l.status === 'added').map((l) => l.lower)).toEqual([['1.2']]);
    expect(fate('1.5')).toMatchObject({ status: 'modified', upper: ['1.5'], lower: ['1.5'] });
    expect(c.links.find((l) => l.status === 'added')!.explanation!.reason).toMatch(/headings share only the wording most headings/);
  });

  it('changes nothing when the plans span fewer years than GENRE_MIN_YEARS', () => {
    const few = learnGenre(kind(GENRE_MIN_YEARS - 1));
    expect(comparePlans(upper, lower, { genre: few }).links).toEqual(comparePlans(upper, lower).links);
  });

  it('does not take what the plans of one year share for the genre: they may all inherit it', () => {
    const oneYear = learnGenre(kind(10, true));
    expect(oneYear.years).toBe(1);
    expect(comparePlans(upper, lower, { genre: oneYear }).links).toEqual(comparePlans(upper, lower).links);
  });

  it('keeps a copied requirement inherited whatever the genre says', () => {
    const copy = plan('沈阳市辽中区2023年政务公开工作要点', '加强政策解读。重要政策出台时同步发布解读材料。', `做好养老服务信息公开。公开养老机构名录和床位信息，${TAIL}`);
    const c = comparePlans(upper, copy, { genre: learnGenre(kind(10)) });
    expect(c.links.filter((l) => l.status === 'inherited').map((l) => l.upper)).toEqual([['1.1'], ['1.2']]);
  });
});
