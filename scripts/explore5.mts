import { readFileSync } from 'node:fs';
import { readHtml } from '../src/read/html/index.ts';
const t = Date.now();
const doc = readHtml(new Uint8Array(readFileSync(process.argv[2]!)), { source: process.argv[2] });
console.log(Date.now() - t, 'ms', doc.warnings, doc.metadata);
for (const b of doc.blocks) console.log(b.kind === 'table' ? 'TABLE\n' + b.rows.map((r, i) => '  ' + r.map((c, j) => (b.merged?.[i]?.[j] ? '^' : '') + c.slice(0, 20)).join(' | ')).join('\n') : `[${JSON.stringify(b.hints ?? '')}] ${b.text.slice(0, 70)}`);
