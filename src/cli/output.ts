// Where a report goes: the format it is written in (from --format, --json or the extension of
// --out, which must agree), and the file, written through a temporary file and a rename so an
// interrupted run never leaves a file that looks complete.
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BadOptionError, PolicyLineageError } from '../errors.js';
import type { Lang } from '../report/common/labels.js';
import { formatForPath, type Format } from '../report/common/types.js';
import type { CliIo } from './io.js';
import { message } from './messages.js';

/** Options of every command that writes a report. */
export const REPORT_ARGS = {
  format: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  lang: { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The format a command writes: `--json`, `--format`, or the extension of `--out`; a `--format`
 * the extension contradicts is an error, as is a format the command does not have.
 */
export function resolveFormat<F extends Format>(values: { format?: string; json?: boolean; out?: string }, allowed: readonly F[], command: string, lang: Lang, fallback: F): F {
  const given = values.json ? 'json' : values.format;
  if (given !== undefined && !allowed.includes(given as F)) {
    throw new BadOptionError(`--format ${lang === 'zh' ? '只能是' : 'must be one of'} ${allowed.join(', ')}, ${lang === 'zh' ? '实际为' : 'got'} "${given}"`);
  }
  const fromPath = values.out ? formatForPath(values.out) : null;
  if (values.out && fromPath === null && given === undefined && /\.[a-z0-9]+$/i.test(values.out)) {
    throw new BadOptionError(message(lang, 'formatUnknownExt', { path: values.out }));
  }
  if (given !== undefined && fromPath !== null && fromPath !== given) {
    throw new BadOptionError(message(lang, 'formatConflict', { format: given, path: values.out!, ext: fromPath }));
  }
  const format = (given ?? fromPath ?? fallback) as F;
  if (!allowed.includes(format)) throw new BadOptionError(message(lang, 'formatNotHere', { command, format, choices: allowed.join(', ') }));
  return format;
}

/** What kind of report a file already holds, from its first bytes. */
export function sniffFormat(path: string): Format {
  const head = new Uint8Array(64);
  const fd = openSync(path, 'r');
  let n = 0;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const bytes = head.subarray(0, n);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').trimStart();
  if (/^<(!doctype html|html)/i.test(text)) return 'html';
  if (/^[{[]/.test(text)) return 'json';
  if (/^#\s/.test(text)) return 'md';
  // a CSV report starts with a BOM and a header of comma-separated names
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && /^[^\n]*,/.test(text)) return 'csv';
  return 'text';
}

/**
 * Writes a report file: refuses to replace an existing file of another format unless `force`,
 * writes a temporary file beside it and renames it into place, says where on stderr.
 */
export function writeReport(path: string, content: string | Uint8Array, format: Format, options: { force?: boolean; lang: Lang; quiet?: boolean }, io: CliIo): void {
  if (!options.force && existsSync(path)) {
    let old: Format | null = null;
    try {
      old = sniffFormat(path);
    } catch {
      // a directory or an unreadable file: the write below says what is wrong
    }
    if (old !== null && old !== format) throw new PolicyLineageError('IO', message(options.lang, 'exists', { path, old, format }), { source: path });
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new PolicyLineageError('IO', message(options.lang, 'cannotWrite', { path, why: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), { source: path });
  }
  if (!options.quiet) io.stderr(`${message(options.lang, 'wrote', { path })}\n`);
}
