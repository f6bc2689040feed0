import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// `npm test` builds first, so dist/ is what would be published
const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0] as {
  files: { path: string }[];
  unpackedSize: number;
};
const files = packed.files.map((f) => f.path);

describe('the npm package', () => {
  it('ships the ESM and CJS builds with their types, the CLI and its worker', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/corpus-worker.js']));
  });

  it('ships the data the library needs, the JSON schemas, README and licences', () => {
    expect(files).toEqual(
      expect.arrayContaining(['data/gazetteer.json', 'data/agency-aliases.json', 'data/adaptation.json', 'data/obligation.json', 'data/NOTICE.md', 'schema/plan.schema.json', 'schema/comparison.schema.json', 'README.md', 'LICENSE']),
    );
  });

  it('leaves out sources, tests, seeds, fixtures, benches and examples', () => {
    const unwanted = files.filter((f) => /^(src|test|seeds|bench|examples|docs|scratch|\.ci)\//.test(f) || f.includes('fixtures'));
    expect(unwanted).toEqual([]);
  });

  it('ships the compact segmentation dictionary made by the build', () => {
    expect(files).toContain('data/segment-dict.bin');
  });

  // the 2.7 MB dictionary replaced segmentit as a dependency (15 MB installed, 3.8 MB per build);
  // the readers (Word, PDF layout, saved pages) add about 0.5 MB of code and source maps over both builds,
  // the Chinese CMaps for PDFs with fonts not embedded (data/pdf-cmaps/) 0.45 MB, and the reports'
  // labels in two languages and the policy-lineage/xlsx entry ~0.3 MB (maps included), the Excel
  // and CSV readers with the group-column table rules ~0.2 MB over both builds
  it('stays small', () => {
    expect(packed.unpackedSize).toBeLessThan(9.75 * 1024 * 1024);
  });
});
