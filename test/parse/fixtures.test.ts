import { describe, expect, it } from 'vitest';
import type { Item, Node, Plan, Section } from '../../src/model/plan.js';
import { compact as c, parseCase, parseCases, type RItem, type RNode, type RSection } from '../support/parse-fixtures.js';

/** Loops over test/fixtures/parse/<case>/: the parse of input.* must agree with the hand reading.json. */
const cases = parseCases();

function pairs(reading: RNode[], parsed: Node[], path: string, out: [string, RNode, Node | undefined][]): void {
  reading.forEach((r, i) => {
    const p = parsed[i];
    out.push([`${path}${i + 1}`, r, p]);
    if (r.kind === 'section' && p?.kind === 'section') pairs(r.children, p.children, `${path}${i + 1}.`, out);
  });
}

const shape = (ns: (Node | RNode)[]): unknown[] => ns.map((n) => (n.kind === 'section' ? shape(n.children) : 'item'));

it('has cases', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases.map((k) => [k.name, k] as const))('%s', (_, k) => {
  const r = k.reading;
  const pending = new Set(r.pending ?? []);
  const asserted = <T,>(field: string, value: T | undefined): value is T => value !== undefined && !pending.has(field);
  if (r.refused !== undefined) {
    it(`is refused with ${r.refused}`, async () => {
      await expect(parseCase(k)).rejects.toMatchObject({ code: r.refused });
    });
    return;
  }
  let plan: Plan;
  const load = async (): Promise<Plan> => (plan ??= await parseCase(k));

  it('reads the header fields the reading gives', async () => {
    const p = await load();
    if (asserted('title', r.title)) expect(c(p.title)).toBe(c(r.title));
    if (asserted('jurisdiction', r.jurisdiction?.name)) expect(p.jurisdiction.name).toBe(r.jurisdiction.name);
    if (asserted('level', r.jurisdiction?.level)) expect(p.jurisdiction.level).toBe(r.jurisdiction.level);
    if (asserted('jurisdiction', r.jurisdiction?.parent)) expect(p.jurisdiction.parent).toBe(r.jurisdiction.parent);
    if (asserted('year', r.year)) expect(p.year).toBe(r.year);
    if (asserted('docNumber', r.docNumber)) expect(p.docNumber && c(p.docNumber)).toBe(r.docNumber && c(r.docNumber));
    if (asserted('issuer', r.issuer)) expect(p.issuer && c(p.issuer)).toBe(r.issuer && c(r.issuer));
    if (asserted('date', r.date)) expect(p.date).toBe(r.date);
    if (asserted('references', r.references)) {
      expect(p.references.map((x) => c(x.title))).toEqual(r.references.map((x) => c(x.title)));
      r.references.forEach((x, i) => {
        if (x.docNumber !== undefined) expect(p.references[i]?.docNumber ?? null).toBe(x.docNumber && c(x.docNumber));
      });
    }
  });

  it('gives the warnings the reading expects', async () => {
    const p = await load();
    for (const w of r.warnings ?? []) {
      const found = p.warnings.some((x) => x.code === w.code && (w.line === undefined || x.line === w.line));
      expect(found, `warning ${w.code}${w.line ? ` at line ${w.line}` : ''} among ${JSON.stringify(p.warnings.map((x) => [x.code, x.line]))}`).toBe(true);
    }
  });

  if (!asserted('children', r.children)) return;
  const readingChildren = r.children;

  it('has the same sections with the same number of items', async () => {
    expect(shape((await load()).children)).toEqual(shape(readingChildren));
  });

  it('has every node as read', async () => {
    const p = await load();
    const nodes: [string, RNode, Node | undefined][] = [];
    pairs(readingChildren, p.children, '', nodes);
    for (const [path, rn, pn] of nodes) {
      const at = `node ${path}`;
      expect(pn?.kind, at).toBe(rn.kind);
      if (rn.kind === 'section') {
        const s = pn as Section;
        const rs = rn as RSection;
        if (rs.marker !== undefined) expect(c(s.marker), at).toBe(c(rs.marker));
        if (rs.title !== undefined) expect(c(s.title), at).toBe(c(rs.title));
        continue;
      }
      const item = pn as Item;
      const ri = rn as RItem;
      const text = c(item.text);
      if (ri.marker !== undefined) expect(c(item.marker), at).toBe(c(ri.marker));
      if (ri.start !== undefined) expect(text.startsWith(c(ri.start)), `${at} starts with ${ri.start}: ${item.text.slice(0, 40)}`).toBe(true);
      if (ri.end !== undefined) expect(text.endsWith(c(ri.end)), `${at} ends with ${ri.end}: ${item.text.slice(-40)}`).toBe(true);
      if (ri.heading !== undefined) expect(c(item.heading), at).toBe(c(ri.heading));
      if (asserted('leads', ri.leads)) expect(item.leads.map(c), `${at} leads`).toEqual(ri.leads.map(c));
      if (asserted('partners', ri.partners)) expect(item.partners.map(c), `${at} partners`).toEqual(ri.partners.map(c));
      if (asserted('deadline', ri.deadline)) expect(item.deadline && c(item.deadline), `${at} deadline`).toBe(ri.deadline && c(ri.deadline));
    }
  });
});
