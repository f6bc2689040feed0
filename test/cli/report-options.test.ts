import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT, SEEDS, seedPath } from '../helpers.js';
import { memoryIo } from '../lineage/helpers.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const CITY = seedPath(SEEDS.shenyang2022);
const DISTRICT = seedPath(SEEDS.liaozhong2022);
const tmp = mkdtempSync(join(tmpdir(), 'pl-cli-options-'));

/** The built CLI with a given environment (a C locale and NO_COLOR unless the test says). */
function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync('node', [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env } });
}

describe('--out infers the format from the extension', () => {
  it.each([
    ['report.html', (b: Buffer) => b.toString('utf8').startsWith('<!doctype html>')],
    ['report.md', (b: Buffer) => b.toString('utf8').startsWith('# 沈阳市2022年政务公开工作要点 → ')],
    ['report.csv', (b: Buffer) => b.toString('utf8').startsWith('\uFEFFstatus,upper_ids,')],
    ['report.json', (b: Buffer) => JSON.parse(b.toString('utf8')).schema === 'policy-lineage/comparison@1'],
    ['report.txt', (b: Buffer) => /^upper plan {2}沈阳市2022年政务公开工作要点/.test(b.toString('utf8'))],
    ['report.xlsx', (b: Buffer) => b[0] === 0x50 && b[1] === 0x4b],
  ])('%s', (name, looksRight) => {
    const out = join(tmp, name);
    const r = run(['compare', CITY, DISTRICT, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(looksRight(readFileSync(out))).toBe(true);
  });

  it('refuses a --format the extension contradicts, in one line, writing nothing', () => {
    const out = join(tmp, 'contradiction.html');
    const r = run(['compare', CITY, DISTRICT, '--format', 'csv', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--format csv contradicts the extension of --out');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an extension no report has unless --format says', () => {
    const r = run(['compare', CITY, DISTRICT, '--out', join(tmp, 'report.docx')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot tell the format');
  });

  it('does not replace a file of another format without --force, and leaves no partial file', () => {
    const out = join(tmp, 'kept');
    expect(run(['compare', CITY, DISTRICT, '--out', out]).status).toBe(0);
    const text = readFileSync(out, 'utf8');
    const refused = run(['compare', CITY, DISTRICT, '--format', 'html', '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/exists and holds a text file.*--force/);
    expect(readFileSync(out, 'utf8')).toBe(text);
    // the same format again is a refresh, not a loss
    expect(run(['compare', CITY, DISTRICT, '--out', out]).status).toBe(0);
    const forced = run(['compare', CITY, DISTRICT, '--format', 'html', '--out', out, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('writes a lineage and a corpus table by extension too', () => {
    const html = join(tmp, 'chain.html');
    expect(run(['lineage', DISTRICT, CITY, '--out', html]).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<!doctype html>');
    const r = run(['lineage', DISTRICT, CITY, '--out', join(tmp, 'chain.md')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('lineage has no md format');
  });
});

describe('corpus tables are named by their option or file', () => {
  const args = ['corpus', CITY, DISTRICT, seedPath(SEEDS.chaoyang2022), '--workers', '0'];

  it('--out diffusion.csv writes the diffusion table; plans.csv the per-plan table', () => {
    const d = join(tmp, 'diffusion.csv');
    const p = join(tmp, 'plans.csv');
    expect(run([...args, '--out', d]).status).toBe(0);
    expect(run([...args, '--out', p]).status).toBe(0);
    expect(readFileSync(d, 'utf8').split('\r\n')[0]).toBe('\uFEFFupper id,marker,heading,descendants plans,descendants inherited,descendants modified,descendants dropped,descendants adoption rate,peers plans,peers inherited,peers modified,peers dropped,peers adoption rate');
    expect(readFileSync(p, 'utf8').startsWith('\uFEFFsource,title,place,level,year,relation,group,')).toBe(true);
  });

  it('--plans and --diffusion write both tables in one run', () => {
    const d = join(tmp, 'both-d.csv');
    const p = join(tmp, 'both-p.csv');
    const r = run([...args, '--json', '--plans', p, '--diffusion', d]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe('policy-lineage/corpus@1');
    expect(readFileSync(d, 'utf8')).toContain('descendants adoption rate');
    expect(readFileSync(p, 'utf8')).toContain('inheritance rate');
  });

  it('keeps the peer out of the descendants in the text report', () => {
    const r = run(args);
    expect(r.stdout).toMatch(/descendants: 1 plan, inheritance rate mean 0\.897/);
    expect(r.stdout).toMatch(/peers: 1 plan, inheritance rate/);
  });
});

describe('warnings, --strict and a reversed pair', () => {
  it('prints the count and the first warnings of each plan on stderr and in the report', () => {
    const r = run(['compare', CITY, DISTRICT]);
    expect(r.status).toBe(0);
    // seeds/003 has a task table whose row titles differ from the prose items (read by hand: row 3, line 121)
    expect(r.stderr).toMatch(/沈阳市 \(.*003_c25a0eff93a0bef6\.txt\): \d+ parser warnings/);
    expect(r.stderr).toContain('line 121: task table row 3');
    expect(r.stdout).toContain('line 121: task table row 3');
    const md = run(['compare', CITY, DISTRICT, '--format', 'md']);
    expect(md.stdout).toContain('line 121: task table row 3');
  });

  it('--strict makes them fatal: exit 1, no report', () => {
    const out = join(tmp, 'strict.html');
    const r = run(['compare', CITY, DISTRICT, '--strict', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/parser warnings and --strict: no report written/);
    expect(existsSync(out)).toBe(false);
  });

  it('names a pair given the wrong way round', () => {
    const r = run(['compare', DISTRICT, CITY]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('the upper plan (district) is of a lower level than the lower plan (city); the two files may be the wrong way round');
    expect(r.stdout).toContain('wrong way round');
    const right = run(['compare', CITY, DISTRICT]);
    expect(right.stderr).not.toContain('wrong way round');
  });
});

describe('--lang and the locale', () => {
  it('reports in Chinese with --lang zh, and with a Chinese locale', () => {
    for (const r of [run(['compare', CITY, DISTRICT, '--lang', 'zh']), run(['compare', CITY, DISTRICT], { LANG: 'zh_CN.UTF-8' })]) {
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/沿用\s+14/);
      expect(r.stdout).toMatch(/未采纳\s+3/);
      expect(r.stdout).toContain('上级计划');
      expect(r.stdout).not.toContain('inherited');
      expect(r.stderr).toContain('条解析提示');
    }
  });

  it('reports in English with --lang en even in a Chinese locale', () => {
    const r = run(['compare', CITY, DISTRICT, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(r.stdout).toMatch(/inherited\s+14/);
    expect(r.stdout).not.toContain('沿用');
  });

  it('gives help and errors in the language asked', () => {
    expect(run(['compare', '--help', '--lang', 'zh']).stdout).toContain('用法：policy-lineage compare');
    expect(run(['--help'], { LC_ALL: 'zh_CN.UTF-8' }).stdout).toContain('用法：');
    const missing = run(['compare', join(tmp, 'nope.txt'), DISTRICT, '--lang', 'zh']);
    expect(missing.stderr).toMatch(/^policy-lineage: 文件不存在：.*nope\.txt: no such file\n$/);
  });
});

describe('the text report', () => {
  it('says per link the ids, the full headings and the changed words, marked when piped', () => {
    const r = run(['compare', CITY, DISTRICT]);
    // item 3. of both plans: the district drops the city's 和发展改革、商务部门网站 and adds ，项目审批绿色通道 (read by hand)
    expect(r.stdout).toContain('[modified 0.');
    expect(r.stdout).toContain('  upper  1.1.3 3. 加强涉及市场主体信息公开');
    expect(r.stdout).toContain('[-和发展改革、商务部门网站-]');
    expect(r.stdout).toContain('{+，项目审批绿色通道+}');
    expect(r.stdout).toContain('lead units +近海经济区管委会');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('--brief prints the summary alone', () => {
    const r = run(['compare', CITY, DISTRICT, '--brief']);
    expect(r.stdout).toMatch(/inherited\s+14/);
    expect(r.stdout).not.toContain('[modified');
    expect(r.stdout).not.toContain('1.1.3');
  });

  it('colours on a terminal, and not with NO_COLOR', async () => {
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      const tty = memoryIo();
      tty.io.stdoutIsTTY = true;
      expect(await main(['compare', CITY, DISTRICT, '--lang', 'en'], tty.io)).toBe(0);
      expect(tty.out.stdout).toContain('\x1b[9;31m和发展改革、商务部门网站\x1b[0m');
      expect(tty.out.stdout).not.toContain('[-和发展改革');
      process.env.NO_COLOR = '1';
      const plain = memoryIo();
      plain.io.stdoutIsTTY = true;
      expect(await main(['compare', CITY, DISTRICT, '--lang', 'en'], plain.io)).toBe(0);
      expect(plain.out.stdout).not.toContain('\x1b[');
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });
});

describe('hostile plan text on the command line', () => {
  it('never lets a control sequence reach the terminal, in any format', () => {
    const plan = JSON.parse(run(['parse', CITY, '--json']).stdout);
    plan.title = `${plan.title}\u001b]0;pwned\u0007\u001b[2J`;
    plan.children[0].children[0].children[0].text += '\u202e\u009b31m';
    const file = join(tmp, 'hostile.json');
    writeFileSync(file, JSON.stringify(plan));
    for (const format of ['text', 'md', 'csv', 'html', 'json']) {
      const r = run(['compare', file, DISTRICT, '--format', format]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, format).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(r.stderr).not.toMatch(/[\u0007\u001b\u009b\u202e]/);
    }
  });
});
