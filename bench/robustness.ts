import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparePlans } from '../src/align/compare.js';
import { parsePlan } from '../src/parse/index.js';
import { PolicyLineageError } from '../src/errors.js';
import { planItems } from '../src/model/walk.js';
import { ROOT, section } from './util.js';

/** Hostile and huge inputs, each timed with the process's RSS afterwards. */
function measure(label: string, fn: () => string): void {
  const t = performance.now();
  let result: string;
  try {
    result = fn();
  } catch (e) {
    result = e instanceof PolicyLineageError ? `refused (${e.code}): ${e.message.slice(0, 80)}` : `THREW ${(e as Error).message}`;
  }
  const ms = performance.now() - t;
  console.log(`${label.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(6)} s  rss ${(process.memoryUsage().rss / 1048576).toFixed(0).padStart(4)} MB  ${result}`);
}

/** Large and hostile inputs: time and memory stay bounded. */
export function robustnessBench(): void {
  section('Large and hostile input');
  const seed = readFileSync(join(ROOT, 'seeds', '003_c25a0eff93a0bef6.txt'), 'utf8');
  const seedPlan = parsePlan(seed);

  const big = seed.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(seed)));
  measure(`10 MB document (${(Buffer.byteLength(big) / 1048576).toFixed(1)} MB)`, () => `${planItems(parsePlan(big)).length} items`);

  const tenThousand = ['某市2022年政务公开工作要点', ...Array.from({ length: 50 }, (_, s) => [`${toChinese(s + 1)}、第${s + 1}部分`, ...Array.from({ length: 200 }, (_, i) => `${s * 200 + i + 1}. 加强第${s * 200 + i + 1}项信息公开。严格执行信息发布制度，统筹用好各类平台。（牵头单位：市政府办公室；完成时限：长期坚持）`)].join('\n\n'))].join('\n\n');
  let plan10k = seedPlan;
  measure('plan of 10,000 items: parse', () => {
    plan10k = parsePlan(tenThousand);
    return `${planItems(plan10k).length} items`;
  });
  measure('plan of 10,000 items: compare with a seed', () => JSON.stringify(comparePlans(seedPlan, plan10k).summary));

  const longItem = `一、甲\n\n1. ${'加强信息公开，严格执行制度，'.repeat(7200)}（牵头单位：市政府办公室）`;
  measure('single item of 100,000 characters: parse', () => `${planItems(parsePlan(longItem))[0]!.text.length} chars`);
  // the same item with one clause in five rewritten: thousands of edits, so the diff gives up
  const longLower = `一、甲\n\n1. ${Array.from({ length: 7200 }, (_, i) => (i % 5 ? '加强信息公开，严格执行制度，' : '做好政务服务，优化营商环境，')).join('')}`;
  measure('100,000-character items: compare (diff capped)', () => {
    const c = comparePlans(parsePlan(longItem), parsePlan(longLower));
    return `${JSON.stringify(c.summary)}${c.links.some((l) => l.changes.text?.truncated) ? ', diff truncated' : ''}`;
  });

  const unbalanced = ['一、（（（“甲', ...Array.from({ length: 2000 }, (_, i) => `${i + 1}. 加强（信息“公开（牵头单位：市政府办公室；完成时限：“长期`)].join('\n\n');
  measure('2,000 items with unbalanced parentheses/quotes', () => `${planItems(parsePlan(unbalanced)).length} items`);

  const control = `一、甲\n\n${Array.from({ length: 5000 }, (_, i) => `${i + 1}. 加强\u0000信息\u0007公开\u001b[31m。\u200b\ufeff`).join('\n')}`;
  measure('5,000 items strewn with control characters', () => `${planItems(parsePlan(control)).length} items`);

  const noise = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
  measure('200,000 characters of noise', () => `${planItems(parsePlan(noise)).length} items`);
}

function toChinese(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n]!;
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
}
