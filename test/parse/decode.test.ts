import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode.js';
import { parsePlan } from '../../src/parse/index.js';
import { EmptyDocumentError, EncodingError, NoStructureError } from '../../src/errors.js';
import { fixturePath, seedPath, SEEDS } from '../helpers.js';

const parseBytes = (bytes: Uint8Array) => ({ ...parsePlan(bytes), source: null });

describe('decoding', () => {
  const utf8 = parseBytes(readFileSync(seedPath(SEEDS.shenyang2022)));

  it.each([
    ['003.gb18030.txt', 'gb18030'],
    ['003.utf16le-bom.txt', 'utf-16le'],
    ['003.utf16be-bom.txt', 'utf-16be'],
    ['003.utf8-bom.txt', 'utf-8'],
  ])('%s is detected as %s and parses to the same Plan as the UTF-8 seed', (file, encoding) => {
    const bytes = readFileSync(fixturePath('encodings', file));
    expect(decodeBytes(bytes).encoding).toBe(encoding);
    expect(parseBytes(bytes)).toEqual(utf8);
  });

  it('decodes GB18030 with a traditional character (行爲) to the same Plan as UTF-8', () => {
    const gb = parseBytes(readFileSync(fixturePath('encodings', '004.gb18030.txt')));
    expect(gb).toEqual(parseBytes(readFileSync(seedPath(SEEDS.taierzhuang2022))));
    expect(JSON.stringify(gb)).toContain('行爲');
  });

  it('recognises UTF-16 without a byte-order mark', () => {
    const bytes = Buffer.from('一、总体要求\n1. 加强信息公开。', 'utf16le');
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'utf-16le', text: '一、总体要求\n1. 加强信息公开。' });
  });

  it('refuses binary input naming the file', () => {
    const bytes = readFileSync(fixturePath('encodings', 'binary.bin'));
    expect(() => decodeBytes(bytes, 'binary.bin')).toThrow(EncodingError);
    expect(() => decodeBytes(bytes, 'binary.bin')).toThrow(/^binary\.bin: /);
  });

  it('refuses an empty file', () => {
    expect(() => decodeBytes(new Uint8Array(0), 'empty.txt')).toThrow(EmptyDocumentError);
    expect(() => parsePlan('  \n\n ', { source: 'blank.txt' })).toThrow(/blank\.txt: the document has no text/);
  });

  it('refuses a document with no recognisable structure', () => {
    expect(() => parsePlan('这是一段普通的文字。\n\n没有任何条目。', { source: 'prose.txt' })).toThrow(NoStructureError);
  });
});
