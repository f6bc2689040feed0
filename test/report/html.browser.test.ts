import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, Link } from '../../src/model/comparison.js';
import type { Item } from '../../src/model/plan.js';
import { planItems } from '../../src/model/walk.js';
import { renderHtml } from '../../src/report/comparison/html.js';
import { HTML_SCRIPT } from '../../src/report/comparison/html-script.js';
import { displayText, indexComparison } from '../../src/report/comparison/lookup.js';
import { launchChromium } from '../support/chromium.js';
import { CLOSE_SCRIPT, IMG, SCRIPT, SVG, hostileComparison, seedComparison } from './fixtures.js';

const launched = await launchChromium();
const skipReason = 'skip' in launched ? launched.skip : null;
if (skipReason) console.warn(`[test/report/html.browser.test.ts] Chromium tests skipped: ${skipReason}`);
const browser = 'browser' in launched ? launched.browser : (null as unknown as Browser);


interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
  url: string;
}

let dir = '';

/** Writes the HTML to a temp file and opens it from disk, recording errors, requests and dialogs. */
async function open(html: string, name: string, width = 1366): Promise<Opened> {
  const file = join(dir, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    return u === url ? route.continue() : route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests, dialogs, url };
}

const visibleRows = (page: Page) => page.locator('tbody.link:visible').count();
const shownCount = (page: Page) => page.locator('#f-count').getAttribute('data-shown').then(Number);

/** What the search box sees of a link: its items' texts, units, deadlines and tasks. */
function searchableText(link: Link, c: Comparison): string {
  const idx = indexComparison(c);
  const items = [...link.upper.map((id) => idx.upper.get(id)), ...link.lower.map((id) => idx.lower.get(id))].filter((i): i is Item => !!i);
  return items.map((i) => [displayText(i), ...i.leads, ...i.partners, i.deadline ?? '', ...i.tasks.map((t) => t.text)].join('\n')).join('\n');
}

describe.skipIf(skipReason !== null)('HTML report in headless Chromium', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-lineage-html-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('the Shenyang → Liaozhong seed report', () => {
    let c: Comparison;
    let o: Opened;
    beforeAll(async () => {
      c = seedComparison();
      o = await open(renderHtml(c), 'seed.html');
    });
    afterAll(async () => {
      await o?.page.close();
    });

    it('loads from disk with no error, no warning and no request but the page itself', async () => {
      await o.page.waitForTimeout(100);
      expect(o.errors).toEqual([]);
      expect(o.requests.filter((u) => !u.startsWith('data:'))).toEqual([o.url]);
      expect(o.requests.filter((u) => /^https?:/.test(u))).toEqual([]);
    });

    it('shows every item of both plans, each once', async () => {
      const seen = await o.page.$$eval('.item[data-side][data-id]', (els) => els.map((e) => `${e.getAttribute('data-side')}:${e.getAttribute('data-id')}`));
      const expected = [...planItems(c.upper).map((i) => `upper:${i.id}`), ...planItems(c.lower).map((i) => `lower:${i.id}`)];
      expect([...seen].sort()).toEqual([...expected].sort());
      for (const item of planItems(c.upper).slice(0, 3)) await expect(o.page.locator(`[id="u-${item.id}"] .marker`).innerText()).resolves.toBe(item.marker);
    });

    it('starts with every row visible and says so', async () => {
      expect(await visibleRows(o.page)).toBe(c.links.length);
      expect(await shownCount(o.page)).toBe(c.links.length);
      await expect(o.page.locator('#f-count').innerText()).resolves.toBe(`显示 ${c.links.length} / ${c.links.length} 条`);
    });

    it('hides a status when its toggle is unchecked, and shows it again', async () => {
      const toggle = o.page.getByRole('checkbox', { name: /沿用/ });
      await toggle.uncheck();
      expect(await visibleRows(o.page)).toBe(c.links.length - c.summary.inherited);
      expect(await shownCount(o.page)).toBe(c.links.length - c.summary.inherited);
      await expect(o.page.locator('tbody.link.s-inherited:visible').count()).resolves.toBe(0);
      await o.page.getByRole('checkbox', { name: /未采纳/ }).uncheck();
      expect(await visibleRows(o.page)).toBe(c.summary.modified + c.summary.added);
      await o.page.getByRole('button', { name: /重置/ }).click();
      expect(await visibleRows(o.page)).toBe(c.links.length);
    });

    it('filters by section, hiding the headings of emptied sections', async () => {
      const counterpart = c.sections.find((s) => s.upper === '2')!.lower;
      const inSection = c.links.filter((l) => l.upper.some((id) => id.startsWith('2.')) || l.lower.some((id) => id.startsWith(`${counterpart}.`))).length;
      expect(inSection).toBeGreaterThan(0);
      await o.page.getByRole('combobox', { name: '章节' }).selectOption('u:2');
      expect(await visibleRows(o.page)).toBe(inSection);
      const headings = await o.page.locator('tbody.section-head:visible').allInnerTexts();
      expect(headings.length).toBeGreaterThan(0);
      for (const h of headings) expect(h).toContain('二、');
      await o.page.getByRole('combobox', { name: '章节' }).selectOption('');
      expect(await visibleRows(o.page)).toBe(c.links.length);
    });

    it('searches the text of either side, ignoring case and width', async () => {
      const expected = c.links.filter((l) => /ipv6/i.test(searchableText(l, c).normalize('NFKC'))).length;
      expect(expected).toBeGreaterThan(0);
      const search = o.page.getByRole('searchbox', { name: '搜索' });
      await search.fill('ｉｐｖ６');
      expect(await visibleRows(o.page)).toBe(expected);
      await expect(o.page.locator('tbody.link:visible').first().innerText()).resolves.toContain('IPv6');
      const term = '近海经济区管委会';
      await search.fill(term);
      expect(await visibleRows(o.page)).toBe(c.links.filter((l) => searchableText(l, c).includes(term)).length);
      await search.fill('没有这样的文字');
      expect(await visibleRows(o.page)).toBe(0);
      expect(await o.page.locator('#f-empty').isVisible()).toBe(true);
      await search.fill('');
      expect(await visibleRows(o.page)).toBe(c.links.length);
    });

    it('labels every control', async () => {
      const unlabelled = await o.page.$$eval('input, select, button', (els) =>
        els.filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute('aria-label') && !(e.textContent ?? '').trim()).map((e) => e.outerHTML),
      );
      expect(unlabelled).toEqual([]);
    });

    it('prints on A4 with no controls and every row, even filtered ones', async () => {
      await o.page.getByRole('checkbox', { name: /沿用/ }).uncheck();
      expect(await visibleRows(o.page)).toBe(c.links.length - c.summary.inherited);
      await o.page.emulateMedia({ media: 'print' });
      expect(await visibleRows(o.page)).toBe(c.links.length);
      await expect(o.page.locator('.controls').isVisible()).resolves.toBe(false);
      const pdf = await o.page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await o.page.emulateMedia({ media: 'screen' });
      await o.page.getByRole('button', { name: /重置/ }).click();
      expect(await visibleRows(o.page)).toBe(c.links.length);
    });

    it('takes a screenshot', async () => {
      const file = join(dir, 'report.png');
      await o.page.setViewportSize({ width: 1366, height: 1600 });
      await o.page.evaluate(() => window.scrollTo(0, 0));
      await o.page.screenshot({ path: file });
      expect(statSync(file).size).toBeGreaterThan(20_000);
    });

    it('works without its script: no controls, every row shown, no error', async () => {
      const plain = await open(renderHtml(c, { script: false }), 'static.html');
      try {
        expect(await visibleRows(plain.page)).toBe(c.links.length);
        await expect(plain.page.locator('.controls').count()).resolves.toBe(0);
        expect(plain.errors).toEqual([]);
      } finally {
        await plain.page.close();
      }
    });
  });

  describe.each([390, 1280])('the seed report at %i px', (width) => {
    let c: Comparison;
    let o: Opened;
    beforeAll(async () => {
      c = seedComparison();
      o = await open(renderHtml(c), `seed-${width}.html`, width);
    });
    afterAll(async () => {
      await o?.page.close();
    });

    it('does not scroll sideways', async () => {
      const { scroll, viewport } = await o.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
      expect(scroll).toBeLessThanOrEqual(viewport);
    });

    it('shows every item of both plans, on screen and with its id', async () => {
      const items = await o.page.$$eval('.item[data-side][data-id]', (els) =>
        els.map((e) => {
          const box = e.getBoundingClientRect();
          return { key: `${e.getAttribute('data-side')}:${e.getAttribute('data-id')}`, id: e.querySelector('.iid')?.textContent, w: box.width, right: box.right };
        }),
      );
      const expected = [...planItems(c.upper).map((i) => `upper:${i.id}`), ...planItems(c.lower).map((i) => `lower:${i.id}`)];
      expect(items.map((i) => i.key).sort()).toEqual(expected.sort());
      for (const i of items) {
        expect(i.id).toBe(i.key.split(':')[1]);
        expect(i.w).toBeGreaterThan(100);
        expect(i.right).toBeLessThanOrEqual(width);
      }
    });

    it('draws a chart whose text is no smaller than 12 px', async () => {
      const chart = await o.page.evaluate(() => {
        const svg = Array.from(document.querySelectorAll('svg.chart')).find((e) => getComputedStyle(e).display !== 'none') as SVGSVGElement;
        return { cls: svg.getAttribute('class'), scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width, right: svg.getBoundingClientRect().right };
      });
      expect(chart.cls).toContain(width < 640 ? 'chart-narrow' : 'chart-wide');
      // the smallest chart text is 12 units
      expect(12 * chart.scale).toBeGreaterThanOrEqual(width < 640 ? 12 : 12 * 0.98);
      expect(chart.right).toBeLessThanOrEqual(width);
    });

    it('switches language in place, every label once', async () => {
      const badge = o.page.locator('tbody.link .badge').first();
      await expect(badge.innerText()).resolves.toBe('沿用');
      await expect(o.page.locator('#h-summary').innerText()).resolves.toBe('概览');
      await o.page.getByRole('button', { name: 'English' }).click();
      await expect(badge.innerText()).resolves.toBe('inherited');
      await expect(o.page.locator('#h-summary').innerText()).resolves.toBe('Summary');
      await expect(o.page.locator('#f-count').innerText()).resolves.toBe(`${c.links.length} of ${c.links.length} links shown`);
      expect(await o.page.getByRole('searchbox', { name: 'search' }).count()).toBe(1);
      expect(await o.page.evaluate(() => document.documentElement.lang)).toBe('en');
      const text = await o.page.locator('main').innerText();
      for (const zh of ['沿用', '未采纳', '概览', '逐条对照', '牵头单位']) expect(text, zh).not.toContain(zh);
      await o.page.getByRole('button', { name: '中文' }).click();
      await expect(badge.innerText()).resolves.toBe('沿用');
      const back = await o.page.locator('main').innerText();
      for (const en of ['inherited', 'Summary', 'Item by item', 'lead units']) expect(back, en).not.toContain(en);
    });

    it('moves between links with j and k', async () => {
      await o.page.locator('h1').click();
      await o.page.keyboard.press('j');
      expect(await o.page.evaluate(() => document.activeElement?.closest('tbody')?.id)).toBe('L1');
      await o.page.keyboard.press('j');
      expect(await o.page.evaluate(() => document.activeElement?.closest('tbody')?.id)).toBe('L2');
      await o.page.keyboard.press('k');
      expect(await o.page.evaluate(() => document.activeElement?.closest('tbody')?.id)).toBe('L1');
      await o.page.keyboard.press('Tab');
      expect(await o.page.evaluate(() => document.activeElement?.tagName)).toBeTruthy();
    });

    it('has text of WCAG AA contrast', async () => {
      const failures = await o.page.evaluate(() => {
        const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
        };
        const background = (e: Element | null): number[] => {
          for (let x = e; x; x = x.parentElement) {
            const c = rgb(getComputedStyle(x).backgroundColor);
            if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        const out: string[] = [];
        const all = Array.from(document.querySelectorAll('body *')).filter((e) => !(e instanceof SVGElement));
        for (const e of all) {
          const own = Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim());
          if (!own) continue;
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          if (style.visibility === 'hidden' || box.width === 0 || box.height === 0 || e.closest('.visually-hidden, [hidden], .skip')) continue;
          const fg = lum(rgb(style.color));
          const bg = lum(background(e));
          const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
          if (ratio < (large ? 3 : 4.5)) out.push(`${e.tagName}.${e.className}: ${ratio.toFixed(2)} "${e.textContent!.trim().slice(0, 20)}"`);
        }
        return [...new Set(out)];
      });
      expect(failures).toEqual([]);
    });

    it('made no request and logged no error', () => {
      expect(o.errors).toEqual([]);
      expect(o.requests.filter((u) => u !== o.url && !u.startsWith('data:'))).toEqual([]);
    });
  });

  describe('a comparison of plans full of markup', () => {
    let c: Comparison;
    let o: Opened;
    beforeAll(async () => {
      c = hostileComparison();
      o = await open(renderHtml(c), 'hostile.html');
      await o.page.waitForTimeout(300);
    });
    afterAll(async () => {
      await o?.page.close();
    });

    it('fires no dialog and no error', () => {
      expect(o.dialogs).toEqual([]);
      expect(o.errors).toEqual([]);
    });

    it('creates no element from the data', async () => {
      const counts = await o.page.evaluate(() => ({
        script: document.querySelectorAll('script').length,
        img: document.querySelectorAll('img').length,
        svg: document.querySelectorAll('svg').length,
        x: document.querySelectorAll('x').length,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      }));
      expect(counts).toEqual({ script: 1, img: 0, svg: 2, x: 0, handlers: [] });
      await expect(o.page.locator('script').textContent()).resolves.toBe(HTML_SCRIPT);
    });

    it('shows the payloads as text', async () => {
      const text = (await o.page.locator('body').innerText()).replace(/\s+/g, ' ');
      for (const payload of [SCRIPT, IMG, SVG, CLOSE_SCRIPT]) expect(text).toContain(payload);
      await expect(o.page.locator('h1').innerText()).resolves.toContain(SCRIPT);
      expect(await o.page.title()).toContain(SCRIPT);
    });

    it('searches markup literally', async () => {
      const search = o.page.getByRole('searchbox', { name: '搜索' });
      await search.fill('<img src=x');
      expect(await visibleRows(o.page)).toBe(c.links.filter((l) => searchableText(l, c).includes('<img src=x')).length);
      await search.fill('.*');
      expect(await visibleRows(o.page)).toBe(0);
      await search.fill('');
      expect(o.dialogs).toEqual([]);
    });
  });
});
