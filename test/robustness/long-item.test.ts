import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import { loadPlanJson } from '../../src/model/validate.js';
import { planItems } from '../../src/model/walk.js';
import { parsePlan } from '../../src/parse/index.js';

const CLAUSE = '加强信息公开，严格执行制度，'; // 14 characters
const plan = (body: string) => `某市2024年政务公开工作要点\n\n一、总体要求\n\n1. ${body}（牵头单位：市政府办公室）\n2. 做好政策解读工作。\n`;

describe('an item of a million characters', () => {
  const long = parsePlan(plan(CLAUSE.repeat(71_429)), { source: 'long.txt' });

  it('keeps the text whole and says it is compared on its first 20,000 characters', () => {
    const item = planItems(long)[0]!;
    expect(item.text.length).toBe(14 * 71_429);
    expect(item.leads).toEqual(['市政府办公室']);
    expect(long.warnings.filter((w) => w.code === 'long-item')).toEqual([
      expect.objectContaining({ code: 'long-item', line: 5, message: 'item 1. is 1000006 characters long: compared on its first 20000 (its text is kept whole)' }),
    ]);
  });

  it('keeps one such warning through Plan JSON and back', () => {
    const loaded = loadPlanJson(JSON.stringify(long), 'long.json');
    expect(loaded.warnings.filter((w) => w.code === 'long-item').length).toBe(1);
    // a Plan JSON written by another tool, without the warning, gets it on loading
    const bare = loadPlanJson(JSON.stringify({ ...long, warnings: [] }), 'bare.json');
    expect(bare.warnings.map((w) => w.code)).toEqual(['long-item']);
  });

  it('compares on the opening: a change past 20,000 characters is not seen, one before it is', () => {
    expect(comparePlans(long, long).links.map((l) => l.status)).toEqual(['inherited', 'inherited']);
    const lateChange = parsePlan(plan(`${CLAUSE.repeat(71_428)}另行公开年度报告，`), { source: 'late.txt' });
    expect(comparePlans(long, lateChange).links.map((l) => l.status)).toEqual(['inherited', 'inherited']);
    const earlyChange = parsePlan(plan(`建立政务公开清单管理制度，每季度更新。${CLAUSE.repeat(71_428)}`), { source: 'early.txt' });
    expect(comparePlans(long, earlyChange).links.map((l) => l.status)).toEqual(['modified', 'inherited']);
  });

  it('gives no warning to an item of 20,000 characters', () => {
    const at = parsePlan(plan(`${'加'.repeat(20_000 - 2)}公开`), { source: 'at.txt' });
    expect(planItems(at)[0]!.text.length).toBe(20_000);
    expect(at.warnings.map((w) => w.code)).not.toContain('long-item');
  });
});
