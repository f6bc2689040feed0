import { readFileSync } from 'node:fs';
import { readPdf } from '../src/read/pdf/index.ts';
const t = Date.now();
const doc = await readPdf(new Uint8Array(readFileSync(process.argv[2]!)), { source: process.argv[2] });
console.log(Date.now() - t, 'ms', doc.warnings, doc.metadata);
for (const b of doc.blocks) console.log(b.kind === 'table' ? 'TABLE\n' + b.rows.map((r) => '  ' + r.map(c => c.slice(0, 25)).join(' | ')).join('\n') : `[${b.origin?.page}${b.hints?.centred ? ' C' : ''}] ${b.text}`);
