import { Inflate } from 'fflate';
import { InputTooLargeError, UnreadableDocumentError } from '../errors.js';

/** Options of {@link unzipParts}. */
export interface UnzipOptions {
  /** Most bytes the chosen parts may inflate to, each and together. */
  limit: number;
  /** The input's name, for the errors. */
  source: string | null;
  /** The format the file was taken for ("docx", "odt"), for the errors. */
  format: string;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
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
  const entries = centralDirectory(bytes, options).filter((e) => wanted.test(e.name));
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

const article = (format: string) => (format === 'odt' ? 'an .odt' : 'a .docx');

function damaged(options: UnzipOptions, why: string, what = `a damaged ${options.format === 'odt' ? 'OpenDocument' : 'Word'} file`): UnreadableDocumentError {
  return new UnreadableDocumentError(`${what}: its zip cannot be unpacked (${why}); expected ${article(options.format)} document`, options.source, options.format);
}

/** The central directory's entries (zip64 sizes and offsets read from their extra field). */
function centralDirectory(bytes: Uint8Array, options: UnzipOptions): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (i: number) => view.getUint16(i, true);
  const u32 = (i: number) => view.getUint32(i, true);
  const u64 = (i: number) => u32(i) + u32(i + 4) * 0x1_0000_0000;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(options, 'no end of central directory');
  let count = u16(eocd + 10);
  let at = u32(eocd + 16);
  if (eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const z = u64(eocd - 12);
    if (z + 56 <= bytes.length && u32(z) === 0x06064b50) {
      count = u64(z + 32);
      at = u64(z + 48);
    }
  }
  const entries: Entry[] = [];
  const utf8 = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw damaged(options, 'a damaged central directory');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw damaged(options, 'a damaged central directory');
    const entry: Entry = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(at + 8),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
    };
    // zip64: the fields set to 0xFFFFFFFF follow in the 0x0001 extra field, in this order
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(x + 2)) {
      if (u16(x) !== 1) continue;
      let y = x + 4;
      for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
        if (entry[key] === 0xffffffff && y + 8 <= x + 4 + u16(x + 2)) {
          entry[key] = u64(y);
          y += 8;
        }
      }
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(bytes: Uint8Array, e: Entry, options: UnzipOptions): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged(options, `${e.name}: no local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) throw damaged(options, `${e.name} is truncated`);
  return bytes.subarray(start, start + e.compressedSize);
}
