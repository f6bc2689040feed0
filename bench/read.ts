/**
 * Read time per format: every fixture of test/fixtures/read/ (Word, .doc, OpenDocument, PDF,
 * saved pages) and the seed texts, read by readDocument and then parsed. "first" is the first
 * read of a format in this process (it loads the reader's modules: zip, XML, PDF code); "warm" the
 * median of later reads. Targets: a .docx in < 0.2 s, a 30-page PDF in < 1 s.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../src/parse/index.js';
import { readDocument } from '../src/read/index.js';
import { median, ROOT, section } from './util.js';

/** Reads each file once cold and `runs` times warm; prints one line per file. */
export async function readBench(runs = 5): Promise<void> {
  section('Reading: time per format (readDocument, then parsePlan)');
  const dir = join(ROOT, 'test', 'fixtures', 'read');
  const files = [
    ...readdirSync(dir)
      .filter((f) => /^(shenyang|liaozhong)-2022.*\.(docx|doc|odt|pdf|html)$/.test(f))
      .map((f) => join(dir, f)),
    join(ROOT, 'seeds', '003_c25a0eff93a0bef6.txt'),
  ].sort((a, b) => ext(a).localeCompare(ext(b)) || a.localeCompare(b));
  const seen = new Set<string>();
  for (const file of files) {
    const bytes = readFileSync(file);
    const name = file.replace(/^.*\//, '');
    const t0 = performance.now();
    let doc;
    try {
      doc = await readDocument(bytes, { source: name });
    } catch (e) {
      console.log(`${name.padEnd(36)} not read: ${(e as Error).message}`);
      continue;
    }
    const first = performance.now() - t0;
    const format = doc.format;
    const times: number[] = [];
    const parses: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const d = await readDocument(bytes, { source: name });
      const read = performance.now();
      parsePlan(d, { source: name });
      times.push(read - t);
      parses.push(performance.now() - read);
    }
    const cold = seen.has(format) ? '' : ` (first ${first.toFixed(0)} ms, loading the reader)`;
    seen.add(format);
    console.log(`${name.padEnd(36)} ${format.padEnd(5)} ${(statSync(file).size / 1024).toFixed(0).padStart(4)} KB  read ${median(times).toFixed(1).padStart(6)} ms, parse ${median(parses).toFixed(1).padStart(5)} ms${cold}`);
  }
}

function ext(f: string): string {
  return f.replace(/^.*\./, '');
}
