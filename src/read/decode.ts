import { EmptyDocumentError, EncodingError } from '../errors.js';

/** Encodings the decoder recognises. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Text decoded from bytes, with the encoding that was detected. */
export interface DecodedText {
  text: string;
  encoding: SourceEncoding;
  /** Whether the bytes started with a byte-order mark. */
  bom: boolean;
}

const decoders = new Map<SourceEncoding, TextDecoder>();
function decoder(encoding: SourceEncoding): TextDecoder {
  let d = decoders.get(encoding);
  if (!d) {
    d = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    decoders.set(encoding, d);
  }
  return d;
}

function tryDecode(bytes: Uint8Array, encoding: SourceEncoding): string | null {
  try {
    return decoder(encoding).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that never occur in a text document (C0 controls other than tab/newline/CR/FF). */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/** Share of characters a Chinese plan is made of: CJK ideographs and punctuation, full-width forms, printable ASCII. */
function plausibleShare(text: string): number {
  if (text.length === 0) return 0;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) ok++;
  }
  return ok / text.length;
}

/** UTF-16 without a BOM: an even number of bytes that decode to almost nothing but plausible characters. */
function guessBomlessUtf16(bytes: Uint8Array): { encoding: SourceEncoding; text: string } | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(bytes, encoding);
    if (text !== null && plausibleShare(text) > 0.95) return { encoding, text };
  }
  return null;
}

/**
 * Decodes a plan file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM (or recognisably
 * without), and GB18030/GBK, the encoding most Chinese government files use. Binary or
 * undecodable input is refused.
 * @param source a name for error messages, usually the file path
 * @throws {@link EmptyDocumentError} for zero bytes, {@link EncodingError} for binary or undecodable bytes
 * @example
 * const { text, encoding } = decodeBytes(fs.readFileSync('plan.txt'), 'plan.txt');
 */
export function decodeBytes(bytes: Uint8Array, source?: string | null): DecodedText {
  if (bytes.length === 0) throw new EmptyDocumentError('the file is empty', { source });
  let encoding: SourceEncoding | null = null;
  let offset = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    offset = 3;
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0 && bytes.length >= 4) {
      throw new EncodingError('UTF-32 is not supported; save the file as UTF-8 or GB18030', { source });
    }
    encoding = 'utf-16le';
    offset = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    offset = 2;
  }
  const body = offset ? bytes.subarray(offset) : bytes;
  if (encoding) {
    const text = tryDecode(body, encoding);
    if (text === null) throw new EncodingError(`the file starts with a ${encoding} byte-order mark but is not valid ${encoding}`, { source });
    return checked({ text, encoding, bom: true }, source);
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null && controlShare(utf8) <= 0.01) return { text: utf8, encoding: 'utf-8', bom: false };
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { ...utf16, bom: false };
  if (utf8 !== null) return checked({ text: utf8, encoding: 'utf-8', bom: false }, source);
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) return checked({ text: gb, encoding: 'gb18030', bom: false }, source);
  throw new EncodingError(`the file looks binary: its bytes are neither UTF-8, UTF-16 nor GB18030 text`, { source });
}

function checked(decoded: DecodedText, source: string | null | undefined): DecodedText {
  if (controlShare(decoded.text) > 0.01) {
    throw new EncodingError(`the file looks binary (control characters in ${decoded.encoding} text), not a plan document`, { source });
  }
  return decoded;
}
