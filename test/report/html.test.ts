import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import type { Comparison } from '../../src/model/comparison.js';
import { planItems } from '../../src/model/walk.js';
import { renderHtml } from '../../src/report/comparison/html.js';
import { HTML_SCRIPT } from '../../src/report/comparison/html-script.js';
import { HTML_STYLE } from '../../src/report/comparison/html-style.js';
import { cspHash } from '../../src/report/common/html.js';
import { SEEDS, seedPlan } from '../helpers.js';
import { CLOSE_SCRIPT, IMG, SCRIPT, SVG, hostileComparison, seedComparison } from './fixtures.js';

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const nodeHash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('renderHtml (markup)', () => {
  let seed: Comparison;
  let html: string;
  beforeAll(() => {
    seed = seedComparison();
    html = renderHtml(seed);
  });

  it('renders byte-identical HTML for the same comparison, and for a JSON copy of it', () => {
    expect(renderHtml(seed)).toBe(html);
    expect(renderHtml(JSON.parse(JSON.stringify(seed)) as Comparison)).toBe(html);
  });

  it('is one self-contained document: no external URL, import or font', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/\b(?:src|href|action|xlink:href)\s*=\s*"(?:https?:|\/\/)/i);
    expect(html).not.toMatch(/@import|url\(|@font-face/i);
    expect(count(html, '<script')).toBe(1);
    expect(count(html, '<style')).toBe(1);
    expect(count(html, '<link ')).toBe(1); // the empty data: favicon that stops a favicon request
    expect(html).toContain('<link rel="icon" href="data:,">');
  });

  it('pins its inline style and script in the Content-Security-Policy by their SHA-256', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(style).toBe(HTML_STYLE);
    expect(script).toBe(HTML_SCRIPT);
    expect(csp).toContain(`style-src ${nodeHash(style)}`.replace(/'/g, '&#39;'));
    expect(csp).toContain(`script-src ${nodeHash(script)}`.replace(/'/g, '&#39;'));
    expect(csp).toContain('default-src &#39;none&#39;');
  });

  it('computes the same SHA-256 as node:crypto for any text (through @noble/hashes)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => cspHash(s) === nodeHash(s)));
    for (const n of [0, 55, 56, 63, 64, 65, 119, 120]) expect(cspHash('x'.repeat(n))).toBe(nodeHash('x'.repeat(n)));
  });

  it('lists every item of both plans once, with its side and id', () => {
    for (const [side, plan] of [['upper', seed.upper], ['lower', seed.lower]] as const) {
      for (const item of planItems(plan)) expect(count(html, `data-side="${side}" data-id="${item.id}"`)).toBe(1);
    }
    expect(count(html, '<tbody class="link ')).toBe(seed.links.length);
  });

  it('labels each row with its status in text, and shows counts in the summary', () => {
    expect(count(html, 'data-status="inherited"')).toBe(seed.summary.inherited);
    expect(count(html, 'data-status="modified"')).toBe(seed.summary.modified);
    expect(count(html, 'data-status="dropped"')).toBe(seed.summary.dropped);
    expect(count(html, '<span class="badge inherited"')).toBeGreaterThanOrEqual(seed.summary.inherited);
    expect(html).toContain('<span class="n">14</span><span class="i-zh">沿用</span><span class="i-en" lang="en">inherited</span>');
    expect(html).toMatch(/<svg class="chart chart-wide"[^>]*role="img"/);
    expect(html).toMatch(/<svg class="chart chart-narrow"[^>]*role="img"/);
  });

  it('marks insertions and deletions of modified links, and field changes as chips', () => {
    expect(html).toMatch(/<del title="下级计划删去的文字"[^>]*>和发展改革、商务部门网站<\/del>/);
    expect(html).toMatch(/<ins title="下级计划新增的文字" data-title-zh="下级计划新增的文字" data-title-en="inserted in the lower plan">，项目审批绿色通道<\/ins>/);
    expect(html).toContain('<b><span class="i-zh">牵头单位</span><span class="i-en" lang="en">lead units</span></b><span class="plus">+近海经济区管委会</span>');
    expect(html).toContain('<span class="i-zh">推迟 1 个月（放宽）</span><span class="i-en" lang="en">later by 1 month (loosened)</span> <span class="from-to">2022年5月底,长期坚持 → 2022年6月底前，长期坚持</span>');
  });

  it('names the sides after the relation: earlier/later for two years of one city', () => {
    const revision = renderHtml(comparePlans(seedPlan(SEEDS.shenyang2018), seedPlan(SEEDS.shenyang2022)));
    expect(revision).toContain('<span class="i-zh">前一版计划</span><span class="i-en" lang="en">earlier plan</span>');
    expect(revision).toContain('<span class="i-zh">后一版计划</span><span class="i-en" lang="en">later plan</span>');
    expect(revision).not.toContain('upper plan');
  });

  it('can leave the script out: a static page whose CSP allows no script', () => {
    const plain = renderHtml(seed, { script: false, title: 'x<y' });
    expect(count(plain, '<script')).toBe(0);
    expect(plain).toContain('script-src &#39;none&#39;');
    expect(plain).not.toContain('id="f-search"');
    expect(plain).toContain('<title>x&lt;y</title>');
  });
});

describe('renderHtml (hostile plan text)', () => {
  const html = renderHtml(hostileComparison());

  it('escapes markup from every field of the plans', () => {
    expect(count(html, '<script')).toBe(1);
    expect(count(html, '<svg')).toBe(2); // the chart, wide and narrow
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<x>');
    expect(html).not.toContain('<b>x');
    for (const payload of [SCRIPT, IMG, SVG, CLOSE_SCRIPT]) expect(html).not.toContain(payload);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&#39;&gt;&lt;svg onload=alert(1)&gt;');
  });

  it('keeps attribute values closed: no quote from the data ends an attribute', () => {
    for (const m of html.matchAll(/<[a-z][^<>]*>/g)) {
      // every tag the renderer wrote parses as name="value" pairs with no stray quotes
      expect(m[0]).toMatch(/^<[a-z][a-z0-9-]*(?:\s+[a-zA-Z0-9-:]+(?:="[^"]*")?)*\s*\/?>$/);
    }
  });
});
