import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import { parsePlan } from '../../src/parse/index.js';
import { planItems } from '../../src/model/walk.js';
import type { Comparison } from '../../src/model/comparison.js';
import type { Plan } from '../../src/model/plan.js';
import { seedPlan, SEEDS } from '../helpers.js';

/** compare(A, A): every item inherited, linked to itself, once. */
function expectIdentity(plan: Plan, c: Comparison = comparePlans(plan, plan)): void {
  const ids = planItems(plan).map((i) => i.id);
  expect(c.summary).toEqual({ inherited: ids.length, modified: 0, added: 0, dropped: 0 });
  expect(c.links.map((l) => [l.upper, l.lower])).toEqual(ids.map((id) => [[id], [id]]));
  expect(c.links.some((l) => l.changes.moved)).toBe(false);
}

describe('compare(A, A) is the identity', () => {
  it.each(Object.entries(SEEDS))('for the seed %s', (_, file) => expectIdentity(seedPlan(file)));

  it('for repeated texts, items that differ only by a number, empty and metadata-only items', () => {
    const plan = parsePlan(
      [
        '某市2022年政务公开工作要点',
        '一、公开',
        '1. 加强信息公开。',
        '2. 加强信息公开。',
        '3. 做好第1批事项公开。',
        '4. 做好第2批事项公开。',
        '5. （牵头单位：市政府办公室；完成时限：长期坚持）',
        '6. （牵头单位：市政府办公室；完成时限：长期坚持）',
        '7. 。',
        '二、其他',
        '8. 加强信息公开。',
        '9. 做好第1批事项公开。',
      ].join('\n\n'),
    );
    expect(planItems(plan)).toHaveLength(9);
    expectIdentity(plan);
  });

  it('for a plan of 1,100 items numbered in three levels', () => {
    const lines = ['某市2022年政务公开工作要点'];
    const topics = ['政策解读', '政务服务', '信息发布', '依申请公开', '政府网站', '政务新媒体', '公报', '基层公开', '数据开放', '舆情回应', '考核监督'];
    for (let i = 0; i < 10; i++) {
      lines.push(`${'一二三四五六七八九十'[i]}、第${i + 1}部分`);
      for (let j = 0; j < 11; j++) {
        lines.push(`（${'一二三四五六七八九十'[j % 10]}${j >= 10 ? '一' : ''}）${topics[j]}`);
        for (let k = 1; k <= 10; k++) lines.push(`${k}. 做好${topics[(i + j + k) % topics.length]}第${k}项工作，推进${topics[(i * k + j) % topics.length]}规范化。`);
      }
    }
    const plan = parsePlan(lines.join('\n\n'));
    expect(planItems(plan).length).toBeGreaterThanOrEqual(1000);
    expectIdentity(plan);
  });

  it('is deterministic across runs', () => {
    const a = comparePlans(seedPlan(SEEDS.shenyang2022), seedPlan(SEEDS.taierzhuang2022));
    const b = comparePlans(seedPlan(SEEDS.shenyang2022), seedPlan(SEEDS.taierzhuang2022));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
