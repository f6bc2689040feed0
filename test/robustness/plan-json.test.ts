import { describe, expect, it } from 'vitest';
import { BadPlanJsonError } from '../../src/errors.js';
import { loadPlanJson, MAX_PLAN_DEPTH } from '../../src/model/validate.js';
import { readPlan } from '../../src/parse/read-plan.js';
import { utf16le } from '../helpers.js';

/** Issue 15: a .json that is not a Plan, a late schema key, UTF-16, deep nesting. */
const utf8 = (s: string) => new TextEncoder().encode(s);

const item = { kind: 'item', id: '1', marker: '1.', heading: '做好公开', text: '做好公开。', leads: [], partners: [], deadline: null, tasks: [] };
const plan = (extra: object = {}) => ({ title: '甲市工作要点', jurisdiction: { name: '甲市', level: 'city' }, year: 2022, docNumber: null, issuer: null, date: null, references: [], children: [item], ...extra, schema: 'policy-lineage/plan@1' });

async function refusal(bytes: Uint8Array): Promise<BadPlanJsonError> {
  const error = await readPlan(bytes, { source: 'x.json' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadPlanJsonError);
  return error as BadPlanJsonError;
}

describe('a JSON file that is not a Plan', () => {
  it('[] is refused at $ as not an object', async () => {
    const e = await refusal(utf8('[]'));
    expect([e.path, e.message]).toEqual(['$', 'x.json: expected an object, got []']);
  });

  it('{} is refused at $.schema', async () => {
    const e = await refusal(utf8('{}'));
    expect([e.path, e.message]).toEqual(['$.schema', 'x.json: $.schema: expected "policy-lineage/plan@1", got nothing']);
  });

  it('another schema is refused at $.schema, naming it', async () => {
    const e = await refusal(utf8('{"schema": "policy-lineage/comparison@1", "links": []}'));
    expect(e.path).toBe('$.schema');
    expect(e.message).toContain('got "policy-lineage/comparison@1"');
  });

  it('broken JSON is refused as JSON, not parsed as a text document', async () => {
    const e = await refusal(utf8('{"schema": "policy-lineage/plan@1", "title": '));
    expect(e.message).toMatch(/^x\.json: not valid JSON/);
  });
});

describe('a Plan JSON', () => {
  it('is read with its schema key last', async () => {
    const text = JSON.stringify(plan());
    expect(text.lastIndexOf('"schema"')).toBeGreaterThan(text.length - 40);
    expect((await readPlan(utf8(text), { source: 'late.json' })).title).toBe('甲市工作要点');
  });

  it('is read when saved as UTF-16 with a byte-order mark', async () => {
    expect((await readPlan(utf16le(JSON.stringify(plan(), null, 2)), { source: 'u16.json' })).children).toHaveLength(1);
  });

  it('names the path of a bad value deep in the tree', () => {
    const bad = plan({ children: [{ kind: 'section', id: '1', marker: '一、', title: '总体要求', children: [{ ...item, id: '1.1', leads: ['甲', 7] }] }] });
    expect(() => loadPlanJson(bad, 'p.json')).toThrow('p.json: $.children[0].children[0].leads[1]: expected a string, got 7');
  });

  it('3,000 sections deep is refused with a clear error, not a stack overflow', () => {
    // written as text: JSON.stringify itself recurses
    const ids = (d: number) => Array.from({ length: d }, () => '1').join('.');
    let node = JSON.stringify({ ...item, id: ids(3001) });
    for (let d = 3000; d >= 1; d--) node = `{"kind":"section","id":"${ids(d)}","marker":"一、","title":"t","children":[${node}]}`;
    const text = JSON.stringify(plan({ children: [] })).replace('"children":[]', `"children":[${node}]`);
    let error: unknown;
    try {
      loadPlanJson(text, 'deep.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadPlanJsonError);
    expect((error as BadPlanJsonError).message).toContain(`sections nested at most ${MAX_PLAN_DEPTH} deep`);
    expect((error as BadPlanJsonError).path).toBe(`$${'.children[0]'.repeat(MAX_PLAN_DEPTH + 1)}`);
  });

  it(`${MAX_PLAN_DEPTH} levels deep is still read`, () => {
    let node: object = { ...item, id: Array.from({ length: MAX_PLAN_DEPTH }, () => '1').join('.') };
    for (let d = MAX_PLAN_DEPTH - 1; d >= 1; d--) node = { kind: 'section', id: Array.from({ length: d }, () => '1').join('.'), marker: '一、', title: 't', children: [node] };
    expect(loadPlanJson(plan({ children: [node] })).children).toHaveLength(1);
  });
});
