/**
 * The hostile-input table: each case run as a user would, through the command line in its own
 * process, with its outcome (exit status and the first line it printed), wall time and peak memory.
 * Every case must end within 10 s and 1 GB — refused with one line, or read within bounds.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { ROOT, section } from './util.js';

interface Case {
  label: string;
  args: string[];
}

function runCase(c: Case): string {
  const useTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
  const t = performance.now();
  const r = spawnSync(useTime ? '/usr/bin/time' : 'node', useTime ? ['-f', '%M', 'node', 'dist/cli.js', ...c.args] : ['dist/cli.js', ...c.args], {
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

    // a .docx whose document.xml inflates to 300 MB from a few hundred KB
    const bomb = new Uint8Array(300 * 1024 * 1024).fill(0x61);
    writeFileSync(
      join(dir, 'zip-bomb.docx'),
      zipSync({
        '[Content_Types].xml': new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        'word/document.xml': [bomb, { level: 9 }],
      }),
    );

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
      { label: 'parse a zip-bomb .docx (300 MB inflated)', args: ['parse', join(dir, 'zip-bomb.docx')] },
      { label: 'parse a 50 MB page of nested tags (under the cap)', args: ['parse', join(dir, 'nested-50mb.html')] },
    ];
    for (const c of cases) console.log(runCase(c));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
