import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BadPlanJsonError } from '../../src/errors.js';
import { loadPlanJson, MAX_PLAN_DEPTH } from '../../src/model/validate.js';
import { ROOT, SEEDS, seedPlan } from '../helpers.js';

/**
 * One data model, two readers of it: the published JSON schema (judged by ajv) and loadPlanJson
 * must accept and reject the same plans. The loader checks two things no JSON schema can say —
 * ids unique in the plan, nesting at most MAX_PLAN_DEPTH deep (docs/spec.md, Bounds) — so the
 * oracle is "ajv accepts, ids are unique and the tree is not too deep".
 */
const ajv = new Ajv2020({ allErrors: false, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'plan.schema.json'), 'utf8')));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** The rules beyond the schema, walked with a stack. */
function idsUniqueAndShallow(plan: Json): boolean {
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan) || !Array.isArray(plan.children)) return true;
  const seen = new Set<string>();
  const stack: { node: Json; depth: number }[] = plan.children.map((node) => ({ node, depth: 1 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) continue;
    if (depth > MAX_PLAN_DEPTH) return false;
    if (typeof node.id === 'string') {
      if (seen.has(node.id)) return false;
      seen.add(node.id);
    }
    if (node.kind === 'section' && Array.isArray(node.children)) for (const c of node.children) stack.push({ node: c, depth: depth + 1 });
  }
  return true;
}

function loaderAccepts(plan: Json): boolean {
  try {
    loadPlanJson(structuredClone(plan));
    return true;
  } catch (e) {
    if (!(e instanceof BadPlanJsonError)) throw e;
    return false;
  }
}

const schemaAccepts = (plan: Json): boolean => validate(structuredClone(plan)) && idsUniqueAndShallow(plan);

/** Every path in a JSON value, the root included. */
function pathsOf(value: Json): Path[] {
  const out: Path[] = [];
  const stack: { v: Json; p: Path }[] = [{ v: value, p: [] }];
  while (stack.length > 0) {
    const { v, p } = stack.pop()!;
    out.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, p: [...p, i] }));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) stack.push({ v: x, p: [...p, k] });
  }
  return out;
}

type Mutation = { op: 'replace'; value: Json } | { op: 'delete' } | { op: 'duplicate' } | { op: 'add'; key: string; value: Json };

function mutate(plan: Json, path: Path, m: Mutation): Json {
  const copy = structuredClone(plan);
  if (path.length === 0) return m.op === 'replace' ? m.value : copy;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key as never] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const target = parent[last as never];
  if (m.op === 'replace') parent[last as never] = m.value;
  else if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last as never];
  } else if (m.op === 'duplicate') {
    if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(target) as Json);
    else parent[last as never] = [target as Json, structuredClone(target) as Json];
  } else if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, Json>)[m.key] = m.value;
  return copy;
}

/** Values a careless or hostile tool writes: other types, near misses of the right ones. */
const values: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(null, '', 'section', 'item', '1', '1.1', '1.x', 'policy-lineage/plan@1', '2022-05-31', '2022-5-31', 0, -1, 1.5, 7, [], {}, ['甲'], [7], { line: 1, column: 1 }, { start: { line: 1, column: 1 }, end: { line: 1, column: 0 } }),
);
const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  values.map((value) => ({ op: 'replace' as const, value })),
  fc.constant({ op: 'delete' as const }),
  fc.constant({ op: 'duplicate' as const }),
  fc.record({ op: fc.constant('add' as const), key: fc.constantFrom('position', 'marker', 'line', 'extra', 'children', 'kind', 'tasks', 'origin'), value: values }),
);

/** A parsed seed cut to its first sections, so a mutation is as likely to hit the header as the tree. */
const head = (plan: object, sections: number): Json => {
  const json = JSON.parse(JSON.stringify(plan));
  json.children = json.children.slice(0, sections);
  json.warnings = json.warnings.slice(0, 3);
  return json;
};
const bases: Json[] = [
  head(seedPlan(SEEDS.liaozhong2022), 2),
  head(seedPlan(SEEDS.shenyang2018), 2),
  // a plan another tool wrote: only the required fields
  { schema: 'policy-lineage/plan@1', title: '甲市工作要点', jurisdiction: {}, children: [{ kind: 'section', id: '1', title: '总体要求', children: [{ kind: 'item', id: '1.1', text: '做好公开。' }] }] },
];

describe('schema/plan.schema.json and loadPlanJson', () => {
  it.each(bases.map((b, i) => [i, b] as const))('both accept base plan %i', (_, plan) => {
    expect(validate(plan)).toBe(true);
    expect(loaderAccepts(plan)).toBe(true);
  });

  it('accept and reject the same mutated plans', () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.nat(), mutations, fc.nat(2), (b, at, m, extra) => {
        let plan: Json = bases[b]!;
        // one to three mutations, each at a path of the plan as it then is
        for (let k = 0; k <= extra; k++) {
          const paths = pathsOf(plan);
          plan = mutate(plan, paths[(at + k * 7919) % paths.length]!, m);
        }
        const expected = schemaAccepts(plan);
        expect(loaderAccepts(plan), JSON.stringify(plan).slice(0, 300)).toBe(expected);
        seen[expected ? 'accepted' : 'rejected']++;
      }),
      { seed: 20261203, numRuns: 1000 },
    );
    // the mutations reach both sides of the line
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.rejected).toBeGreaterThan(100);
  });

  it('disagree with the schema only on the documented extra rules', () => {
    const plan = bases[2] as { children: { children: Json[] }[] };
    const twin = structuredClone(plan);
    twin.children[0]!.children.push({ kind: 'item', id: '1.1', text: '再做一次。' });
    expect(validate(twin)).toBe(true);
    expect(loaderAccepts(twin as Json)).toBe(false);
  });
});
