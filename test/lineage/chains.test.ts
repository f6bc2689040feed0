import { describe, expect, it } from 'vitest';
import { buildChains, summarizeLineage } from '../../src/lineage/chains.js';
import type { ItemLineage, ParentLink } from '../../src/model/lineage.js';
import { PLAN_SCHEMA, type Item, type Plan } from '../../src/model/plan.js';

/** A bare plan with top-level items of these ids (hand-built, for the chain logic only). */
function plan(title: string, ids: string[]): Plan {
  const item = (id: string): Item => ({ kind: 'item', id, marker: `${id}.`, heading: `${title} ${id}`, text: `${title} ${id}。`, leads: [], partners: [], deadline: null, tasks: [], line: 1 });
  return { schema: PLAN_SCHEMA, title, jurisdiction: { name: title, level: null, parent: null }, year: 2022, docNumber: null, issuer: null, date: null, references: [], preamble: '', children: ids.map(item), warnings: [], source: null };
}

const lineageItem = (level: number, id: string, parent: ParentLink | null): ItemLineage => ({ level, id, ancestors: [], skip: null, parent });

describe('buildChains', () => {
  // top: 1, 2, 3 → mid: 1 (1 and 2 merged), 2 (new) → bottom: 1 (from mid 1), 2 (top 3, skipping mid)
  const plans = [plan('top', ['1', '2', '3']), plan('mid', ['1', '2']), plan('bottom', ['1', '2'])];
  const items = [
    lineageItem(1, '1', { level: 0, ids: ['1', '2'], status: 'modified', score: 0.7, via: 'adjacent' }),
    lineageItem(1, '2', null),
    lineageItem(2, '1', { level: 1, ids: ['1'], status: 'inherited', score: 1, via: 'adjacent' }),
    lineageItem(2, '2', { level: 0, ids: ['3'], status: 'inherited', score: 0.95, via: 'skip' }),
  ];
  const chains = buildChains(plans, items);
  const row = (level: number, id: string) => chains.find((c) => c.origin.level === level && c.origin.id === id)!;

  it('puts a merged item in the chains of both items merged into it', () => {
    for (const id of ['1', '2']) {
      expect(row(0, id).cells.map((c) => [c.status, c.ids])).toEqual([
        ['origin', [id]],
        ['modified', ['1']],
        ['inherited', ['1']],
      ]);
    }
  });

  it('brings a requirement back through a skip after a drop', () => {
    expect(row(0, '3').cells.map((c) => [c.status, c.skip, c.reappears])).toEqual([
      ['origin', false, false],
      ['dropped', false, false],
      ['inherited', true, true],
    ]);
    expect(row(0, '3')).toMatchObject({ droppedAt: 1, reappearsAt: 2 });
  });

  it('starts a chain where a new item appears, after the chain of the item before it', () => {
    expect(row(1, '2').cells.map((c) => c.status)).toEqual(['above', 'added', 'dropped']);
    expect(chains.map((c) => `${c.origin.level}:${c.origin.id}`)).toEqual(['0:1', '0:2', '1:2', '0:3']);
  });

  it('counts the top plan\'s requirements per level', () => {
    const summary = summarizeLineage(plans, items, chains);
    expect(summary.levels[1]).toMatchObject({ items: 2, modified: 1, added: 1, top: { modified: 2, dropped: 1 } });
    expect(summary.levels[2]).toMatchObject({ items: 2, inherited: 2, skips: 0, top: { inherited: 3, reappeared: 1 } });
  });
});
