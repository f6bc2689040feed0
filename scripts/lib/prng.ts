/**
 * mulberry32: a small seeded PRNG, so that generated cases are the same on every run and a
 * failure names a reproducible seed. Shared by the tests, the benches and the fixture generators.
 * @example const r = prng(42); r(); // → a number in [0, 1), the same for every run
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
