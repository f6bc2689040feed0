import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Item, Node, Section } from '../../src/model/plan.js';
import { fixturePath, nfkcCompact as c, seedPlan } from '../helpers.js';

/** A hand-made reading of a seed (see test/fixtures/readings/README.md). */
interface Reading {
  file: string;
  title: string;
  jurisdiction: { name: string; level: string };
  year: number;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
  references: { title: string; docNumber: string | null }[];
  children: RNode[];
}
type RNode = RSection | RItem;
interface RSection {
  kind: 'section';
  marker: string;
  title: string;
  children: RNode[];
}
interface RItem {
  kind: 'item';
  marker: string;
  heading: string;
  start: string;
  end: string;
  leads: string[];
  partners: string[];
  deadline: string | null;
}

const files = readdirSync(fixturePath('readings')).filter((f) => f.endsWith('.json'));

function pairs(reading: RNode[], parsed: Node[], path: string, out: [string, RNode, Node | undefined][]): void {
  reading.forEach((r, i) => {
    const p = parsed[i];
    out.push([`${path}${i + 1}`, r, p]);
    if (r.kind === 'section' && p?.kind === 'section') pairs(r.children, p.children, `${path}${i + 1}.`, out);
  });
}

describe.each(files)('the parse of %s matches its hand-made reading', (file) => {
  const reading = JSON.parse(readFileSync(fixturePath('readings', file), 'utf8')) as Reading;
  const plan = seedPlan(reading.file);
  const nodes: [string, RNode, Node | undefined][] = [];
  pairs(reading.children, plan.children, '', nodes);

  it('reads the header', () => {
    expect(c(plan.title)).toBe(c(reading.title));
    expect(plan.jurisdiction.name).toBe(reading.jurisdiction.name);
    expect(plan.jurisdiction.level).toBe(reading.jurisdiction.level);
    expect(plan.year).toBe(reading.year);
    expect(plan.docNumber && c(plan.docNumber)).toBe(reading.docNumber && c(reading.docNumber));
    expect(plan.issuer && c(plan.issuer)).toBe(reading.issuer && c(reading.issuer));
    expect(plan.date).toBe(reading.date);
    expect(plan.references.map((r) => [c(r.title), r.docNumber && c(r.docNumber)])).toEqual(
      reading.references.map((r) => [c(r.title), r.docNumber && c(r.docNumber)]),
    );
  });

  it('has the same sections with the same number of children', () => {
    const shape = (ns: (Node | RNode)[]): unknown[] =>
      ns.map((n) => (n.kind === 'section' ? { [c(n.marker)]: shape(n.children) } : 'item'));
    expect(shape(plan.children)).toEqual(shape(reading.children));
  });

  it.each(nodes.filter(([, r]) => r.kind === 'section'))('section %s has the right marker and title', (_, r, p) => {
    const rs = r as RSection;
    expect(p?.kind).toBe('section');
    expect(c((p as Section).marker)).toBe(c(rs.marker));
    expect(c((p as Section).title)).toBe(c(rs.title));
  });

  it.each(nodes.filter(([, r]) => r.kind === 'item'))('item %s has its full text, units and deadline', (_, r, p) => {
    const ri = r as RItem;
    expect(p?.kind).toBe('item');
    const item = p as Item;
    expect(c(item.marker)).toBe(c(ri.marker));
    const text = c(item.text);
    expect(text.startsWith(c(ri.start)), `text starts with ${ri.start}: ${item.text.slice(0, 30)}`).toBe(true);
    expect(text.endsWith(c(ri.end)), `text ends with ${ri.end}: ${item.text.slice(-30)}`).toBe(true);
    if (ri.heading) expect(c(item.heading)).toBe(c(ri.heading));
    // where the reader saw no heading, a parsed heading must at least be the item's whole first sentence
    else if (item.heading) expect(text.startsWith(`${c(item.heading)}。`)).toBe(true);
    expect(item.leads.map(c)).toEqual(ri.leads.map(c));
    expect(item.partners.map(c)).toEqual(ri.partners.map(c));
    expect(item.deadline && c(item.deadline)).toBe(ri.deadline && c(ri.deadline));
  });
});
