import { existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `vitest run` without `npm run build` first: make data/segment-dict.bin when it is missing or stale. */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out = join(root, 'data', 'segment-dict.bin');
  const sources = [join(root, 'scripts', 'make-dictionary.ts'), join(root, 'src', 'text', 'dictionary.ts')];
  if (existsSync(out) && sources.every((s) => statSync(s).mtimeMs <= statSync(out).mtimeMs)) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'make-dictionary.ts')], { stdio: 'inherit' });
}
