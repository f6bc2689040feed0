import { readFileSync } from 'node:fs';
import { readPdf } from '../src/read/pdf/index.ts';
const bytes = new Uint8Array(readFileSync(process.argv[2]!));
for (let i = 0; i < 3; i++) { const t = performance.now(); await readPdf(bytes); console.log((performance.now() - t).toFixed(0), 'ms'); }
