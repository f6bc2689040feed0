import { BadPlanJsonError } from '../errors.js';
import { LEVELS, PLAN_SCHEMA, type Forwarding, type Item, type Node, type Plan, type Section } from './plan.js';

type Json = unknown;

class Checker {
  constructor(private readonly source: string | null) {}

  fail(path: string, expected: string, got: Json): never {
    const shown = got === undefined ? 'nothing' : JSON.stringify(got)?.slice(0, 60);
    throw new BadPlanJsonError(`${this.source ? `${this.source}: ` : ''}${path}: expected ${expected}, got ${shown}`, path, this.source);
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
  lineOf(v: Json, path: string): number {
    if (v === undefined) return 0;
    if (!Number.isInteger(v)) this.fail(path, 'an integer line number', v);
    return v as number;
  }
}

/**
 * Reads a Plan from JSON (a string or an already parsed value) and checks it against
 * `policy-lineage/plan@1` (see `schema/plan.schema.json`). Optional fields a tool may omit
 * (preamble, warnings, lines, intro) are filled with defaults.
 * @throws {@link BadPlanJsonError} whose message and `path` name the first bad value, e.g. `$.children[2].leads[0]`
 * @example
 * const plan = loadPlanJson(fs.readFileSync('plan.json', 'utf8'), 'plan.json');
 */
export function loadPlanJson(input: string | Json, source: string | null = null): Plan {
  let value: Json = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new BadPlanJsonError(`${source ? `${source}: ` : ''}not valid JSON (${(e as Error).message})`, '$', source);
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
  const ids = new Set<string>();
  const node = (v: Json, path: string): Node => {
    const n = c.object(v, path);
    const id = c.string(n.id, `${path}.id`);
    if (!/^\d+(\.\d+)*$/.test(id)) c.fail(`${path}.id`, 'a path id like "1.2.5"', id);
    if (ids.has(id)) c.fail(`${path}.id`, 'an id not used by another node', id);
    ids.add(id);
    if (n.kind === 'section') {
      const section: Section = {
        kind: 'section',
        id,
        marker: c.string(n.marker ?? '', `${path}.marker`),
        title: c.string(n.title, `${path}.title`),
        intro: c.string(n.intro ?? '', `${path}.intro`),
        children: c.array(n.children, `${path}.children`).map((x, i) => node(x, `${path}.children[${i}]`)),
        line: c.lineOf(n.line, `${path}.line`),
      };
      return section;
    }
    if (n.kind !== 'item') c.fail(`${path}.kind`, '"section" or "item"', n.kind);
    const item: Item = {
      kind: 'item',
      id,
      marker: c.string(n.marker ?? '', `${path}.marker`),
      heading: c.string(n.heading ?? '', `${path}.heading`),
      text: c.string(n.text, `${path}.text`),
      leads: c.strings(n.leads ?? [], `${path}.leads`),
      partners: c.strings(n.partners ?? [], `${path}.partners`),
      deadline: c.stringOrNull(n.deadline, `${path}.deadline`),
      tasks: c.array(n.tasks ?? [], `${path}.tasks`).map((t, i) => {
        const task = c.object(t, `${path}.tasks[${i}]`);
        return { text: c.string(task.text, `${path}.tasks[${i}].text`), leads: c.strings(task.leads ?? [], `${path}.tasks[${i}].leads`), line: c.lineOf(task.line, `${path}.tasks[${i}].line`) };
      }),
      line: c.lineOf(n.line, `${path}.line`),
    };
    return item;
  };
  return {
    schema: PLAN_SCHEMA,
    title: c.string(o.title, '$.title'),
    jurisdiction: { name: c.stringOrNull(j.name, '$.jurisdiction.name'), level: level as Plan['jurisdiction']['level'], parent: c.stringOrNull(j.parent, '$.jurisdiction.parent') },
    year: year as number | null,
    docNumber: c.stringOrNull(o.docNumber, '$.docNumber'),
    issuer: c.stringOrNull(o.issuer, '$.issuer'),
    date,
    references: c.array(o.references ?? [], '$.references').map((r, i) => {
      const ref = c.object(r, `$.references[${i}]`);
      return {
        title: c.string(ref.title, `$.references[${i}].title`),
        docNumber: c.stringOrNull(ref.docNumber, `$.references[${i}].docNumber`),
        planTitle: c.stringOrNull(ref.planTitle, `$.references[${i}].planTitle`),
      };
    }),
    preamble: c.string(o.preamble ?? '', '$.preamble'),
    children: c.array(o.children, '$.children').map((x, i) => node(x, `$.children[${i}]`)),
    warnings: c.array(o.warnings ?? [], '$.warnings').map((w, i) => {
      const x = c.object(w, `$.warnings[${i}]`);
      return { code: c.string(x.code, `$.warnings[${i}].code`), line: x.line === null ? null : c.lineOf(x.line, `$.warnings[${i}].line`), message: c.string(x.message, `$.warnings[${i}].message`) };
    }),
    source: c.stringOrNull(o.source, '$.source') ?? source,
    ...(o.forwardedBy === undefined ? {} : { forwardedBy: forwarding(c, o.forwardedBy) }),
  };
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
