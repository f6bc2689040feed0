import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/model/comparison.js';
import { CSV_COLUMNS, renderCsv } from '../../src/report/comparison/csv.js';
import { csvCell as csvField } from '../../src/report/common/csv.js';
import { planItems } from '../../src/model/walk.js';
import { AWKWARD_TEXT, FORMULAS, hostileComparison, seedComparison } from './fixtures.js';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

const NUMERIC = new Set(['score', 'deadline_months']);
const FORMULA_START = /^[=+\-@\t\r]/;

function records(csv: string): Row[] {
  return parse(csv, { bom: true, columns: true, relax_column_count: false }) as Row[];
}

/** Which fields were quoted, per record, via csv-parse's cast context. */
function quoting(csv: string): boolean[][] {
  const rows = parse(csv, { bom: true, cast: (_value: string, context: { quoting: boolean }) => context.quoting }) as unknown as boolean[][];
  return rows;
}

/** Checks that every line break outside quotes is CRLF. */
function lineEnds(csv: string): { crlf: number; bare: number } {
  let quoted = false;
  let crlf = 0;
  let bare = 0;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') csv[i - 1] === '\r' ? crlf++ : bare++;
    else if (!quoted && ch === '\r' && csv[i + 1] !== '\n') bare++;
  }
  return { crlf, bare };
}


describe('renderCsv', () => {
  let seed: Comparison;
  let csv: string;
  beforeAll(() => {
    seed = seedComparison();
    csv = renderCsv(seed);
  });

  it('is UTF-8 text with one BOM and CRLF line ends', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lineEnds(csv)).toEqual({ crlf: seed.links.length + 1, bare: 0 });
  });

  it('has the header and one row per link', () => {
    const [header] = parse(csv, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    const rows = records(csv);
    expect(rows).toHaveLength(seed.links.length);
    expect(rows.map((r) => r.status)).toEqual(seed.links.map((l) => l.status));
  });

  it("round-trips ids and scores, and carries each item's own text", () => {
    const upper = new Map(planItems(seed.upper).map((i) => [i.id, i]));
    const lower = new Map(planItems(seed.lower).map((i) => [i.id, i]));
    records(csv).forEach((row, i) => {
      const link = seed.links[i]!;
      expect(row.upper_ids).toBe(link.upper.join('; '));
      expect(row.lower_ids).toBe(link.lower.join('; '));
      // the item's text as parsed (the input), not as any report helper joins it
      for (const id of link.upper) expect(row.upper_text).toContain(upper.get(id)!.text);
      for (const id of link.lower) expect(row.lower_text).toContain(lower.get(id)!.text);
      expect(row.score).toBe(link.score === null ? '' : String(link.score));
    });
  });

  it('writes the item texts as a reader sees them in the plan', () => {
    // read off seeds/003 (item 2.) and seeds/000 by hand
    const row = records(csv).find((r) => r.upper_ids === '1.1.2')!;
    expect(row.upper_text.startsWith('加强助企纾困信息公开。')).toBe(true);
    expect(row.lower_text.startsWith('加强助企纾困信息公开。')).toBe(true);
    expect(row.upper_markers).toBe('2.');
  });

  it('reports field changes in their columns', () => {
    const row = records(csv).find((r) => r.upper_ids === '1.1.2')!;
    expect(row.leads_added).toBe('区发改局; 区文旅局; 区商务局; 区市场监管局; 区交通运输局; 区财政局; 区税务局');
    expect(row).toMatchObject({ deadline_upper: '2022年5月底,长期坚持', deadline_lower: '2022年6月底前，长期坚持', deadline_change: 'later', deadline_months: '1' });
    expect(row.upper_section).toBe('一、加强政府信息公开,夯实一流基础 > (一)以政务公开助推经济平稳健康发展');
    const dropped = records(csv).find((r) => r.status === 'dropped')!;
    expect(dropped.lower_ids).toBe('');
    expect(dropped.deadline_upper).not.toBe('');
  });

  it('writes numbers unquoted', () => {
    const q = quoting(csv);
    const cols = q[0]!.length;
    expect(cols).toBe(CSV_COLUMNS.length);
    for (const row of q.slice(1)) CSV_COLUMNS.forEach((name, k) => NUMERIC.has(name) && expect(row[k]).toBe(false));
  });

  it('is deterministic', () => {
    expect(renderCsv(seed)).toBe(csv);
  });
});

describe('renderCsv (hostile plan text)', () => {
  const c = hostileComparison();
  const csv = renderCsv(c);
  const rows = records(csv);

  it('keeps a text with commas, quotes and line breaks byte for byte', () => {
    const row = rows.find((r) => r.upper_text.startsWith('逗号'))!;
    expect(row.upper_text).toBe(`${AWKWARD_TEXT}规范依申请公开办理流程，提高答复质量和效率。`);
    expect(row.lower_text).toBe(row.upper_text);
    expect(csv).toContain('"逗号,引号""双引号""');
  });

  it('neutralises every cell that starts like a formula', () => {
    for (const row of rows) {
      for (const [name, value] of Object.entries(row)) if (!NUMERIC.has(name)) expect(value, `${name}: ${value}`).not.toMatch(FORMULA_START);
    }
    expect(rows.find((r) => r.status === 'dropped')!.upper_text.startsWith(`'${FORMULAS[0]}`)).toBe(true);
    const added = rows.filter((r) => r.status === 'added').map((r) => r.lower_text);
    expect(added.some((t) => t.startsWith(`'${FORMULAS[1]}`))).toBe(true);
    expect(added.some((t) => t.startsWith(`'${FORMULAS[2]}${FORMULAS[3]}`))).toBe(true);
    const modified = rows.find((r) => r.status === 'modified')!;
    expect(modified).toMatchObject({ leads_added: "'-区财政局; +区司法局", partners_added: "'=各镇街", deadline_upper: "'=2022年6月底", deadline_lower: "'-2022年7月底前" });
  });

  it('leaves negative numbers in numeric columns alone', () => {
    const copy = JSON.parse(JSON.stringify(c)) as Comparison;
    const link = copy.links.find((l) => l.changes.deadline)!;
    link.changes.deadline = { upper: '2022年9月底', lower: '2022年6月底', change: 'earlier', months: -3 };
    const row = records(renderCsv(copy)).find((r) => r.deadline_change === 'earlier')!;
    expect(row.deadline_months).toBe('-3');
    expect(Number(row.deadline_months)).toBe(-3);
  });

  it('quotes and neutralises single fields by RFC 4180 and OWASP', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@x,y')).toBe(`"'@x,y"`);
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(0.931)).toBe('0.931');
    expect(csvField(null)).toBe('');
    expect(csvField('plain')).toBe('plain');
  });
});
