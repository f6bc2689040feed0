// Regenerates the README's pictures from the current HTML report of the seed pair
// (Shenyang 2022 → Liaozhong 2022): docs/report-1280.png and docs/report-390.png, in Chinese (the phone's from the
// summary down), and docs/report-1280-en.png after the language switch. Run with `npm run screenshots` (needs
// Debian's Chromium, or CHROMIUM_PATH).
import { mkdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { comparePlans, parsePlan, renderHtml } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const seed = (f: string) => parsePlan(readFileSync(join(ROOT, 'seeds', f)), { source: `seeds/${f}` });
const comparison = comparePlans(seed('003_c25a0eff93a0bef6.txt'), seed('000_69cf3694f199daec.txt'));
const dir = mkdtempSync(join(tmpdir(), 'pl-shots-'));
const file = join(dir, 'report.html');
writeFileSync(file, renderHtml(comparison, { lang: 'zh' }));
const url = pathToFileURL(file).href;
const docs = join(ROOT, 'docs');
mkdirSync(docs, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  for (const [width, height] of [
    [1280, 1800],
    [390, 1800],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url, { waitUntil: 'load' });
    // the picture shows what changed: hide the links inherited unchanged
    await page.getByRole('checkbox', { name: /沿用/ }).uncheck();
    // on a phone the plans' facts fill the first screens: show the summary and the first links
    if (width < 640) await page.evaluate(() => document.getElementById('summary')!.scrollIntoView());
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(docs, `report-${width}.png`) });
    if (width === 1280) {
      await page.getByRole('button', { name: 'English' }).click();
      await page.screenshot({ path: join(docs, 'report-1280-en.png') });
    }
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log('wrote docs/report-1280.png, docs/report-1280-en.png, docs/report-390.png');
