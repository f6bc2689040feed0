import { describe, expect, it } from 'vitest';
import { pushAll } from '../../src/model/arrays.js';

describe('pushAll', () => {
  it('appends a million elements, where a spread into push overflows the stack', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => [0].push(...many)).toThrow(RangeError);
    const out = pushAll([-1], many);
    expect(out.length).toBe(1_000_001);
    expect(out[0]).toBe(-1);
    expect(out[1_000_000]).toBe(999_999);
  });
});

describe('joinAllFragments', () => {
  it('joins as joinFragments does, a space only between ASCII words', async () => {
    const { joinAllFragments, joinFragments } = await import('../../src/parse/clean.js');
    const parts = ['see', 'more', '加强', '', '2', 'x'];
    expect(joinAllFragments(parts)).toBe('see more加强2 x');
    expect(joinAllFragments(parts)).toBe(parts.reduce((a, p) => joinFragments(a, p), ''));
  });
});
