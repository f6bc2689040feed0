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
