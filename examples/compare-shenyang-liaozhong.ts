/**
 * The headline use: compare the Shenyang 2022 city plan with the Liaozhong 2022 district plan and
 * see, item by item, what changed on the way down. Writes the reports to examples/output/.
 *
 *   npm run example
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { comparePlans, parsePlan, renderCsv, renderHtml, renderJson, renderMarkdown, renderText } from 'policy-lineage';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => parsePlan(readFileSync(`${root}seeds/${file}`), { source: `seeds/${file}` });

const shenyang = read('003_c25a0eff93a0bef6.txt'); // 沈阳市2022年政务公开工作要点 (city)
const liaozhong = read('000_69cf3694f199daec.txt'); // 沈阳市辽中区2022年政务公开工作要点 (district)
const comparison = comparePlans(shenyang, liaozhong);

process.stdout.write(renderText(comparison, { color: process.stdout.isTTY }));

const out = `${root}examples/output`;
mkdirSync(out, { recursive: true });
const reports: [string, string][] = [
  ['html', renderHtml(comparison)],
  ['md', renderMarkdown(comparison)],
  ['csv', renderCsv(comparison)],
  ['json', renderJson(comparison)],
];
for (const [ext, content] of reports) {
  writeFileSync(`${out}/shenyang-liaozhong.${ext}`, content);
  console.log(`wrote examples/output/shenyang-liaozhong.${ext}`);
}
