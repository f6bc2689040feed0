import { withLongItemWarnings } from './walk.js';
import { BadPlanJsonError } from '../errors.js';
import { LEVELS, PLAN_SCHEMA, type Forwarding, type Item, type Node, type ParseWarning, type Plan, type Section, type Task } from './plan.js';
import type { Origin, Point, Position } from './position.js';

type Json = unknown;

/**
 * Deepest nesting of sections a Plan JSON may have. Real plans nest four or five levels; a limit
 * far above that refuses a hostile file with a clear error long before any walk could overflow.
 */
export const MAX_PLAN_DEPTH = 64;

/** A field a tool may omit: its default when absent. Null is not absence — a string field that is null is refused. */
function given<T>(v: Json, fallback: T): Json | T {
  return v === undefined ? fallback : v;
}

class Checker {
  constructor(private readonly source: string | null) {}

  fail(path: string, expected: string, got: Json): never {
    const shown = got === undefined ? 'nothing' : (JSON.stringify(got) ?? String(got)).slice(0, 60);
    throw new BadPlanJsonError(`expected ${expected}, got ${shown}`, { path, source: this.source });
  }
  object(v: Json, path: string): Record<string, Json> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, 'an object', v);
    return v as Record<string, Json>;
  }
  string(v: Json, path: string): string {
    if (typeof v !== 'string') this.fail(path, 'a string', v);
    return v;
  }
  stringOrNull(v: Json, path: string): string | null {
    if (v === null || v === undefined) return null;
    return this.string(v, path);
  }
  strings(v: Json, path: string): string[] {
    if (!Array.isArray(v)) this.fail(path, 'an array of strings', v);
    return v.map((x, i) => this.string(x, `${path}[${i}]`));
  }
  array(v: Json, path: string): Json[] {
    if (!Array.isArray(v)) this.fail(path, 'an array', v);
    return v;
  }
  integer(v: Json, path: string, min: number, what: string): number {
    if (!Number.isInteger(v) || (v as number) < min) this.fail(path, what, v);
    return v as number;
  }
  lineOf(v: Json, path: string): number {
    if (v === undefined) return 0;
    return this.integer(v, path, 0, 'an integer line number');
  }
  point(v: Json, path: string): Point {
    const o = this.object(v, path);
    const point: Point = { line: this.integer(o.line, `${path}.line`, 1, 'a line number ≥ 1'), column: this.integer(o.column, `${path}.column`, 1, 'a column number ≥ 1') };
    if (o.offset !== undefined) point.offset = this.integer(o.offset, `${path}.offset`, 0, 'an offset ≥ 0');
    return point;
  }
  /** The optional `position` of a node, task or warning: omitted when absent. */
  position(holder: Record<string, Json>, path: string): { position?: Position } {
    if (holder.position === undefined) return {};
    const o = this.object(holder.position, `${path}.position`);
    const position: Position = { start: this.point(o.start, `${path}.position.start`), end: this.point(o.end, `${path}.position.end`) };
    if (o.origin !== undefined) {
      const g = this.object(o.origin, `${path}.position.origin`);
      const origin: Origin = {};
      for (const key of ['page', 'paragraph', 'table', 'row', 'cell'] as const) {
        if (g[key] !== undefined) origin[key] = this.integer(g[key], `${path}.position.origin.${key}`, 1, 'a number ≥ 1');
      }
      position.origin = origin;
    }
    return { position };
  }
}

/**
 * Whether text is meant as a JSON document: it opens with `{` or `[` and closes with `}` or `]`.
 * Decided by content, never by a file name, and without parsing, so that a broken JSON file is
 * refused as JSON ("not valid JSON …") rather than read as a plan text.
 * @example isJsonText('\ufeff {"schema": …}') // → true
 */
export function isJsonText(text: string): boolean {
  const t = text.replace(/^\ufeff/, '').trim();
  return /^[[{]/.test(t) && /[\]}]$/.test(t);
}

/**
 * Reads a Plan from JSON — a string (decode bytes first with `decodeBytes`, which reads UTF-8,
 * UTF-16 and GB18030) or an already parsed value — and checks it against `policy-lineage/plan@1`
 * (see `schema/plan.schema.json` and `docs/spec.md`). Optional fields a tool may omit (preamble,
 * warnings, lines, intro, positions) are filled with defaults or left out. Warning codes this
 * version does not know are kept: a newer tool may write them.
 * @throws {@link BadPlanJsonError} whose message and `path` name the first bad value, e.g. `$.children[2].leads[0]`,
 *   also for nesting deeper than {@link MAX_PLAN_DEPTH}
 * @example
 * const plan = loadPlanJson(decodeBytes(fs.readFileSync('plan.json')).text, 'plan.json');
 */
export function loadPlanJson(input: string | Json, source: string | null = null): Plan {
  let value: Json = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value.replace(/^\ufeff/, ''));
    } catch (e) {
      throw new BadPlanJsonError(`not valid JSON (${(e as Error).message})`, { path: '$', source });
    }
  }
  const c = new Checker(source);
  const o = c.object(value, '$');
  if (o.schema !== PLAN_SCHEMA) c.fail('$.schema', `"${PLAN_SCHEMA}"`, o.schema);
  const j = c.object(o.jurisdiction, '$.jurisdiction');
  const level = j.level ?? null;
  if (level !== null && !LEVELS.includes(level as never)) c.fail('$.jurisdiction.level', `one of ${LEVELS.join(', ')} or null`, level);
  const year = o.year ?? null;
  if (year !== null && !Number.isInteger(year)) c.fail('$.year', 'an integer or null', year);
  const date = c.stringOrNull(o.date, '$.date');
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) c.fail('$.date', 'a date YYYY-MM-DD or null', date);
  const plan: Plan = {
    schema: PLAN_SCHEMA,
    title: c.string(o.title, '$.title'),
    jurisdiction: { name: c.stringOrNull(j.name, '$.jurisdiction.name'), level: level as Plan['jurisdiction']['level'], parent: c.stringOrNull(j.parent, '$.jurisdiction.parent') },
    year: year as number | null,
    docNumber: c.stringOrNull(o.docNumber, '$.docNumber'),
    issuer: c.stringOrNull(o.issuer, '$.issuer'),
    date,
    references: c.array(given(o.references, []), '$.references').map((r, i) => {
      const ref = c.object(r, `$.references[${i}]`);
      return {
        title: c.string(ref.title, `$.references[${i}].title`),
        docNumber: c.stringOrNull(ref.docNumber, `$.references[${i}].docNumber`),
        planTitle: c.stringOrNull(ref.planTitle, `$.references[${i}].planTitle`),
      };
    }),
    preamble: c.string(given(o.preamble, ''), '$.preamble'),
    children: nodes(c, c.array(o.children, '$.children'), '$.children'),
    warnings: c.array(given(o.warnings, []), '$.warnings').map((w, i) => {
      const path = `$.warnings[${i}]`;
      const x = c.object(w, path);
      const warning: ParseWarning = {
        // a code from a newer version is kept as written
        code: c.string(x.code, `${path}.code`) as ParseWarning['code'],
        line: x.line === null || x.line === undefined ? null : c.lineOf(x.line, `${path}.line`),
        message: c.string(x.message, `${path}.message`),
        ...c.position(x, path),
      };
      return warning;
    }),
    source: c.stringOrNull(o.source, '$.source') ?? source,
    ...(o.forwardedBy === undefined ? {} : { forwardedBy: forwarding(c, o.forwardedBy) }),
  };
  plan.warnings = withLongItemWarnings(plan);
  return plan;
}

function forwarding(c: Checker, value: Json): Forwarding {
  const f = c.object(value, '$.forwardedBy');
  const date = c.stringOrNull(f.date, '$.forwardedBy.date');
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) c.fail('$.forwardedBy.date', 'a date YYYY-MM-DD', f.date);
  return {
    title: c.string(f.title, '$.forwardedBy.title'),
    issuer: c.stringOrNull(f.issuer, '$.forwardedBy.issuer'),
    docNumber: c.stringOrNull(f.docNumber, '$.forwardedBy.docNumber'),
    date,
  };
}

/**
 * Checks and copies a tree of nodes with an explicit stack, in document order, so that neither a
 * deep nor a wide tree reaches the call stack.
 */
function nodes(c: Checker, values: Json[], path: string): Node[] {
  const ids = new Set<string>();
  const roots: Node[] = [];
  const stack: { value: Json; path: string; into: Node[]; depth: number }[] = [];
  const pushAll = (vs: Json[], at: string, into: Node[], depth: number) => {
    for (let i = vs.length - 1; i >= 0; i--) stack.push({ value: vs[i], path: `${at}[${i}]`, into, depth });
  };
  pushAll(values, path, roots, 1);
  while (stack.length > 0) {
    const { value, path, into, depth } = stack.pop()!;
    const n = c.object(value, path);
    if (depth > MAX_PLAN_DEPTH) c.fail(path, `sections nested at most ${MAX_PLAN_DEPTH} deep`, `a node at depth ${depth}`);
    const id = c.string(n.id, `${path}.id`);
    if (!/^\d+(\.\d+)*$/.test(id)) c.fail(`${path}.id`, 'a path id like "1.2.5"', id);
    if (ids.has(id)) c.fail(`${path}.id`, 'an id not used by another node', id);
    ids.add(id);
    if (n.kind === 'section') {
      const children = c.array(n.children, `${path}.children`);
      const section: Section = {
        kind: 'section',
        id,
        marker: c.string(given(n.marker, ''), `${path}.marker`),
        title: c.string(n.title, `${path}.title`),
        intro: c.string(given(n.intro, ''), `${path}.intro`),
        children: [],
        line: c.lineOf(n.line, `${path}.line`),
        ...c.position(n, path),
      };
      into.push(section);
      pushAll(children, `${path}.children`, section.children, depth + 1);
      continue;
    }
    if (n.kind !== 'item') c.fail(`${path}.kind`, '"section" or "item"', n.kind);
    const item: Item = {
      kind: 'item',
      id,
      marker: c.string(given(n.marker, ''), `${path}.marker`),
      heading: c.string(given(n.heading, ''), `${path}.heading`),
      text: c.string(n.text, `${path}.text`),
      leads: c.strings(given(n.leads, []), `${path}.leads`),
      partners: c.strings(given(n.partners, []), `${path}.partners`),
      deadline: c.stringOrNull(n.deadline, `${path}.deadline`),
      tasks: c.array(given(n.tasks, []), `${path}.tasks`).map((t, i) => {
        const at = `${path}.tasks[${i}]`;
        const task = c.object(t, at);
        const out: Task = { text: c.string(task.text, `${at}.text`), leads: c.strings(given(task.leads, []), `${at}.leads`), line: c.lineOf(task.line, `${at}.line`), ...c.position(task, at) };
        return out;
      }),
      line: c.lineOf(n.line, `${path}.line`),
      ...c.position(n, path),
    };
    into.push(item);
  }
  return roots;
}
