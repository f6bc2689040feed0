/**
 * Builds the one-file web page: `dist/web/policy-lineage.html`, with the worker, the library and
 * its data inlined, and a Content-Security-Policy that allows no network at all. Run after
 * `npm run build` (the page bundles the built package, as any user of it would).
 *
 *   npm run build:web
 */
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WEB = join(ROOT, 'web', 'src');
const OUT = join(ROOT, 'dist', 'web', 'policy-lineage.html');

/** Entry points the page can do without (it says so when asked for them). */
const OPTIONAL = new Set(['xlsx']);

/** The page uses the package as a user would: `policy-lineage` and its subpaths resolve to dist/. */
const usePackage: Plugin = {
  name: 'use-built-package',
  setup(b) {
    b.onResolve({ filter: /^policy-lineage(\/.*)?$/ }, (args) => {
      const sub = args.path.slice('policy-lineage'.length).replace(/^\//, '') || 'index';
      const file = join(ROOT, 'dist', `${sub}.js`);
      if (existsSync(file)) return { path: file };
      if (sub !== 'index' && OPTIONAL.has(sub)) {
        console.warn(`build-web: dist/${sub}.js is missing; the page's ${sub} download will say so`);
        return { path: sub, namespace: 'missing' };
      }
      return { errors: [{ text: `dist/${sub}.js is missing: run npm run build first` }] };
    });
    b.onLoad({ filter: /.*/, namespace: 'missing' }, (args) => ({
      contents: `export const renderXlsx = async () => { throw new Error('this page was built without policy-lineage/${args.path}'); };`,
      loader: 'js',
    }));
  },
};

async function bundle(entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [join(WEB, entry)],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [usePackage],
    define,
    // Node built-ins that optional, Node-only readers import behind a runtime check
    external: [],
    loader: { '.json': 'json' },
  });
  return result.outputFiles[0]!.text;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The inline style and script of the reports the page shows in its frame, to allow them by hash. */
async function reportHashes(): Promise<{ styles: string[]; scripts: string[] }> {
  const lib = await import(join(ROOT, 'dist', 'index.js'));
  const seeds = join(ROOT, 'seeds');
  const upper = lib.parsePlan(readFileSync(join(seeds, '003_c25a0eff93a0bef6.txt')));
  const lower = lib.parsePlan(readFileSync(join(seeds, '000_69cf3694f199daec.txt')));
  const third = lib.parsePlan(readFileSync(join(seeds, '002_5f755d274c664f4a.txt')));
  const pages: string[] = [];
  for (const lang of ['zh', 'en']) {
    pages.push(lib.renderHtml(lib.comparePlans(upper, lower), { lang }));
    pages.push(lib.renderHtml(lib.comparePlans(upper, third), { lang }));
    const lineage = (lib.traceLineage ?? (await import(join(ROOT, 'dist', 'lineage.js'))).traceLineage)([upper, lower]);
    const renderLineageHtml = lib.renderLineageHtml ?? (await import(join(ROOT, 'dist', 'lineage.js'))).renderLineageHtml;
    pages.push(renderLineageHtml(lineage, { lang }));
  }
  const styles = new Set<string>();
  const scripts = new Set<string>();
  for (const page of pages) {
    for (const m of page.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(sha256(m[1]!));
    for (const m of page.matchAll(/<script>([\s\S]*?)<\/script>/g)) scripts.add(sha256(m[1]!));
  }
  return { styles: [...styles], scripts: [...scripts] };
}

// deflated: the dictionary is most of the page, and browsers inflate natively (DecompressionStream)
const dictionary = deflateRawSync(readFileSync(join(ROOT, 'data', 'segment-dict.bin')), { level: 9 }).toString('base64');
const worker = await bundle('worker.ts', { DICTIONARY_BASE64: JSON.stringify(dictionary) });
const main = await bundle('main.ts', { WORKER_SOURCE: JSON.stringify(worker) });
const css = readFileSync(join(WEB, 'style.css'), 'utf8');
const report = await reportHashes();

// `<\/script` inside the inlined code would end the script element early
const safeMain = main.replace(/<\/(script)/gi, '<\\/$1');
const csp = [
  "default-src 'none'",
  `script-src ${[sha256(safeMain), ...report.scripts].join(' ')}`,
  `style-src ${[sha256(css), ...report.styles].join(' ')}`,
  'worker-src blob:',
  'img-src data: blob:',
  "connect-src 'none'",
  "font-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const html = [
  '<!doctype html>',
  '<html lang="zh-CN">',
  '<head>',
  '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
  '<meta name="referrer" content="no-referrer">',
  '<title>政务公开工作要点对照 · policy-lineage</title>',
  '<link rel="icon" href="data:,">',
  `<style>${css}</style>`,
  '</head>',
  '<body>',
  '<div id="app"><noscript>本页面需要启用 JavaScript。This page needs JavaScript.</noscript></div>',
  `<script>${safeMain}</script>`,
  '</body>',
  '</html>',
  '',
].join('\n');

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, html);
console.log(`${OUT.slice(ROOT.length + 1)}: ${(html.length / 1024 / 1024).toFixed(2)} MB (worker ${(worker.length / 1024 / 1024).toFixed(2)} MB)`);
