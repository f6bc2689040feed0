/**
 * The hostile-input table: each case run as a user would, through the command line in its own
 * process (or, for what only the API takes, a script of its own), with its outcome (exit status and
 * the first line it printed), wall time and peak memory.
 * Every case must end within 10 s and 1 GB — refused with one line, or read within bounds.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, zipSync } from 'fflate';
import { lyingCountPdf, manyPagesPdf, pagesLoopPdf, repeatedPagePdf, selfReferencingPagesPdf } from '../scripts/lib/hostile-pdf.js';
import { ROOT, section } from './util.js';

interface Case {
  label: string;
  args: string[];
  /** A script of its own instead of the CLI (for what only the library API can be handed). */
  script?: string;
}

function runCase(c: Case): string {
  const useTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
  const t = performance.now();
  const argv = [c.script ?? 'dist/cli.js', ...c.args];
  const r = spawnSync(useTime ? '/usr/bin/time' : 'node', useTime ? ['-f', '%M', 'node', ...argv] : argv, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 1 << 28,
  });
  const s = (performance.now() - t) / 1000;
  const err = (r.stderr ?? '').trim().split('\n');
  const kb = useTime ? Number(err.at(-1)) : NaN;
  const messages = (useTime ? err.slice(0, -1) : err).filter((l) => l && !l.startsWith('Command exited'));
  const outcome = r.error ? `KILLED after 30 s (${r.error.message})` : `exit ${r.status}${messages[0] ? `: ${messages[0].slice(0, 90)}` : `, ${(r.stdout ?? '').length} bytes out`}`;
  const mb = Number.isFinite(kb) ? kb / 1024 : NaN;
  // exit 2 is an internal error (a crash the user sees), a kill is a hang
  const within = r.error || r.status === 2 ? 'FAIL' : s < 10 && (!Number.isFinite(mb) || mb < 1024) ? 'ok  ' : 'OVER';
  return `${within} ${c.label.padEnd(42)} ${s.toFixed(2).padStart(6)} s ${(Number.isFinite(mb) ? mb.toFixed(0) : '?').padStart(5)} MB  ${outcome}`;
}

type RawEntry = [name: string, deflated: Uint8Array, declared: number];

/** A zip whose entries declare any size; entries with the same bytes share one local record. */
function rawZip(entries: RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const shared = new Map<Uint8Array, number>();
  let offset = 0;
  const types = enc.encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  for (const [name, data, declared, stored] of [['[Content_Types].xml', types, types.length, true] as const, ...entries.map((e) => [...e, false] as const)]) {
    const n = enc.encode(name);
    const header = (size: number, sig: number) => {
      const b = new Uint8Array(size + n.length);
      const v = new DataView(b.buffer);
      v.setUint32(0, sig, true);
      return { b, v };
    };
    let at = shared.get(data);
    if (at === undefined) {
      const { b, v } = header(30, 0x04034b50);
      v.setUint16(8, stored ? 0 : 8, true);
      v.setUint32(18, data.length, true);
      v.setUint32(22, declared, true);
      v.setUint16(26, n.length, true);
      b.set(n, 30);
      at = offset;
      shared.set(data, at);
      parts.push(b, data);
      offset += b.length + data.length;
    }
    const { b, v } = header(46, 0x02014b50);
    v.setUint16(10, stored ? 0 : 8, true);
    v.setUint32(20, data.length, true);
    v.setUint32(24, declared, true);
    v.setUint16(28, n.length, true);
    v.setUint32(42, at, true);
    b.set(n, 46);
    central.push(b);
  }
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, central.length, true);
  ev.setUint16(10, central.length, true);
  ev.setUint32(12, central.reduce((k, c) => k + c.length, 0), true);
  ev.setUint32(16, offset, true);
  return Buffer.concat([...parts, ...central, end]);
}

/** A 3,000-deep plan built in memory, compared with itself changed at the bottom, rendered in every format. */
const DEEP_PLAN_SCRIPT = `
import * as pl from '${join(ROOT, 'dist', 'index.js')}';
const depth = 3000;
const plan = (title, extra) => {
  let children = [];
  for (let d = depth; d >= 1; d--) children = [{ kind: 'section', id: String(d), marker: '一、', title: '第' + d + '层', intro: '', line: d * 2, children: [{ kind: 'item', id: d + '.i', marker: '1.', heading: '', text: '推进第' + d + '项政务公开工作，做好信息发布。' + (d === depth ? extra : ''), leads: [], partners: [], deadline: null, tasks: [], line: d * 2 + 1 }, ...children] }];
  return { schema: 'policy-lineage/plan@1', title, jurisdiction: { name: null, level: null, parent: null }, year: 2024, docNumber: null, issuer: null, date: null, references: [], preamble: '', children, warnings: [], source: null };
};
const c = pl.comparePlans(plan('某省', ''), plan('某市', '同步做好政策解读和回应关切。'));
const sizes = ['renderJson', 'renderText', 'renderMarkdown', 'renderHtml', 'renderCsv'].map((f) => f.slice(6) + ' ' + (pl[f](c).length / 1e6).toFixed(1) + ' MB');
console.error(c.links.length + ' links, ' + c.summary.modified + ' modified; ' + sizes.join(', '));
`;

/** Builds the hostile files in a temporary folder and prints one row per case. */
export function hostileBench(): void {
  section('Hostile input (each case a CLI process: bounded if under 10 s and 1 GB)');
  const dir = mkdtempSync(join(tmpdir(), 'pl-hostile-'));
  try {
    const seed = join(ROOT, 'seeds', '003_c25a0eff93a0bef6.txt');
    const lower = join(ROOT, 'seeds', '000_69cf3694f199daec.txt');
    const plan = JSON.parse(spawnSync('node', ['dist/cli.js', 'parse', seed, '--json'], { cwd: ROOT, encoding: 'utf8' }).stdout);

    const loop = join(dir, 'loop-folder');
    mkdirSync(loop);
    copyFileSync(lower, join(loop, 'a.txt'));
    symlinkSync('self', join(loop, 'self'));
    symlinkSync('..', join(loop, 'up'));

    const many = join(dir, 'twenty-plans');
    mkdirSync(many);
    for (let i = 0; i < 20; i++) copyFileSync(lower, join(many, `p${i}.txt`));

    // written as text: JSON.stringify itself recurses too deep for 3,000 levels
    const leaf = JSON.stringify({ kind: 'item', id: 'x', marker: '1.', heading: '', text: '加强信息公开。', leads: [], partners: [], deadline: null, tasks: [], line: 1 });
    let deep = leaf;
    for (let d = 0; d < 3000; d++) deep = `{"kind":"section","id":"${d}","marker":"一、","title":"第${d}层","intro":"","children":[${deep}],"line":1}`;
    writeFileSync(join(dir, 'deep.json'), JSON.stringify({ ...plan, children: [] }).replace('"children":[]', `"children":[${deep}]`));

    writeFileSync(join(dir, 'item-1m.txt'), `沈阳市2022年政务公开工作要点\n\n一、甲\n\n1. ${'加强信息公开，严格执行制度，'.repeat(71_429)}（牵头单位：市政府办公室）\n`);

    const big = structuredClone(plan);
    const first = (function find(nodes: { kind: string; children?: unknown[]; text?: string }[]): { text: string } | null {
      for (const n of nodes) {
        if (n.kind === 'item') return n as { text: string };
        const f = find((n.children ?? []) as never);
        if (f) return f;
      }
      return null;
    })(big.children);
    first!.text = '推进政务公开标准化规范化建设，'.repeat(200_000);
    writeFileSync(join(dir, 'item-3m.json'), JSON.stringify(big));

    const styles = ['一、', '（一）', '1.', '（1）', '①', '1、', '(一)', '第一条'];
    writeFileSync(join(dir, 'markers-10k.txt'), ['某市2022年政务公开工作要点', ...Array.from({ length: 10_000 }, (_, i) => `${styles[i % styles.length]}加强第${i}项工作`)].join('\n'));

    writeFileSync(join(dir, 'markers-1m.txt'), ['某市2022年政务公开工作要点', ...Array.from({ length: 1_000_000 }, (_, i) => `${styles[i % 4]}加强第${i}项工作。`)].join('\n'));

    // numbers past 99,999 are no markers: the last 50,000 lines are absorbed into item 99,999
    writeFileSync(join(dir, 'numbered-150k.txt'), ['某市2024年政务公开工作要点', ...Array.from({ length: 150_000 }, (_, i) => `${i + 1}. 加强第${i + 1}项工作。`)].join('\n'));

    // a .docx whose document.xml inflates to 300 MB from a few hundred KB
    const bomb = new Uint8Array(300 * 1024 * 1024).fill(0x61);
    writeFileSync(
      join(dir, 'zip-bomb.docx'),
      zipSync({
        '[Content_Types].xml': new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        'word/document.xml': [bomb, { level: 9 }],
      }),
    );

    // 3,000 header parts that all point at one 1 MB stream: 3 GB declared from a 1 MB file
    writeFileSync(join(dir, 'zip-3000-entries.docx'), rawZip([['word/document.xml', deflateSync(new TextEncoder().encode('<w:document/>')), 13], ...Array.from({ length: 3000 }, (_, i): RawEntry => [`word/header${i + 1}.xml`, deflateSync(new Uint8Array(1 << 20)), 1 << 20])]));
    // an entry that declares 1 KB and inflates to 200 MB
    writeFileSync(join(dir, 'zip-liar.docx'), rawZip([['word/document.xml', deflateSync(new Uint8Array(200 << 20)), 1024]]));

    const sdt = 100_000;
    writeFileSync(join(dir, 'xml-deep.docx'), zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new TextEncoder().encode(`<w:document><w:body>${'<w:sdt><w:sdtContent>'.repeat(sdt)}<w:p/>${'</w:sdtContent></w:sdt>'.repeat(sdt)}</w:body></w:document>`) }));

    writeFileSync(join(dir, 'pages-self.pdf'), selfReferencingPagesPdf());
    writeFileSync(join(dir, 'pages-loop.pdf'), pagesLoopPdf());
    writeFileSync(join(dir, 'pages-lying.pdf'), lyingCountPdf(100_000));
    writeFileSync(join(dir, 'pages-repeated.pdf'), repeatedPagePdf(100_000));
    writeFileSync(join(dir, 'pages-100k.pdf'), manyPagesPdf(100_000));

    writeFileSync(join(dir, 'deep-plan.mjs'), DEEP_PLAN_SCRIPT);

    writeFileSync(join(dir, 'nested-50mb.html'), `<!doctype html><html><body>${'<div>'.repeat(9_900_000)}</body></html>`);

    const cases: Case[] = [
      { label: 'parse /dev/zero', args: ['parse', '/dev/zero'] },
      { label: 'parse /dev/urandom', args: ['parse', '/dev/urandom'] },
      { label: 'corpus over a symlink-loop folder', args: ['corpus', seed, loop, '--workers', '0', '--json'] },
      { label: 'corpus --workers 1000 over 20 plans', args: ['corpus', seed, many, '--workers', '1000', '--json'] },
      { label: 'parse a Plan JSON 3,000 sections deep', args: ['parse', join(dir, 'deep.json')] },
      { label: 'parse an item of 1 M characters', args: ['parse', join(dir, 'item-1m.txt')] },
      { label: 'compare an item of 1 M characters', args: ['compare', seed, join(dir, 'item-1m.txt'), '--json'] },
      { label: 'compare a 3 M-character item (Plan JSON)', args: ['compare', seed, join(dir, 'item-3m.json'), '--json'] },
      { label: 'parse 10,000 marker lines of mixed styles', args: ['parse', join(dir, 'markers-10k.txt')] },
      { label: 'parse 150,000 numbered lines (50,000 absorbed)', args: ['parse', join(dir, 'numbered-150k.txt')] },
      { label: 'parse 1,000,000 marker lines (34 MB, over the line bound)', args: ['parse', join(dir, 'markers-1m.txt')] },
      { label: 'parse a zip-bomb .docx (300 MB inflated)', args: ['parse', join(dir, 'zip-bomb.docx')] },
      { label: 'parse a .docx of 3,000 parts sharing one stream', args: ['parse', join(dir, 'zip-3000-entries.docx')] },
      { label: 'parse a .docx part lying about its size', args: ['parse', join(dir, 'zip-liar.docx')] },
      { label: 'parse a .docx nesting XML 200,000 deep', args: ['parse', join(dir, 'xml-deep.docx')] },
      { label: 'parse a 50 MB page of nested tags (under the cap)', args: ['parse', join(dir, 'nested-50mb.html')] },
      { label: 'parse a PDF page tree listing itself', args: ['parse', join(dir, 'pages-self.pdf')] },
      { label: 'parse a PDF page tree loop', args: ['parse', join(dir, 'pages-loop.pdf')] },
      { label: 'parse a PDF claiming 100,000 pages (has 1)', args: ['parse', join(dir, 'pages-lying.pdf')] },
      { label: 'parse a PDF of one page listed 100,000 times', args: ['parse', join(dir, 'pages-repeated.pdf')] },
      { label: 'parse a PDF of 100,000 pages (30 MB)', args: ['parse', join(dir, 'pages-100k.pdf')] },
      { label: 'compare + render a 3,000-deep plan (API)', args: [], script: join(dir, 'deep-plan.mjs') },
    ];
    for (const c of cases) console.log(runCase(c));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
