import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { planItems, planSections } from '../../src/model/walk.js';
import { loadPlanJson } from '../../src/model/validate.js';

// Offsets counted by hand: line 1 has 15 characters + \r\n (17), line 2 is blank (\r\n, 2).
const DOC = ['甲市2022年政务公开工作要点', '', '一、总体要求', '  1. 做好公开工作。', '继续推进。', '2. 加强解读。', '二、保障措施', '3. 强化考核。'].join('\r\n');

describe('positions', () => {
  const plan = parsePlan(DOC, { source: 'a.txt' });
  const [s1, s2] = planSections(plan);
  const [i1, i2, i3] = planItems(plan);

  it('span an item from its marker to the end of its last line, in the text as handed in', () => {
    expect(i1!.position).toEqual({ start: { line: 4, column: 3, offset: 29 }, end: { line: 5, column: 6, offset: 46 } });
    expect(DOC.slice(29, 46)).toBe('1. 做好公开工作。\r\n继续推进。');
    expect(i2!.position).toEqual({ start: { line: 6, column: 1, offset: 48 }, end: { line: 6, column: 9, offset: 56 } });
  });

  it('span a section from its marker to the end of its last item', () => {
    expect(s1!.position).toEqual({ start: { line: 3, column: 1, offset: 19 }, end: { line: 6, column: 9, offset: 56 } });
    expect(s2!.position?.start).toEqual({ line: 7, column: 1, offset: 58 });
    expect(s2!.position?.end).toEqual(i3!.position?.end);
  });

  it('keep line alongside position', () => {
    expect([s1!.line, i1!.line, i2!.line, s2!.line, i3!.line]).toEqual([3, 4, 6, 7, 8]);
  });

  it('place a warning on the line it is about', () => {
    // 7 + 7 + 11 characters before line 4
    const p = parsePlan('甲市工作要点\n一、总体要求\n1. 做好公开工作。\n3. 加强解读。\n', { source: 'b.txt' });
    const w = p.warnings.find((x) => x.code === 'numbering');
    expect(w?.position).toEqual({ start: { line: 4, column: 1, offset: 25 }, end: { line: 4, column: 9, offset: 33 } });
  });

  it('place the rows of a task table', () => {
    const text = ['乙区工作要点', '一、总体要求', '1. 做好公开工作。', '任务分解表', '序号\t工作任务\t具体措施\t牵头单位', '1\t做好公开工作\t公开政策文件\t区政府办'].join('\n');
    const item = planItems(parsePlan(text))[0]!;
    expect(item.tasks.map((t) => t.position?.start)).toEqual([{ line: 6, column: 1, offset: 49 }]);
    // the item itself keeps to its own line: the table row is the task's place, not the item's
    expect(item.position).toEqual({ start: { line: 3, column: 1, offset: 14 }, end: { line: 3, column: 11, offset: 24 } });
  });

  it('never let the spans of two items overlap, even when their tasks sit in a table after the prose', () => {
    const text = ['乙区工作要点', '一、总体要求', '1. 做好公开工作。', '2. 加强政策解读。', '任务分解表', '序号\t工作任务\t具体措施\t牵头单位', '1\t做好公开工作\t公开政策文件\t区政府办', '2\t加强政策解读\t解读重要政策\t区政府办'].join('\n');
    const [a, b] = planItems(parsePlan(text));
    expect(a!.tasks).toHaveLength(1);
    expect(b!.tasks).toHaveLength(1);
    expect(a!.position!.end.line).toBe(3);
    expect(b!.position!.start.line).toBe(4);
  });

  it('survive a round trip through Plan JSON, and are optional there', () => {
    const back = loadPlanJson(JSON.stringify(plan));
    expect(planItems(back)[0]!.position).toEqual(i1!.position);
    const bare = JSON.parse(JSON.stringify(plan));
    delete bare.children[0].position;
    expect(loadPlanJson(bare).children[0]!.position).toBeUndefined();
  });
});
