/**
 * Read time per format: every fixture of test/fixtures/read/ through readDocument (first call with
 * the reader's module loading, then the median of warm runs), and a PDF of 30+ pages printed by
 * Chromium from the Shenyang seed repeated (skipped when Chromium is missing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../src/read/index.js';
import { printableHtml, printPdf } from '../scripts/fixtures/pdf.js';
import { seedBlocks } from '../scripts/fixtures/seed-document.js';
import { median, ROOT, section } from './util.js';

async function timeRead(bytes: Uint8Array, source: string, runs: number): Promise<{ first: number; warm: number; blocks: number; format: string }> {
  let t = performance.now();
  const doc = await readDocument(bytes, { source });
  const first = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await readDocument(bytes, { source });
    times.push(performance.now() - t);
  }
  return { first, warm: median(times), blocks: doc.blocks.length, format: doc.format };
}

/** Prints the read time of each fixture and of a 30-page PDF. */
export async function readBench(): Promise<void> {
  section('Reading (read stage only, per file)');
  const dir = join(ROOT, 'test', 'fixtures', 'read');
  const files = readdirSync(dir).filter((f) => /\.(pdf|html?|docx|doc|odt|wps)$/.test(f)).sort();
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    try {
      const r = await timeRead(bytes, file, 5);
      console.log(`${file.padEnd(34)} ${r.format.padEnd(5)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KB  first ${r.first.toFixed(0).padStart(5)} ms, then ${r.warm.toFixed(0).padStart(4)} ms (median of 5), ${r.blocks} blocks`);
    } catch (error) {
      console.log(`${file.padEnd(34)} refused: ${(error as Error).message.slice(0, 90)}`);
    }
  }
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(`30-page PDF: skipped (no Chromium at ${chromium})`);
    return;
  }
  const { chromium: launcher } = await import('playwright-core');
  const browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const blocks = seedBlocks(readFileSync(join(ROOT, 'seeds', '003_c25a0eff93a0bef6.txt'), 'utf8'));
    const style = { header: '政务公开工作资料汇编', pageNumbers: 'dash' } as const;
    const pdf = await printPdf(browser, printableHtml([...blocks, ...blocks], style), style);
    const { getDocumentProxy } = await import('unpdf');
    const pages = (await getDocumentProxy(new Uint8Array(pdf))).numPages;
    const r = await timeRead(pdf, 'long.pdf', 5);
    console.log(`${`${pages}-page PDF (Shenyang twice)`.padEnd(34)} pdf   ${(pdf.length / 1024).toFixed(0).padStart(5)} KB  first ${r.first.toFixed(0).padStart(5)} ms, then ${r.warm.toFixed(0).padStart(4)} ms (median of 5); target < 1 s`);
  } finally {
    await browser.close();
  }
}
