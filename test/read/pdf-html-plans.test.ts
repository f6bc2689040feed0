import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import type { Item, Node, Plan } from '../../src/model/plan.js';
import { planItems } from '../../src/model/walk.js';
import { readPlan } from '../../src/parse/read-plan.js';
import { fixturePath, nfkcCompact, seedPlan, SEEDS } from '../helpers.js';

/**
 * The PDF and saved-page fixtures of both plans (test/fixtures/read/, made by `npm run fixtures`
 * from the seeds) parse into the same plan as the seed texts, with no page furniture or site
 * chrome inside any item.
 */
const read = (name: string) => readPlan(new Uint8Array(readFileSync(fixturePath('read', name))), { source: name });

const FORMS = {
  shenyang2022: ['shenyang-2022.pdf', 'shenyang-2022.html', 'shenyang-2022.meta-lines.html'],
  liaozhong2022: ['liaozhong-2022.pdf', 'liaozhong-2022.html', 'liaozhong-2022.gbk.html', 'liaozhong-2022.br.html'],
} as const;

/** Strings planted in the fixtures as page furniture or site chrome, which no item may contain. */
const PLANTED = [
  '沈阳市政务公开工作资料汇编', '政务公开专栏', '— 2 —', '—2—', '第2页', '页 共', '当前位置', '首页', '相关链接', '网站标识码', 'ICP备',
  '公网安备', '打印本页', '关闭窗口', '分享到', '扫一扫', '字体', '上一篇', '下一篇', '主办单位', '走进本地', '索引号',
  '发文字号', '发布机构', '成文日期',
];

it('planted strings that the seed texts do not hold', () => {
  const seeds = readFileSync(fixturePath('..', '..', 'seeds', SEEDS.shenyang2022), 'utf8') + readFileSync(fixturePath('..', '..', 'seeds', SEEDS.liaozhong2022), 'utf8');
  for (const s of PLANTED) expect(seeds).not.toContain(s);
  const page = readFileSync(fixturePath('read', 'shenyang-2022.html'), 'utf8');
  for (const s of PLANTED.filter((p) => !/[—页]|资料汇编|专栏|索引号/.test(p))) expect(page).toContain(s);
});

const sections = (nodes: Node[]): unknown[] =>
  nodes.map((n) => (n.kind === 'section' ? { title: nfkcCompact(n.title), children: sections(n.children) } : 'item'));
const itemTexts = (plan: Plan) => planItems(plan).map((i: Item) => nfkcCompact(i.text));

describe.each(Object.entries(FORMS))('%s in PDF and HTML', (seed, files) => {
  const text = seedPlan(SEEDS[seed as keyof typeof SEEDS]);
  it.each(files)('%s parses like the text version', async (file) => {
    const plan = await read(file);
    expect(nfkcCompact(plan.title)).toBe(nfkcCompact(text.title));
    expect(plan.docNumber).toBe(text.docNumber);
    expect(plan.date).toBe(text.date);
    expect(sections(plan.children)).toEqual(sections(text.children));
    expect(itemTexts(plan)).toEqual(itemTexts(text));
    for (const item of planItems(plan)) for (const s of PLANTED) expect(item.text, `${item.id} holds "${s}"`).not.toContain(s);
  });
});

describe('comparing any format of Shenyang with any format of Liaozhong', () => {
  it.each([
    ['shenyang-2022.pdf', 'liaozhong-2022.pdf'],
    ['shenyang-2022.html', 'liaozhong-2022.gbk.html'],
    ['shenyang-2022.meta-lines.html', 'liaozhong-2022.br.html'],
    ['shenyang-2022.pdf', 'liaozhong-2022.html'],
  ])('%s → %s gives 14 / 12 / 0 / 3', async (upper, lower) => {
    const comparison = comparePlans(await read(upper), await read(lower));
    expect(comparison.summary).toEqual({ inherited: 14, modified: 12, added: 0, dropped: 3 });
  });
});
