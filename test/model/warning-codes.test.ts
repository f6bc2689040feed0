import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** Every `.ts` file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const union = readFileSync(join(ROOT, 'src/errors.ts'), 'utf8').match(/export type WarningCode =([\s\S]*?)\n\n/)![1]!;
const listed = new Set([...union.matchAll(/\| '([a-z-]+)'/g)].map((m) => m[1]!));

describe('WarningCode', () => {
  it('lists every code the library warns with (vitest does not type-check, so this does)', () => {
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\{ code: '([a-z-]+)', line/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((c) => !listed.has(c)).sort()).toEqual([]);
  });

  it('names each code once, with what it means', () => {
    const lines = union.split('\n').filter((l) => l.includes("| '"));
    expect(lines.length).toBe(listed.size);
    expect(lines.filter((l) => !/\/\/ \S/.test(l))).toEqual([]);
  });
});
