import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CustomConverter } from 'opencc-js/core';
import { describe, expect, it } from 'vitest';
import { longestMatchConverter, simplifiedEntries, toSimplified } from '../../src/text/simplified.js';
import { seedPath } from '../helpers.js';

/**
 * toSimplified runs its own longest-match table instead of opencc-js's trie (much cheaper to
 * build on every start): it must convert exactly as OpenCC's converter over the same entries.
 */
describe('toSimplified', () => {
  const entries = simplifiedEntries();
  const opencc = CustomConverter(entries);
  const ours = longestMatchConverter(entries);

  it('converts by hand-read examples', () => {
    expect(toSimplified('政務公開')).toBe('政务公开');
    expect(toSimplified('各區人民政府，市政府各委、辦、局')).toBe('各区人民政府，市政府各委、办、局');
    // a phrase entry wins over its characters: 乾隆 keeps 乾, 乾淨 becomes 干净
    expect(toSimplified('乾隆年間')).toBe('乾隆年间');
    expect(toSimplified('乾淨')).toBe('干净');
    expect(toSimplified('')).toBe('');
    expect(toSimplified('plain ascii')).toBe('plain ascii');
  });

  it('agrees with opencc-js on every key, on runs of keys and on the seeds and fixtures', () => {
    const keys = entries.map(([k]) => k);
    for (const k of keys) expect(ours(k)).toBe(opencc(k));
    // keys run together, so that matches overlap and compete for the longest
    for (let i = 0; i + 3 < keys.length; i += 7) {
      const s = keys[i]! + keys[i + 1]! + '，' + keys[i + 2]! + keys[i + 3]!;
      expect(ours(s)).toBe(opencc(s));
    }
    const seeds = dirname(seedPath('x'));
    const texts = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'));
    for (const t of texts) {
      expect(ours(t)).toBe(opencc(t));
      const traditional = t.replace(/[\u4e00-\u9fff]/g, (c) => keys[c.charCodeAt(0) % keys.length]!.slice(0, 1));
      expect(ours(traditional)).toBe(opencc(traditional));
    }
  });

  it('passes over ideographic description sequences and astral characters as OpenCC does', () => {
    for (const s of ['⿰氵每開', '⿱⿰開開開', '𠀀開𠀀', '⿰', '開⿲', '\ud840開']) expect(ours(s)).toBe(opencc(s));
  });
});
