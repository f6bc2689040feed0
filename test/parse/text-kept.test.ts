import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/model/plan.js';
import { seedPath, seedPlan, SEEDS } from '../helpers.js';

/**
 * The prose body of each seed, by line range (read off the documents): from the first "一、" to
 * the last line before the task table or the end.
 */
const BODIES: [string, number, number][] = [
  [SEEDS.liaozhong2022, 19, 95],
  [SEEDS.chaoyang2022, 16, 86],
  [SEEDS.shenyang2022, 23, 113],
  [SEEDS.taierzhuang2022, 23, 219],
];

/**
 * Removes what the parser legitimately does not keep verbatim: metadata keys (and the 责 a page
 * break repeated), the "等" and generic "部门单位" of unit lists, punctuation and spaces.
 */
function skeleton(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(责?责任单位|牵?牵头单位|完?完成时限)/g, '')
    .replace(/等部门单位/g, '')
    .replace(/等/g, '')
    .replace(/[\p{P}\p{S}]/gu, '');
}

/** A line without its outline marker (一、 （一） 1. 1、). */
function unmarked(line: string): string {
  return line.trim().replace(/^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.、．])\s*/, '');
}

function flatten(nodes: Node[]): string {
  return nodes
    .map((n) =>
      n.kind === 'section'
        ? n.title + n.intro + flatten(n.children)
        : n.text + n.leads.join('') + n.partners.join('') + (n.deadline ?? ''),
    )
    .join('');
}

describe.each(BODIES)('no sentence of the body of %s is lost', (file, from, to) => {
  const source = readFileSync(seedPath(file), 'utf8').split('\n').slice(from - 1, to).map(unmarked).join('');
  const parsed = skeleton(flatten(seedPlan(file).children));
  const sentences = source.normalize('NFKC').split(/[。;；]/).map(skeleton).filter((s) => s.length > 0);

  it('keeps every sentence of the body, in the item text or its metadata', () => {
    expect(sentences.length).toBeGreaterThan(40);
    const lost = sentences.filter((s) => !parsed.includes(s));
    expect(lost).toEqual([]);
  });
});
