/**
 * The one-file web page: its size, how long it takes to open from disk, and the time from
 * dropping the seed pair to the report, in Debian's headless Chromium. Builds the page first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { section } from './util.js';

const ROOT = join(import.meta.dirname, '..');
const PAGE = join(ROOT, 'dist', 'web', 'policy-lineage.html');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function webBench(): Promise<void> {
  section('Web page (dist/web/policy-lineage.html) in headless Chromium');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'build-web.ts')], { cwd: ROOT, stdio: 'pipe' });
  const bytes = statSync(PAGE).size;
  console.log(`page size: ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  if (!existsSync(CHROMIUM)) {
    console.log(`no Chromium at ${CHROMIUM}: open and compare times not measured`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const pairs: [string, string[]][] = [['text', ['seeds/003_c25a0eff93a0bef6.txt', 'seeds/000_69cf3694f199daec.txt']]];
  for (const ext of ['docx', 'pdf', 'html', 'odt']) {
    const files = [`test/fixtures/read/shenyang-2022.${ext}`, `test/fixtures/read/liaozhong-2022.${ext}`];
    if (files.every((f) => existsSync(join(ROOT, f)))) pairs.push([ext, files]);
  }
  for (const [label, files] of pairs) {
    const times: { open: number; report: number }[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage();
      const t0 = performance.now();
      await page.goto(pathToFileURL(PAGE).href);
      await page.waitForSelector('#drop');
      const open = performance.now() - t0;
      const payload = files.map((f) => ({ name: basename(f), bytes: [...readFileSync(join(ROOT, f))] }));
      const t1 = performance.now();
      await page.evaluate((list) => {
        const data = new DataTransfer();
        for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name));
        document.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, payload);
      await page.waitForSelector('#summary', { timeout: 60_000 });
      times.push({ open, report: performance.now() - t1 });
      await page.close();
    }
    const best = (k: 'open' | 'report') => Math.min(...times.map((t) => t[k]));
    const worst = (k: 'open' | 'report') => Math.max(...times.map((t) => t[k]));
    console.log(
      `${label.padEnd(5)} open ${best('open').toFixed(0)}–${worst('open').toFixed(0)} ms (target < 1 s); drop → report ${best('report').toFixed(0)}–${worst('report').toFixed(0)} ms (target < 2 s)`,
    );
  }
  await browser.close();
}
