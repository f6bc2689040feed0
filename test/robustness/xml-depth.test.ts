import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PolicyLineageError } from '../../src/errors.js';
import { readDocument } from '../../src/read/index.js';

const TYPES = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

/** A .docx whose one item sits inside `n` content controls, each two elements deep. */
function docx(n: number): Uint8Array {
  const body = `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>${'<w:sdt><w:sdtContent>'.repeat(n)}<w:p><w:r><w:t>1. 加强政务公开。</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(n)}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': TYPES, 'word/document.xml': strToU8(body) });
}

function odt(n: number): Uint8Array {
  const content = `<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text><text:h>一、总体要求</text:h>${'<text:section>'.repeat(n)}<text:p>1. 加强政务公开。</text:p>${'</text:section>'.repeat(n)}</office:text></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8(content) });
}

const paragraphs = async (bytes: Uint8Array, source: string) => (await readDocument(bytes, { source })).blocks.map((b) => (b.kind === 'paragraph' ? b.text : '[table]'));

describe('Office XML nested past the parser’s bound', () => {
  it('reads content controls 40 deep (80 elements)', async () => {
    expect(await paragraphs(docx(40), 'ok.docx')).toEqual(['一、总体要求', '1. 加强政务公开。']);
    expect(await paragraphs(odt(80), 'ok.odt')).toEqual(['一、总体要求', '1. 加强政务公开。']);
  });

  it('refuses 100,000 levels with the bound named, not as malformed XML', async () => {
    const e = (await readDocument(docx(50_000), { source: 'deep.docx' }).catch((x: unknown) => x)) as PolicyLineageError;
    expect(e.code).toBe('UNREADABLE');
    expect(e.message).toBe('deep.docx: word/document.xml: its elements nest more than 100 levels deep, past the bound of this reader');
    const o = (await readDocument(odt(100_000), { source: 'deep.odt' }).catch((x: unknown) => x)) as PolicyLineageError;
    expect(o.message).toBe('deep.odt: content.xml: its elements nest more than 100 levels deep, past the bound of this reader');
  });
});
