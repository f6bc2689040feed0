import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, ROOT, seedPath, SEEDS } from '../helpers.js';
import { launchChromium } from '../support/chromium.js';

/**
 * The one-file web page, built as `npm run build:web` builds it, opened from disk in real
 * Chromium with every request outside the file itself intercepted and counted.
 */
const PAGE = join(ROOT, 'dist', 'web', 'policy-lineage.html');
const launched = await launchChromium();
if ('skip' in launched) {
  if (process.env.CI) throw new Error(`the web page test needs Chromium in CI: ${launched.skip}`);
  console.warn(`web page test skipped: ${launched.skip}`);
}

/** The plan files a user would drop: every format the fixtures hold, the text seed last. */
function formsOf(seed: string, stem: string): string[] {
  const read = fixturePath('read');
  const forms = ['docx', 'pdf', 'odt', 'html'].map((ext) => join(read, `${stem}.${ext}`)).filter((p) => existsSync(p));
  return [...forms, seedPath(seed)];
}
const SHENYANG = formsOf(SEEDS.shenyang2022, 'shenyang-2022');
const LIAOZHONG = formsOf(SEEDS.liaozhong2022, 'liaozhong-2022');

describe.skipIf('skip' in launched)('the web page', () => {
  let browser: Browser;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(() => {
    browser = (launched as { browser: Browser }).browser;
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'build-web.ts')], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(PAGE).href) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(pathToFileURL(PAGE).href);
    return { context, page };
  }

  /** Drops files on the page the way a browser does: a `drop` event carrying a DataTransfer. */
  async function drop(page: Page, files: string[]): Promise<void> {
    const payload = files.map((f) => ({ name: basename(f), bytes: [...readFileSync(f)] }));
    await page.evaluate((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name));
      document.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, payload);
  }

  async function summary(page: Page): Promise<Record<string, number>> {
    await page.waitForSelector('#summary', { timeout: 60_000 });
    const counts = await page.$$eval('#summary [data-status]', (els) => els.map((e) => [e.getAttribute('data-status'), Number(e.querySelector('b')!.textContent)] as const));
    return Object.fromEntries(counts);
  }

  // each format of the city plan against the same format of the district plan (text last)
  const pairs = SHENYANG.map((upper, i) => [basename(upper), upper, LIAOZHONG[Math.min(i, LIAOZHONG.length - 1)]!] as const);
  it.each(pairs)(
    'drops %s and the district plan (dropped first) and shows 14 / 12 / 0 / 3',
    async (_name, upper, lower) => {
      const { context, page } = await open(1280);
      await drop(page, [lower, upper]);
      expect(await summary(page)).toEqual({ inherited: 14, modified: 12, added: 0, dropped: 3 });
      // the page took the city plan as upper although it was dropped second
      expect(await page.locator('.card .role').allTextContents()).toEqual(['上级', '下级']);
      expect(await page.locator('.card h3').allTextContents()).toEqual(['沈阳市2022年政务公开工作要点', '沈阳市辽中区2022年政务公开工作要点']);
      const frame = page.frameLocator('#report-frame');
      const text = await frame.locator('body').innerText();
      // every item of both plans is in the report: 29 city items, 26 district items, by heading
      for (const heading of ['加强推进结构调整“三篇大文章”信息公开', '加强疫情防控信息公开', '做好10件民生实事信息公开']) expect(text).toContain(heading);
      await context.close();
    },
    120_000,
  );

  it('reads every item into the report frame', async () => {
    const { context, page } = await open(1280);
    await drop(page, [seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022)]);
    await summary(page);
    const lib = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
    const upper = lib.parsePlan(readFileSync(seedPath(SEEDS.shenyang2022)));
    const lower = lib.parsePlan(readFileSync(seedPath(SEEDS.liaozhong2022)));
    const text = (await page.frameLocator('#report-frame').locator('body').innerText()).replace(/\s+/g, '');
    const missing = [...lib.planItems(upper), ...lib.planItems(lower)].filter((item: { text: string }) => !text.includes(item.text.replace(/\s+/g, '').slice(0, 12)));
    expect(missing.map((i: { id: string }) => i.id)).toEqual([]);
    await context.close();
  }, 120_000);

  it('downloads the same comparison@1 JSON the CLI prints', async () => {
    const { context, page } = await open(1280);
    const files = [seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022)];
    await drop(page, files);
    await summary(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dl-json')]);
    const fromPage = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const fromCli = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'compare', ...files, '--json'], { cwd: join(ROOT, 'seeds'), encoding: 'utf8' }));
    // the CLI names plans by the path it was given, the page by the file name
    for (const side of ['upper', 'lower'] as const) {
      expect(basename(fromCli[side].source)).toBe(fromPage[side].source);
      fromCli[side].source = fromPage[side].source;
    }
    expect(fromPage.schema).toBe('policy-lineage/comparison@1');
    expect(fromPage).toEqual(fromCli);
    await context.close();
  }, 120_000);

  it('switches language, swaps the pair, and keeps a good file when another cannot be read', async () => {
    const { context, page } = await open(1280);
    await drop(page, [seedPath(SEEDS.shenyang2022), join(ROOT, 'LICENSE')]);
    await expect.poll(() => page.locator('#errors').innerText(), { timeout: 30_000 }).toContain('LICENSE');
    expect(await page.locator('.card h3').allTextContents()).toEqual(['沈阳市2022年政务公开工作要点']);
    await drop(page, [seedPath(SEEDS.liaozhong2022)]);
    await summary(page);
    expect(await page.locator('h1').innerText()).toBe('政务公开工作要点对照');
    await page.click('#lang');
    expect(await page.locator('h1').innerText()).toBe('Compare government work plans');
    expect(await page.locator('.card .role').allTextContents()).toEqual(['Upper', 'Lower']);
    await page.click('#swap');
    await summary(page);
    expect(await page.locator('.card h3').allTextContents()).toEqual(['沈阳市辽中区2022年政务公开工作要点', '沈阳市2022年政务公开工作要点']);
    await context.close();
  }, 120_000);

  it('takes three plans, keeps another version of the city apart and compares the chain', async () => {
    const { context, page } = await open(1280);
    await drop(page, [seedPath(SEEDS.liaozhong2022), seedPath(SEEDS.shenyang2018), seedPath(SEEDS.shenyang2022)]);
    expect(await summary(page)).toEqual({ inherited: 14, modified: 12, added: 0, dropped: 3 });
    expect(await page.locator('.card .role').allTextContents()).toEqual(['上级', '下级', '同一地区的另一版本']);
    expect(await page.locator('.card h3').allTextContents()).toEqual(['沈阳市2022年政务公开工作要点', '沈阳市辽中区2022年政务公开工作要点', '沈阳市2018年政务公开重点工作安排']);
    await context.close();
  }, 120_000);

  it.each([390, 1280])('fits a %i px wide screen without sideways scrolling', async (width) => {
    const { context, page } = await open(width);
    await drop(page, [seedPath(SEEDS.shenyang2022), seedPath(SEEDS.liaozhong2022)]);
    await summary(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'docs', `web-${width}.png`), fullPage: false });
    }
    await context.close();
  }, 120_000);

  it('made no network request and logged no error', () => {
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
