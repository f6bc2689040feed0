// publint and are-the-types-wrong on the package as `npm pack` would publish it. Packs with
// --ignore-scripts, so the build `npm test` has just made is checked as it is, not rebuilt.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'policy-lineage-pack-'));
try {
  process.stdout.write(run('npx', ['--no-install', 'publint', '--strict']));
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir]));
  process.stdout.write(run('npx', ['--no-install', 'attw', '--format', 'table-flipped', join(dir, filename)]));
} catch (error) {
  if (error.stdout) process.stdout.write(error.stdout);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
