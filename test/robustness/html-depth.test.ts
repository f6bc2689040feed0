import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/html/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { readDocument } from '../../src/read/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const paragraphs = (html: string) => readHtml(utf8(html)).blocks.map((b) => (b.kind === 'paragraph' ? b.text : '[table]'));

describe('HTML nested past the depth bound', () => {
  it('reads elements past 512 levels as siblings, keeps their text, and says how many', () => {
    // html and body are 2 levels, so 510 of the 600 divs nest; 90 divs and the <p> do not
    const page = `<html><body>${'<div>'.repeat(600)}<p>一、总体要求</p>${'</div>'.repeat(600)}<p>1. 加强政务公开。</p></body></html>`;
    const doc = readHtml(utf8(page));
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['一、总体要求', '1. 加强政务公开。']);
    expect(doc.warnings.filter((w) => w.code === 'flattened-nesting')).toEqual([
      { code: 'flattened-nesting', line: null, message: '91 element(s) nested deeper than 512 levels were read as siblings of the element at that depth: their text is kept, their nesting is not' },
    ]);
  });

  it('gives no such warning to a page within the bound', () => {
    const page = `<html><body>${'<div>'.repeat(500)}<p>一、总体要求</p>${'</div>'.repeat(500)}</body></html>`;
    expect(readHtml(utf8(page)).warnings.map((w) => w.code)).not.toContain('flattened-nesting');
  });

  it('reads a plan under 400,000 unclosed wrappers: lines as a browser breaks them, in order', async () => {
    const wrap = '<div class="w"><span>'.repeat(200_000);
    const page = `<!doctype html><html><body>${wrap}<p>某市2024年政务公开工作要点</p><div>一、总体要求</div>${wrap}<p>1. 加强政务公开，推进信息发布。</p></body></html>`;
    expect(paragraphs(page)).toEqual(['某市2024年政务公开工作要点', '一、总体要求', '1. 加强政务公开，推进信息发布。']);
    const doc = await readDocument(utf8(page), { source: 'deep.html' });
    const plan = parsePlan(doc, { source: 'deep.html' });
    expect(plan.title).toBe('某市2024年政务公开工作要点');
    expect(plan.children.map((s) => s.kind === 'section' && s.title)).toEqual(['总体要求']);
    // of the first 400,000 wrappers 510 nest under html and body: 399,490 do not, nor the <p>; the
    // div after it nests (the <p> is closed), and the second wrappers fill the one free level: 399,999 and the last <p>
    const flattened = plan.warnings.find((w) => w.code === 'flattened-nesting');
    expect(flattened?.message).toMatch(/^799491 element\(s\) nested deeper than 512 levels/);
  });

  it('refuses a page of nested tags without text as empty, not as a crash', () => {
    expect(() => readHtml(utf8(`<html><body>${'<div>'.repeat(100_000)}</body></html>`), { source: 'empty.html' })).toThrow(/empty\.html: the web page has no article text/);
  });
});
