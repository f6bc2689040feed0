import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputTooLargeError, type PolicyLineageError } from '../../src/errors.js';
import { readDocument } from '../../src/read/index.js';

/**
 * Zip bombs made at run time (nothing big is committed): a zip writer of a few lines that lets an
 * entry declare any size and lets many entries share one compressed stream.
 */
interface RawEntry {
  name: string;
  /** Deflated bytes (method 8) or, with `stored`, the bytes themselves. */
  data: Uint8Array;
  declared: number;
  stored?: boolean;
  /** Offset of another entry's local header to point at instead of writing one. */
  shareWith?: number;
}

function rawZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.stored ? 0 : 8, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.declared, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    let at = offset;
    if (e.shareWith === undefined) {
      parts.push(local, e.data);
      offset += local.length + e.data.length;
    } else at = offsets[e.shareWith]!;
    offsets.push(at);
    const c = new Uint8Array(46 + name.length);
    const cv = new DataView(c.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, e.stored ? 0 : 8, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.declared, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, at, true);
    c.set(name, 46);
    central.push(c);
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const TYPES = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
const MB = 1024 * 1024;

async function refusal(bytes: Uint8Array, source: string, maxBytes?: number): Promise<PolicyLineageError> {
  try {
    await readDocument(bytes, { source, maxBytes });
  } catch (e) {
    return e as PolicyLineageError;
  }
  throw new Error('expected a refusal');
}

describe('zip bombs in Word and OpenDocument files', () => {
  it('refuses a document.xml that declares 3 GB before inflating it, naming the part, the limit and the option', async () => {
    const small = deflateSync(new Uint8Array(MB));
    const bytes = rawZip([
      { name: '[Content_Types].xml', data: TYPES, declared: TYPES.length, stored: true },
      { name: 'word/document.xml', data: small, declared: 3000 * MB },
    ]);
    const e = await refusal(bytes, 'bomb.docx');
    expect(e).toBeInstanceOf(InputTooLargeError);
    expect(e.code).toBe('TOO_LARGE');
    expect((e as InputTooLargeError).limit).toBe(50 * MB);
    expect(e.message).toBe('bomb.docx: word/document.xml declares 3000 MB unpacked, over the 50 MB limit on what a .docx document may unpack to (a zip bomb?); raise it with maxBytes / --max-bytes');
  });

  it('refuses a document.xml that really inflates past the limit, counting the output as it comes', async () => {
    const bytes = zipSync({ '[Content_Types].xml': TYPES, 'word/document.xml': [new Uint8Array(3 * MB).fill(0x61), { level: 9 }] });
    expect(bytes.length).toBeLessThan(20_000);
    const e = await refusal(bytes, 'three.docx', 2 * MB);
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/^three\.docx: word\/document\.xml declares 3 MB unpacked, over the 2 MB limit/);
    // the same file is read when the limit is raised
    const raised = await readDocument(bytes, { source: 'three.docx', maxBytes: 4 * MB }).catch((x: PolicyLineageError) => x.code);
    expect(raised).not.toBe('TOO_LARGE');
  });

  it('stops an entry that declares 1 KB but inflates to 40 MB as soon as it passes what it declared', async () => {
    const lie = deflateSync(new Uint8Array(40 * MB));
    const bytes = rawZip([
      { name: '[Content_Types].xml', data: TYPES, declared: TYPES.length, stored: true },
      { name: 'word/document.xml', data: lie, declared: 1024 },
    ]);
    const e = await refusal(bytes, 'liar.docx');
    expect(e.code).toBe('UNREADABLE');
    expect(e.message).toBe('liar.docx: a damaged Word file: its zip cannot be unpacked (word/document.xml inflates to more than the 1024 bytes it declares); expected a .docx document');
  });

  it('refuses a liar past the limit as too large: 40 MB actual against a 1 MB limit and 0.5 MB declared', async () => {
    const lie = deflateSync(new Uint8Array(40 * MB));
    const bytes = rawZip([
      { name: '[Content_Types].xml', data: TYPES, declared: TYPES.length, stored: true },
      { name: 'word/document.xml', data: lie, declared: MB / 2 },
      { name: 'word/styles.xml', data: lie, declared: 10, shareWith: 1 },
    ]);
    const e = await refusal(bytes, 'liar.docx', MB);
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/^liar\.docx: word\/document\.xml inflates to over 1 MB, over the 1 MB limit/);
  });

  it('refuses 3,000 header parts sharing one 1 MB stream by their declared total', async () => {
    const shared = deflateSync(new Uint8Array(MB));
    const entries: RawEntry[] = [
      { name: '[Content_Types].xml', data: TYPES, declared: TYPES.length, stored: true },
      { name: 'word/document.xml', data: deflateSync(strToU8('<w:document/>')), declared: 13 },
      { name: 'word/header1.xml', data: shared, declared: MB },
    ];
    for (let i = 2; i <= 3000; i++) entries.push({ name: `word/header${i}.xml`, data: shared, declared: MB, shareWith: 2 });
    const bytes = rawZip(entries);
    expect(bytes.length).toBeLessThan(300_000);
    const e = await refusal(bytes, 'headers.docx');
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toBe('headers.docx: its text parts declare 50 MB unpacked, over the 50 MB limit on what a .docx document may unpack to (a zip bomb?); raise it with maxBytes / --max-bytes');
  });

  it('refuses stored (uncompressed) entries that all point at the same bytes, by their actual total', async () => {
    const xml = strToU8(`<office:document-content>${' '.repeat(MB)}</office:document-content>`);
    const entries: RawEntry[] = [
      { name: 'mimetype', data: strToU8('application/vnd.oasis.opendocument.text'), declared: 39, stored: true },
      { name: 'content.xml', data: xml, declared: 10, stored: true },
      { name: 'styles.xml', data: xml, declared: 10, stored: true, shareWith: 1 },
      { name: 'meta.xml', data: xml, declared: 10, stored: true, shareWith: 1 },
    ];
    const e = await refusal(rawZip(entries), 'shared.odt', 2 * MB);
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/^shared\.odt: its text parts inflate to over 2 MB, over the 2 MB limit on what an .odt document may unpack to/);
  });

  it('refuses an OpenDocument content.xml that inflates past the limit', async () => {
    const bytes = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': [new Uint8Array(3 * MB).fill(0x20), { level: 9 }] });
    const e = await refusal(bytes, 'bomb.odt', 2 * MB);
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/^bomb\.odt: content\.xml declares 3 MB unpacked, over the 2 MB limit on what an .odt document/);
  });
});
