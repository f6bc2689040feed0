import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparePlans } from '../src/align/compare.js';
import { parsePlan } from '../src/parse/index.js';
import { renderCsv } from '../src/report/comparison/csv.js';
import { renderHtml } from '../src/report/comparison/html.js';
import { renderJson } from '../src/report/comparison/json.js';
import { renderMarkdown } from '../src/report/comparison/md.js';
import { renderText } from '../src/report/comparison/text.js';
import { ROOT, section, timeMs } from './util.js';

/** Time to render the seed comparison in every format, and the size of each report. */
export function renderingBench(): void {
  section('Rendering the Shenyang 2022 → Liaozhong 2022 comparison');
  const read = (f: string) => parsePlan(readFileSync(join(ROOT, 'seeds', f)));
  const c = comparePlans(read('003_c25a0eff93a0bef6.txt'), read('000_69cf3694f199daec.txt'));
  const formats: [string, () => string][] = [
    ['text', () => renderText(c)],
    ['json', () => renderJson(c)],
    ['md', () => renderMarkdown(c)],
    ['html', () => renderHtml(c)],
    ['csv', () => renderCsv(c)],
  ];
  let total = 0;
  for (const [name, render] of formats) {
    const ms = timeMs(render, 10);
    total += ms;
    console.log(`${name.padEnd(5)} ${ms.toFixed(2).padStart(7)} ms  ${(Buffer.byteLength(render()) / 1024).toFixed(0).padStart(5)} KB`);
  }
  console.log(`all five formats: ${total.toFixed(1)} ms (target well under 1 s)`);
}
