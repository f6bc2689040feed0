import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { comparePlans } from '../../src/align/compare.js';
import { parsePlan } from '../../src/parse/index.js';
import { fixturePath, ROOT, seedPath, SEEDS } from '../helpers.js';
import { launchChromium } from '../support/chromium.js';

type Lib = typeof import('../../src/index.js') & typeof import('../../src/exports/text.js');
import { DICTIONARY_FILE } from '../../src/text/dictionary.js';

/**
 * The package — parse, compare, render — bundled from dist/ for the browser the way a web app
 * would bundle it (resolving 'policy-lineage' and 'policy-lineage/text' through package.json
 * "exports"), then run in real headless Chromium. The bundle build fails on any Node-only import.
 */
const launched = await launchChromium();
if ('skip' in launched) console.warn(`browser bundle test skipped: ${launched.skip}`);

describe.skipIf('skip' in launched)('the library in a browser', () => {
  let browser: Browser;
  let page: Page;
  let bundleBytes = 0;
  let beforeLoad = '';
  let bundleInputs: string[] = [];

  beforeAll(async () => {
    browser = (launched as { browser: Browser }).browser;
    // ESM with code splitting, as a web app bundles it: the readers loaded on demand (pdf.js,
    // the HTML and Word readers) become chunks of their own, outside the core's size budget
    const result = await build({
      entryPoints: { index: `${ROOT}/test/browser/entry.js` },
      bundle: true,
      splitting: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      outdir: '/bundle',
      write: false,
      logLevel: 'silent',
      minify: true,
      metafile: true,
    });
    bundleInputs = Object.keys(result.metafile!.inputs);
    const outputs = result.metafile!.outputs;
    const files = new Map(result.outputFiles.map((f) => [f.path.replace(/^.*\/bundle\//, '/'), f.contents]));
    // the core: the entry and what it imports statically
    const core = new Set<string>();
    const visit = (path: string) => {
      if (core.has(path)) return;
      core.add(path);
      for (const i of outputs[path]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
    };
    // the readers loaded on demand are entry points too: start from the page's own
    visit(Object.keys(outputs).find((p) => outputs[p]!.entryPoint?.endsWith('test/browser/entry.js'))!);
    bundleBytes = [...core].reduce((n, p) => n + outputs[p]!.bytes, 0);
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // a page and its assets served from one origin: the bundle, and the dictionary as a file of its own
    const dictionary = readFileSync(`${ROOT}/data/${DICTIONARY_FILE}`);
    await page.route('https://policy-lineage.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === `/${DICTIONARY_FILE}`) return route.fulfill({ body: dictionary, contentType: 'application/octet-stream' });
      const file = files.get(path);
      if (file) return route.fulfill({ body: Buffer.from(file), contentType: 'text/javascript; charset=utf-8' });
      return route.fulfill({
        body: '<!doctype html><meta charset="utf-8"><title>policy-lineage</title><script type="module">import * as lib from "/index.js"; globalThis.policyLineage = lib;</script>',
        contentType: 'text/html; charset=utf-8',
      });
    });
    await page.goto('https://policy-lineage.test/');
    await page.waitForFunction(() => 'policyLineage' in globalThis);
    beforeLoad = await page.evaluate(() => {
      const lib = (globalThis as unknown as { policyLineage: Lib }).policyLineage;
      try {
        return lib.segmentitTokenizer('加强政务公开').join('|');
      } catch (e) {
        return e instanceof lib.DictionaryMissingError && /loadDictionary/.test(e.message) ? 'DictionaryMissingError' : String(e);
      }
    });
    await page.evaluate(async (file) => {
      const lib = (globalThis as unknown as { policyLineage: Lib }).policyLineage;
      await lib.loadDictionary(`/${file}`);
    }, DICTIONARY_FILE);
    expect(errors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('bundles dist/ without Node-only modules, the core at most 1.5 MB minified, the dictionary and the lazily loaded readers outside it', () => {
    expect(bundleInputs.filter((f) => /^dist\/(index|text)\.js$/.test(f)).sort()).toEqual(['dist/index.js', 'dist/text.js']);
    expect(bundleInputs.filter((f) => f.startsWith('src/'))).toEqual([]);
    expect(bundleBytes).toBeGreaterThan(100_000);
    expect(bundleBytes).toBeLessThanOrEqual(1_500_000);
  });

  it('refuses to segment before the dictionary is handed in, with an error that says so', () => {
    expect(beforeLoad).toBe('DictionaryMissingError');
  });

  it('compares two seed plans exactly as Node does', async () => {
    const upper = readFileSync(seedPath(SEEDS.shenyang2022), 'utf8');
    const lower = readFileSync(seedPath(SEEDS.liaozhong2022), 'utf8');
    const inBrowser = await page.evaluate(
      ([a, b]) => {
        const lib = (globalThis as unknown as { policyLineage: Lib }).policyLineage;
        return JSON.parse(JSON.stringify(lib.comparePlans(lib.parsePlan(a!), lib.parsePlan(b!))));
      },
      [upper, lower],
    );
    const inNode = JSON.parse(JSON.stringify(comparePlans(parsePlan(upper), parsePlan(lower))));
    expect(inBrowser).toEqual(inNode);
  }, 60_000);

  it('decodes GB18030 bytes and renders the HTML report in the page', async () => {
    const gb = [...readFileSync(fixturePath('encodings', '003.gb18030.txt'))];
    const lower = readFileSync(seedPath(SEEDS.liaozhong2022), 'utf8');
    const result = await page.evaluate(
      ([bytes, b]) => {
        const lib = (globalThis as unknown as { policyLineage: Lib }).policyLineage;
        const upper = lib.parsePlan(new Uint8Array(bytes as number[]));
        const html = lib.renderHtml(lib.comparePlans(upper, lib.parsePlan(b as string)));
        return { title: upper.title, encoding: lib.decodeBytes(new Uint8Array(bytes as number[])).encoding, html: html.length };
      },
      [gb, lower] as const,
    );
    expect(result).toEqual({ title: '沈阳市2022年政务公开工作要点', encoding: 'gb18030', html: expect.any(Number) });
    expect(result.html).toBeGreaterThan(10_000);
  }, 60_000);

  it('reads a PDF and a GBK web page in the page as Node does', async () => {
    const pdf = [...readFileSync(fixturePath('read', 'shenyang-2022.pdf'))];
    const html = [...readFileSync(fixturePath('read', 'liaozhong-2022.gbk.html'))];
    const inBrowser = await page.evaluate(
      async ([a, b]) => {
        const lib = (globalThis as unknown as { policyLineage: typeof import('../../src/index.js') }).policyLineage;
        const upper = await lib.readPlan(new Uint8Array(a as number[]), { source: 'shenyang-2022.pdf' });
        const lower = await lib.readPlan(new Uint8Array(b as number[]), { source: 'liaozhong-2022.gbk.html' });
        return { titles: [upper.title, lower.title], summary: lib.comparePlans(upper, lower).summary };
      },
      [pdf, html] as const,
    );
    expect(inBrowser).toEqual({ titles: ['沈阳市2022年政务公开工作要点', '沈阳市辽中区2022年政务公开工作要点'], summary: { inherited: 14, modified: 12, added: 0, dropped: 3 } });
  }, 120_000);
});
