/**
 * The parse fixture pairs of test/fixtures/parse/<case>/: an input document and a hand reading
 * (format in test/fixtures/parse/README.md). Shared by the loop test, which asserts every field a
 * reading gives, and by bench/parse-accuracy.ts, which measures per-field accuracy over all cases.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../src/model/plan.js';
import { parsePlan } from '../../src/parse/index.js';
import { readPlan } from '../../src/parse/read-plan.js';

export const PARSE_FIXTURES = fileURLToPath(new URL('../fixtures/parse/', import.meta.url));

/** A hand reading; every field is optional: a field left out is not asserted nor scored. */
export interface Reading {
  title?: string;
  jurisdiction?: { name?: string | null; level?: string | null; parent?: string | null };
  year?: number | null;
  docNumber?: string | null;
  issuer?: string | null;
  date?: string | null;
  references?: { title: string; docNumber?: string | null }[];
  children?: RNode[];
  /** Warnings the parser must give (others may come too): a code, and the line when it matters. */
  warnings?: { code: string; line?: number }[];
  /** Set when the document is no plan at all: the error code parsing must throw ("NO_STRUCTURE"). */
  refused?: string;
  /**
   * Fields the parser is known to get wrong for now: scored by the bench, not asserted by the loop
   * test. Names: title, jurisdiction, level, year, docNumber, issuer, date, references, children
   * (the whole tree), leads, partners, deadline (on every item).
   */
  pending?: string[];
}
export type RNode = RSection | RItem;
export interface RSection {
  kind: 'section';
  marker?: string;
  title?: string;
  children: RNode[];
}
export interface RItem {
  kind: 'item';
  marker?: string;
  heading?: string;
  start?: string;
  end?: string;
  leads?: string[];
  partners?: string[];
  deadline?: string | null;
}

/** One fixture case: its name, input file and hand reading. */
export interface ParseCase {
  name: string;
  input: string;
  reading: Reading;
}

/** Every case folder that holds an input.* and a reading.json, sorted by name. */
export function parseCases(dir = PARSE_FIXTURES): ParseCase[] {
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .sort()
    .map((name) => {
      const files = readdirSync(join(dir, name));
      const input = files.find((f) => f.startsWith('input.'));
      if (!input) throw new Error(`test/fixtures/parse/${name}: no input.* file`);
      const reading = JSON.parse(readFileSync(join(dir, name, 'reading.json'), 'utf8')) as Reading;
      return { name, input: join(dir, name, input), reading };
    });
}

/** Parses a case's input: text with parsePlan, any other format through the readers (readPlan). */
export async function parseCase(c: ParseCase): Promise<Plan> {
  const ext = extname(c.input).slice(1).toLowerCase();
  const bytes = readFileSync(c.input);
  if (ext === 'txt') return parsePlan(bytes, { source: c.input });
  return readPlan(bytes, { source: c.input });
}

/** The comparison form of readings: NFKC, no whitespace. */
export function compact(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** Reading items in document order. */
export function readingItems(nodes: RNode[]): RItem[] {
  return nodes.flatMap((n) => (n.kind === 'item' ? [n] : readingItems(n.children)));
}

/** Reading sections in document order. */
export function readingSections(nodes: RNode[]): RSection[] {
  return nodes.flatMap((n) => (n.kind === 'section' ? [n, ...readingSections(n.children)] : []));
}
