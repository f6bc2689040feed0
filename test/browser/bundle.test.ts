import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { comparePlans } from '../../src/align/compare.js';
import { parsePlan } from '../../src/parse/index.js';
import { fixturePath, ROOT, seedPath, SEEDS } from '../helpers.js';
import { launchChromium } from '../support/chromium.js';

/**
 * The package — parse, compare, render — bundled from dist/ for the browser the way a web app
 * would bundle it (resolving 'policy-lineage' through package.json "exports", browser conditions),
 * then run in real headless Chromium. The bundle build fails on any Node-only import.
 */
const launched = await launchChromium();
if ('skip' in launched) console.warn(`browser bundle test skipped: ${launched.skip}`);

describe.skipIf('skip' in launched)('the library in a browser', () => {
  let browser: Browser;
  let page: Page;
  let bundleBytes = 0;
  let bundleInputs: string[] = [];

  beforeAll(async () => {
    browser = (launched as { browser: Browser }).browser;
    const result = await build({
      stdin: {
        contents: "import * as lib from 'policy-lineage'; globalThis.policyLineage = lib;",
        resolveDir: ROOT,
        loader: 'js',
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    bundleInputs = Object.keys(result.metafile.inputs);
    const code = result.outputFiles[0]!.text;
    bundleBytes = code.length;
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><meta charset="utf-8"><title>policy-lineage</title>');
    await page.addScriptTag({ content: code });
    expect(errors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('bundles dist/index.js without Node-only modules', () => {
    expect(bundleInputs.some((f) => f.endsWith('dist/index.js'))).toBe(true);
    expect(bundleInputs.filter((f) => f.startsWith('src/'))).toEqual([]);
    expect(bundleBytes).toBeGreaterThan(100_000);
  });

  it('compares two seed plans exactly as Node does', async () => {
    const upper = readFileSync(seedPath(SEEDS.shenyang2022), 'utf8');
    const lower = readFileSync(seedPath(SEEDS.liaozhong2022), 'utf8');
    const inBrowser = await page.evaluate(
      ([a, b]) => {
        const lib = (globalThis as unknown as { policyLineage: typeof import('../../src/index.js') }).policyLineage;
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
        const lib = (globalThis as unknown as { policyLineage: typeof import('../../src/index.js') }).policyLineage;
        const upper = lib.parsePlan(new Uint8Array(bytes as number[]));
        const html = lib.renderHtml(lib.comparePlans(upper, lib.parsePlan(b as string)));
        return { title: upper.title, encoding: lib.decodeBytes(new Uint8Array(bytes as number[])).encoding, html: html.length };
      },
      [gb, lower] as const,
    );
    expect(result).toEqual({ title: '沈阳市2022年政务公开工作要点', encoding: 'gb18030', html: expect.any(Number) });
    expect(result.html).toBeGreaterThan(10_000);
  }, 60_000);
});
