import { Inflate } from 'fflate';
import { InputTooLargeError, UnreadableDocumentError } from '../errors.js';
import { zipDirectory, type ZipEntry as Entry } from './zip-entries.js';

/** Options of {@link unzipParts}. */
export interface UnzipOptions {
  /** Most bytes the chosen parts may inflate to, each and together. */
  limit: number;
  /** The input's name, for the errors. */
  source: string | null;
  /** The format the file was taken for ("docx", "odt"), for the errors. */
  format: string;
}

/** Compressed bytes handed to the inflater at a time: at most ~1,000 times that comes out per step. */
const CHUNK = 64 * 1024;

/**
 * The entries of a zip whose names match `wanted`, inflated, with the inflated size bounded: a
 * declared size over the limit is refused before anything is inflated, and the actual output is
 * counted as it comes, so an entry that lies about its size (or a zip bomb of many entries, or of
 * entries sharing one stream) stops at the limit instead of filling memory.
 * @throws {@link InputTooLargeError} (code TOO_LARGE) past `limit`; {@link UnreadableDocumentError}
 * for a damaged or encrypted zip
 * @example unzipParts(bytes, /^word\/document\.xml$/, { limit: 50 << 20, source: 'a.docx', format: 'docx' })['word/document.xml']
 */
export function unzipParts(bytes: Uint8Array, wanted: RegExp, options: UnzipOptions): Record<string, Uint8Array> {
  const directory = zipDirectory(bytes);
  if ('damaged' in directory) throw damaged(options, directory.damaged);
  const entries = directory.entries.filter((e) => wanted.test(e.name));
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (e.size > options.limit || declared > options.limit) throw tooLarge(e.size > options.limit ? e.name : 'its text parts', declared, options, 'declares');
  }
  const out: Record<string, Uint8Array> = {};
  let total = 0;
  for (const e of entries) {
    if (e.flags & 1) throw damaged(options, `${e.name} is encrypted`, 'an encrypted or password-protected file');
    const data = entryData(bytes, e, options);
    let part: Uint8Array;
    if (e.method === 0) part = data.slice();
    else if (e.method === 8) part = inflateBounded(data, e, options, options.limit - total);
    else throw damaged(options, `${e.name} uses compression method ${e.method}`);
    total += part.length;
    // stored entries may share their bytes: counted like inflated ones
    if (total > options.limit) throw tooLarge('its text parts', total, options, 'inflates');
    out[e.name] = part;
  }
  return out;
}

function inflateBounded(data: Uint8Array, e: Entry, options: UnzipOptions, room: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    if (length > room || length > e.size) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && !over; at += CHUNK) inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  } catch (err) {
    throw damaged(options, `${e.name} cannot be inflated (${(err as Error).message})`);
  }
  // past the room left is a bomb; past its own declared size (but within the room) a lie, read as damage
  if (over && length > room) throw tooLarge(e.name, length, options, 'inflates');
  if (over) throw damaged(options, `${e.name} inflates to more than the ${e.size} bytes it declares`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function tooLarge(what: string, size: number, options: UnzipOptions, verb: 'declares' | 'inflates'): InputTooLargeError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  const plural = what === 'its text parts';
  const amount = verb === 'declares' ? `${plural ? 'declare' : 'declares'} ${mb(size)} unpacked` : `${plural ? 'inflate' : 'inflates'} to over ${mb(options.limit)}`;
  return new InputTooLargeError(
    `${what} ${amount}, over the ${mb(options.limit)} limit on what ${article(options.format)} document may unpack to (a zip bomb?); raise it with maxBytes / --max-bytes`,
    options.source,
    options.limit,
    options.format,
  );
}

const article = (format: string) => (format === 'odt' ? 'an .odt' : format === 'xlsx' ? 'an .xlsx' : 'a .docx');
const kindName = (format: string) => (format === 'odt' ? 'OpenDocument' : format === 'xlsx' ? 'Excel' : 'Word');

function damaged(options: UnzipOptions, why: string, what = `a damaged ${kindName(options.format)} file`): UnreadableDocumentError {
  return new UnreadableDocumentError(`${what}: its zip cannot be unpacked (${why}); expected ${article(options.format)} document`, options.source, options.format);
}

function entryData(bytes: Uint8Array, e: Entry, options: UnzipOptions): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged(options, `${e.name}: no local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) throw damaged(options, `${e.name} is truncated`);
  return bytes.subarray(start, start + e.compressedSize);
}
