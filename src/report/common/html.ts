import { sha256 } from '@noble/hashes/sha2.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attributes: the one escaper of every report.
 * @example escapeHtml('<b>"x"</b>') // → '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const hashes = new Map<string, string>();

/**
 * A Content-Security-Policy source for an inline style or script: `'sha256-…'` of its UTF-8 bytes.
 * The report's styles and scripts are constants, so each is hashed once per process.
 * @example cspHash('body{}') // → "'sha256-…'"
 */
export function cspHash(text: string): string {
  let h = hashes.get(text);
  if (!h) {
    const digest = sha256(new TextEncoder().encode(text));
    h = `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    hashes.set(text, h);
  }
  return h;
}

/**
 * The one security policy of every report page: nothing from the network, the inline style and
 * script pinned by hash (no 'unsafe-inline'), images only as data: URLs, no forms, no base URL.
 * @example contentSecurityPolicy('body{}', '') // → "default-src 'none'; style-src 'sha256-…'; script-src 'none'; …"
 */
export function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(style)}`,
    `script-src ${script ? cspHash(script) : "'none'"}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Options of {@link htmlPage}. */
export interface PageOptions {
  /** The document language: `zh` (default) or `en`. */
  lang?: 'zh' | 'en';
  /** A constant script (pinned by hash); none by default. */
  script?: string;
}

/**
 * A self-contained HTML page: inline style and script pinned by hash, nothing fetched.
 * @example htmlPage('报告', 'body{}', '<p>…</p>')
 */
export function htmlPage(title: string, style: string, body: string, options: PageOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const script = options.script ?? '';
  return [
    '<!doctype html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}" data-lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(style, script))}">`,
    '<meta name="generator" content="policy-lineage">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    body,
    script ? `<script>${script}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
