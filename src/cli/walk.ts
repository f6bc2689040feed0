import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** A path to read, or an entry of a folder that cannot be, with the reason. */
export type WalkEntry = { path: string } | { path: string; code: 'NOT_FOUND' | 'IO'; message: string };

const errno = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e);

/** What kind of file a stat says it is, in the words a skipped line uses. */
function oddKind(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * One folder entry: a regular file (or a link to one) to read; a subfolder to pass over (folders
 * are not searched recursively); anything else — a link loop, a dangling link, a FIFO, a socket,
 * a device, an entry that vanished or cannot be examined — a skipped entry saying why. Never throws.
 */
function examine(path: string): WalkEntry | null {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (e) {
    return { path, code: 'NOT_FOUND', message: `${path}: vanished while the folder was read (${errno(e)})` };
  }
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = errno(e);
    if (code === 'ELOOP') return { path, code: 'IO', message: `${path}: a symbolic link loop, skipped` };
    if (link.isSymbolicLink() && code === 'ENOENT') return { path, code: 'NOT_FOUND', message: `${path}: a dangling symbolic link (its target does not exist)` };
    if (code === 'EACCES' || code === 'EPERM') return { path, code: 'IO', message: `${path}: permission denied` };
    return { path, code: 'IO', message: `${path}: cannot be examined (${code})` };
  }
  if (stat.isDirectory()) return null;
  const odd = oddKind(stat);
  if (odd) return { path, code: 'IO', message: `${path}: is ${odd}, expected a regular plan file` };
  return { path };
}

/**
 * The plan files named on a command line: each DIR's visible entries (sorted by name, not
 * recursive), other paths as given. A path that does not exist is reported as a missing folder
 * when it looks like one (a trailing slash or no extension), else as a missing file.
 * @example listPlanFiles(['districts/', 'extra.txt']) // [{ path: 'districts/a.txt' }, …, { path: 'districts/loop', code: 'IO', message: '…a symbolic link loop…' }]
 */
export function listPlanFiles(inputs: readonly string[], options: { exclude?: readonly string[] } = {}): WalkEntry[] {
  const excluded = new Set((options.exclude ?? []).map((p) => resolve(p)));
  const out: WalkEntry[] = [];
  for (const input of inputs) {
    let stat: Stats | null = null;
    try {
      stat = statSync(input);
    } catch (e) {
      const code = errno(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        const folder = /[\\/]$/.test(input) || extname(input) === '';
        out.push({ path: input, code: 'NOT_FOUND', message: `${input}: no such ${folder ? 'directory' : 'file'}` });
      } else if (code === 'ELOOP') out.push({ path: input, code: 'IO', message: `${input}: a symbolic link loop` });
      else out.push({ path: input, code: 'IO', message: `${input}: cannot be examined (${code})` });
      continue;
    }
    if (!stat.isDirectory()) {
      const odd = oddKind(stat);
      out.push(odd ? { path: input, code: 'IO', message: `${input}: is ${odd}, expected a regular plan file` } : { path: input });
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(input);
    } catch (e) {
      out.push({ path: input, code: 'IO', message: `${input}: cannot list the folder (${errno(e)})` });
      continue;
    }
    for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
      const entry = examine(join(input, name));
      if (entry) out.push(entry);
    }
  }
  return out.filter((e) => !excluded.has(resolve(e.path)));
}
