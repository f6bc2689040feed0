import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as text from '../../src/exports/text.js';
import { dictionaryLoadCount } from '../../src/text/dictionary.js';
import { seedPath, SEEDS } from '../helpers.js';

const api = { ...root, ...text };

// its own test file: vitest gives every file a fresh module graph, so nothing else loaded it first
describe('the segmentation dictionary is loaded lazily', () => {
  it('is not loaded by importing the library and parsing plans', () => {
    for (const f of Object.values(SEEDS)) api.parsePlan(readFileSync(seedPath(f)), { source: f });
    expect(api.dictionaryLoaded()).toBe(false);
    expect(dictionaryLoadCount()).toBe(0);
  });

  it('is loaded once, by the first stage that needs words', () => {
    const upper = api.parsePlan(readFileSync(seedPath(SEEDS.shenyang2022)));
    const lower = api.parsePlan(readFileSync(seedPath(SEEDS.liaozhong2022)));
    api.comparePlans(upper, lower);
    api.comparePlans(lower, upper);
    expect(api.dictionaryLoaded()).toBe(true);
    expect(dictionaryLoadCount()).toBe(1);
  });

  it('is not needed at all with a tokenizer of your own', () => {
    const plan = api.parsePlan(readFileSync(seedPath(SEEDS.liaozhong2022)));
    expect(api.comparePlans(plan, plan, { tokenizer: api.charTokenizer }).summary.inherited).toBeGreaterThan(0);
  });
});
