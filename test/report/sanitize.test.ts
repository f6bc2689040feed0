import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/align/compare.js';
import type { Plan } from '../../src/model/plan.js';
import { renderers } from '../../src/report/comparison/index.js';
import { renderers as lineageRenderers } from '../../src/report/lineage/index.js';
import { cleanText, sanitizeDeep } from '../../src/report/common/sanitize.js';
import { traceLineage } from '../../src/lineage/trace.js';
import { renderXlsx } from '../../src/exports/xlsx.js';
import { SEEDS, seedPlan } from '../helpers.js';

/** Terminal and bidi attacks: retitle the window, clear the screen, a C1 CSI, reversed text, a bell, a lone CR. */
const PAYLOAD = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil\u202c\u2066x\u2069\r覆盖';
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

/** A hostile Plan: every string a report prints carries the payload. */
function hostile(plan: Plan): Plan {
  const copy = JSON.parse(JSON.stringify(plan)) as Plan;
  const poison = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (typeof v === 'string' && !['kind', 'id', 'schema', 'level', 'date', 'code'].includes(k)) (o as Record<string, unknown>)[k] = `${v}${PAYLOAD}`;
      else if (Array.isArray(v)) v.forEach((x, i) => (typeof x === 'string' ? (v[i] = `${x}${PAYLOAD}`) : poison(x)));
      else poison(v);
    }
  };
  poison(copy);
  return copy;
}

describe('the sanitiser', () => {
  it('shows control characters as visible tokens and keeps text, tabs and line breaks', () => {
    expect(cleanText('a\u001b[2Jb')).toBe('a␛[2Jb');
    expect(cleanText('bell\u0007')).toBe('bell␇');
    expect(cleanText('\u009b31m')).toBe('[U+009B]31m');
    expect(cleanText('a\u202eb')).toBe('a[U+202E]b');
    expect(cleanText('x\ry')).toBe('x␍y');
    expect(cleanText('一\t二\r\n三\n四')).toBe('一\t二\r\n三\n四');
  });

  it('returns the same object when there is nothing to clean', () => {
    const plan = seedPlan(SEEDS.shenyang2022);
    expect(sanitizeDeep(plan)).toBe(plan);
  });
});

describe('every report format of a hostile Plan', () => {
  const comparison = comparePlans(hostile(seedPlan(SEEDS.shenyang2022)), hostile(seedPlan(SEEDS.liaozhong2022)));

  it.each(['text', 'md', 'csv', 'html', 'json'] as const)('%s holds no raw control character', (format) => {
    for (const lang of ['zh', 'en'] as const) {
      const out = renderers[format](comparison, { lang, all: true });
      expect(out).not.toMatch(RAW);
      // Markdown backslash-escapes the brackets; the tokens are the same
      if (format === 'md') expect(out).toContain('␛\\]0;pwned␇␛\\[2J\\[U+009B\\]31m');
      else if (format !== 'json') expect(out).toContain('␛]0;pwned␇␛[2J[U+009B]31m[U+202E]evil[U+202C][U+2066]x[U+2069]␍覆盖');
    }
  });

  it('json keeps the data and escapes the controls', () => {
    const json = renderers.json(comparison);
    expect(json).toContain('\\u001b]0;pwned\\u0007');
    expect(json).toContain('\\u202e');
    expect(JSON.parse(json).upper.title).toBe(comparison.upper.title);
  });

  it('colours in the text report are the report’s own, never the plan’s', () => {
    const text = renderers.text(comparison, { color: true, all: true });
    const escapes = text.match(/\u001b[^m]*m/g) ?? [];
    expect(escapes.every((e) => /^\u001b\[[0-9;]*m$/.test(e))).toBe(true);
    expect(text).not.toContain('\u001b]');
    expect(text).not.toContain('\u001b[2J');
  });

  it('xlsx holds no control character in any cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(comparison)) as unknown as ArrayBuffer);
    let cells = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(String(cell.value ?? '')).not.toMatch(RAW);
        }),
      );
    }
    expect(cells).toBeGreaterThan(100);
  });

  it('lineage reports too', () => {
    const lineage = traceLineage([hostile(seedPlan(SEEDS.shenyang2022)), hostile(seedPlan(SEEDS.liaozhong2022))]);
    for (const format of ['text', 'csv', 'html', 'json'] as const) expect(lineageRenderers[format](lineage, { all: true })).not.toMatch(RAW);
  });
});
