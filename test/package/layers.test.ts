import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * The import graph of src/: data flows one way, so a module imports only from its own layer or
 * the layers below, and nothing imports in a circle. `errors.ts` belongs to the model; the entry
 * points (src/index.ts, src/exports/) sit over everything.
 */
const LAYERS = ['model', 'text', 'read', 'parse', 'align', 'lineage', 'report', 'cli', 'entry'] as const;
type Layer = (typeof LAYERS)[number];

const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));
}

/** The layer of a file under src/, from its first folder. */
function layerOf(file: string): Layer {
  const rel = relative(SRC, file).split('/');
  if (rel.length === 1) return rel[0] === 'errors.ts' ? 'model' : 'entry';
  const top = rel[0]!;
  if (top === 'exports') return 'entry';
  if (!(LAYERS as readonly string[]).includes(top)) throw new Error(`src/${top}/ has no layer: add it to LAYERS in test/package/layers.test.ts`);
  return top as Layer;
}

/** The src files a file imports (static and dynamic, types included), resolved to paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts'))).filter((p) => p.startsWith(SRC) && p.endsWith('.ts'));
}

const files = sources(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(ROOT, f);

describe('the import graph of src/', () => {
  it('sees the whole library', () => {
    expect(files.length).toBeGreaterThan(80);
    expect([...graph.values()].flat().length).toBeGreaterThan(200);
  });

  it('has no import from a higher layer', () => {
    const upward: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        if (LAYERS.indexOf(layerOf(dep)) > LAYERS.indexOf(layerOf(file))) upward.push(`${rel(file)} (${layerOf(file)}) → ${rel(dep)} (${layerOf(dep)})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    // depth-first with an explicit stack, so the walk itself cannot overflow
    for (const start of files) {
      if (state.has(start)) continue;
      const stack: { file: string; next: number }[] = [{ file: start, next: 0 }];
      state.set(start, 'open');
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const deps = graph.get(top.file) ?? [];
        if (top.next >= deps.length) {
          state.set(top.file, 'done');
          stack.pop();
          continue;
        }
        const dep = deps[top.next++]!;
        if (state.get(dep) === 'open') {
          const from = stack.findIndex((s) => s.file === dep);
          cycles.push([...stack.slice(from).map((s) => rel(s.file)), rel(dep)].join(' → '));
        } else if (!state.has(dep)) {
          state.set(dep, 'open');
          stack.push({ file: dep, next: 0 });
        }
      }
    }
    expect(cycles).toEqual([]);
  });
});
