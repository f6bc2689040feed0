import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // the library: no Node-only imports, runs in browsers too
    // the root API and its subpaths (package.json "exports"); shared code goes to common chunks in
    // both formats, so `instanceof PolicyLineageError` holds across the entry points. xlsx has its own
    // entry so exceljs (an optional peer dependency) is loaded only by those who ask for a workbook
    entry: {
      index: 'src/index.ts',
      read: 'src/exports/read.ts',
      lineage: 'src/exports/lineage.ts',
      text: 'src/exports/text.ts',
      xlsx: 'src/exports/xlsx.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    // import.meta.url in the CommonJS build (the dictionary is found next to the module)
    shims: true,
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // the runtime dependencies stay dependencies, not bundled copies; the dictionary is data/segment-dict.bin
    external: ['fastest-levenshtein', 'diff', /^lodash/, 'exceljs'],
    // opencc-js's dictionaries are ESM-only subpath modules: bundled, so the CommonJS build needs no require(esm)
    noExternal: [/^opencc-js/],
  },
  {
    entry: { cli: 'src/cli/bin.ts', 'corpus-worker': 'src/cli/corpus-worker.ts', 'network-worker': 'src/cli/network-worker.ts' },
    // optional: loaded on demand by the Parquet writer only
    external: ['hyparquet-writer', 'exceljs', '@duckdb/node-api'],
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
