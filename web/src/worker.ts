/// <reference lib="webworker" />
/**
 * The page's worker: reads, parses, compares and renders off the main thread, so the page stays
 * responsive on long plans. It uses only the library's public API.
 */
import { comparePlans, planItems, planSections, readPlan, renderHtml, renderJson, type Comparison, type Node, type Plan } from 'policy-lineage';
import { orderPlans, traceLineage, renderLineageHtml, renderLineageJson } from 'policy-lineage/lineage';
import { useDictionary } from 'policy-lineage/text';
import type { FromWorker, Lang, PlanCard, ToWorker } from './protocol.js';

declare const DICTIONARY_BASE64: string;

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The page is one file that may not fetch: the segmentation dictionary travels inside it, deflated.
const dictionaryReady = (async () => {
  const deflated = Uint8Array.from(atob(DICTIONARY_BASE64), (c) => c.charCodeAt(0));
  const stream = new Blob([deflated]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  useDictionary(new Uint8Array(await new Response(stream).arrayBuffer()));
})();
const plans = new Map<number, { plan: Plan; name: string }>();
let last: Comparison | null = null;

function send(message: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function progress(stage: string, done: number, total: number): void {
  send({ type: 'progress', stage, done, total });
}

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  try {
    await dictionaryReady;
    if (m.type === 'read') await read(m.id, m.name, m.bytes);
    else if (m.type === 'forget') plans.delete(m.id);
    else if (m.type === 'order') order(m.ids);
    else if (m.type === 'compare') compare(m.upper, m.lower, m.lang);
    else if (m.type === 'lineage') lineage(m.ids, m.lang);
    else if (m.type === 'xlsx') await xlsx(m.lang);
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

async function read(id: number, name: string, bytes: ArrayBuffer): Promise<void> {
  progress('read', 0, 1);
  try {
    const plan = await readPlan(new Uint8Array(bytes), { source: name });
    plans.set(id, { plan, name });
    send({ type: 'plan', card: card(id, name, plan) });
  } catch (error) {
    send({ type: 'read-error', id, name, message: error instanceof Error ? error.message : String(error) });
  }
  progress('read', 1, 1);
}

function card(id: number, name: string, plan: Plan): PlanCard {
  const outline: PlanCard['outline'] = [];
  // an explicit stack: a plan's depth comes from its input, and input must not drive recursion
  const stack: { node: Node; depth: number }[] = [...plan.children].reverse().map((node) => ({ node, depth: 0 }));
  while (stack.length > 0 && outline.length < 2000) {
    const { node, depth } = stack.pop()!;
    if (node.kind === 'section') {
      outline.push({ depth, marker: node.marker, text: node.title, item: false });
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: depth + 1 });
    } else {
      outline.push({ depth, marker: node.marker, text: node.heading || node.text.slice(0, 60), item: true });
    }
  }
  const format = (plan as Plan & { format?: string }).format ?? name.split('.').pop()?.toLowerCase() ?? '';
  return {
    id,
    name,
    format,
    title: plan.title,
    jurisdiction: plan.jurisdiction.name,
    level: plan.jurisdiction.level,
    year: plan.year,
    docNumber: plan.docNumber,
    issuer: plan.issuer,
    date: plan.date,
    items: planItems(plan).length,
    sections: planSections(plan).length,
    outline,
    warnings: plan.warnings.map((w) => ({ code: w.code, line: w.line, message: w.message })),
    references: plan.references.map((r) => (r.docNumber ? `${r.title}（${r.docNumber}）` : r.title)),
  };
}

function planOf(id: number): Plan {
  const entry = plans.get(id);
  if (!entry) throw new Error(`plan ${id} is not loaded`);
  return entry.plan;
}

function order(ids: number[]): void {
  const list = ids.map(planOf);
  try {
    const result = orderPlans(list);
    const chainIds = result.chain.map((p) => ids[list.indexOf(p)]!);
    // other versions of a place in the chain (沈阳市 2018 beside 2022) are shown, not traced
    const others = ids.filter((id) => !chainIds.includes(id));
    send({ type: 'order', ids: chainIds, others, reasons: result.reasons });
  } catch (error) {
    // plans that no chain joins (two peers, two provinces) keep the order they were dropped in
    send({ type: 'order', ids, others: [], reasons: [error instanceof Error ? error.message : String(error)] });
  }
}

function compare(upper: number, lower: number, lang: Lang): void {
  const started = performance.now();
  progress('compare', 0, 2);
  const comparison = comparePlans(planOf(upper), planOf(lower));
  last = comparison;
  progress('render', 1, 2);
  const html = renderHtml(comparison, { lang } as Parameters<typeof renderHtml>[1]);
  const json = renderJson(comparison);
  progress('render', 2, 2);
  send({ type: 'report', kind: 'comparison', html, json, summary: { ...comparison.summary }, ms: performance.now() - started });
}

function lineage(ids: number[], lang: Lang): void {
  const started = performance.now();
  progress('compare', 0, ids.length - 1);
  const result = traceLineage(ids.map(planOf));
  last = null;
  const html = renderLineageHtml(result, { lang } as never);
  send({ type: 'report', kind: 'lineage', html, json: renderLineageJson(result), summary: {}, ms: performance.now() - started });
}

async function xlsx(lang: Lang): Promise<void> {
  if (!last) {
    send({ type: 'xlsx', bytes: null, message: 'no comparison yet' });
    return;
  }
  // the workbook writer is the heaviest part of the page: loaded only when asked for
  const { renderXlsx } = await import('policy-lineage/xlsx');
  const bytes = await renderXlsx(last, { lang });
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  send({ type: 'xlsx', bytes: buffer }, [buffer]);
}
