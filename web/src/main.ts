/**
 * The page: drop plans, see how each was read, let the user fix the order, then read the
 * comparison (two plans) or the lineage (three and more). All work happens in a worker built into
 * this same file; nothing leaves the machine.
 */
import { download, h } from './dom.js';
import { levelName, statusName, t, type StringKey } from './i18n.js';
import type { FromWorker, Lang, PlanCard, ToWorker } from './protocol.js';

declare const WORKER_SOURCE: string;

interface State {
  lang: Lang;
  cards: PlanCard[];
  /** Plan ids of the chain compared, upper first. */
  order: number[];
  /** Plans read but left out of the chain: other versions of a place in it. */
  others: number[];
  reasons: string[];
  errors: { name: string; message: string }[];
  report: Extract<FromWorker, { type: 'report' }> | null;
  busy: { stage: string; done: number; total: number } | null;
  pending: number;
}

const state: State = {
  // Chinese first: the offices this page is for read Chinese; English is one click away
  lang: 'zh',
  cards: [],
  order: [],
  others: [],
  reasons: [],
  errors: [],
  report: null,
  busy: null,
  pending: 0,
};

const worker = new Worker(URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' })));
let nextId = 1;
function post(message: ToWorker, transfer: Transferable[] = []): void {
  worker.postMessage(message, transfer);
}

worker.onmessage = (event: MessageEvent<FromWorker>) => {
  const m = event.data;
  if (m.type === 'progress') {
    state.busy = m.done >= m.total && m.stage !== 'compare' ? null : m;
    renderProgress();
    return;
  }
  if (m.type === 'plan') {
    state.pending--;
    state.cards.push(m.card);
    state.order.push(m.card.id);
    if (state.pending === 0) requestOrder();
  } else if (m.type === 'read-error') {
    state.pending--;
    state.errors.push({ name: m.name, message: m.message });
    if (state.pending === 0) requestOrder();
  } else if (m.type === 'order') {
    state.order = m.ids;
    state.others = m.others;
    state.reasons = m.reasons;
    runComparison();
  } else if (m.type === 'report') {
    state.report = m;
    state.busy = null;
  } else if (m.type === 'xlsx') {
    if (m.bytes) download(fileBase() + '.xlsx', m.bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    else state.errors.push({ name: 'xlsx', message: m.message ?? '' });
  } else if (m.type === 'error') {
    state.busy = null;
    state.errors.push({ name: '', message: m.message });
  }
  render();
};

function requestOrder(): void {
  const ids = [...state.order, ...state.others];
  if (ids.length >= 2) post({ type: 'order', ids });
}

function runComparison(): void {
  state.report = null;
  if (state.order.length < 2) return;
  state.busy = { stage: 'compare', done: 0, total: 1 };
  if (state.order.length === 2) post({ type: 'compare', upper: state.order[0]!, lower: state.order[1]!, lang: state.lang });
  else post({ type: 'lineage', ids: state.order, lang: state.lang });
}

async function addFiles(files: FileList | File[]): Promise<void> {
  const list = [...files];
  if (list.length === 0) return;
  state.errors = [];
  state.pending += list.length;
  state.busy = { stage: 'read', done: 0, total: list.length };
  render();
  for (const file of list) {
    const bytes = await file.arrayBuffer();
    post({ type: 'read', id: nextId++, name: file.name, bytes }, [bytes]);
  }
}

function removePlan(id: number): void {
  post({ type: 'forget', id });
  state.cards = state.cards.filter((c) => c.id !== id);
  state.order = state.order.filter((x) => x !== id);
  state.others = state.others.filter((x) => x !== id);
  requestOrder();
  render();
}

function moveUp(id: number): void {
  const i = state.order.indexOf(id);
  if (i <= 0) return;
  [state.order[i - 1], state.order[i]] = [state.order[i]!, state.order[i - 1]!];
  runComparison();
  render();
}

function fileBase(): string {
  const names = state.order.map((id) => state.cards.find((c) => c.id === id)?.title || 'plan');
  return names.join('__').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120) || 'comparison';
}

const tx = (key: StringKey) => t(key, state.lang);

// ---- rendering ----

const root = document.getElementById('app')!;

function render(): void {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = tx('title');
  root.replaceChildren(header(), dropZone(), errorList(), progressBar(), plansView(), reportView());
}

function header(): HTMLElement {
  const switchLang = h('button', { type: 'button', id: 'lang', 'aria-label': state.lang === 'zh' ? 'Switch to English' : '切换到中文' }, tx('language'));
  switchLang.addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    if (state.report) runComparison();
    render();
  });
  return h(
    'header',
    { class: 'top' },
    h('div', { class: 'heading' }, h('h1', {}, tx('title')), switchLang),
    h('p', {}, tx('tagline')),
    h('p', { class: 'privacy', id: 'privacy' }, tx('privacy')),
  );
}

function dropZone(): HTMLElement {
  const input = h('input', { type: 'file', id: 'files', multiple: true, accept: '.docx,.docm,.dotx,.doc,.wps,.odt,.pdf,.html,.htm,.xlsx,.xlsm,.csv,.txt,.md,.json' });
  input.addEventListener('change', () => {
    if (input.files) void addFiles(input.files);
    input.value = '';
  });
  return h(
    'section',
    { class: 'drop', id: 'drop', 'aria-label': tx('drop') },
    h('p', {}, tx('drop')),
    h('label', { class: 'button', for: 'files' }, tx('pick')),
    input,
  );
}

function errorList(): HTMLElement {
  return h(
    'div',
    { id: 'errors', role: 'alert' },
    ...state.errors.map((e) =>
      h('p', { class: 'error' }, e.name ? `${tx('cannotRead')} ${e.name}：` : tx('failed'), e.message, state.cards.length > 0 && e.name ? ` ${tx('kept')}` : ''),
    ),
  );
}

function progressBar(): HTMLElement {
  const box = h('div', { id: 'progress', 'aria-live': 'polite' });
  fillProgress(box);
  return box;
}

function renderProgress(): void {
  const box = document.getElementById('progress');
  if (box) fillProgress(box);
}

function fillProgress(box: HTMLElement): void {
  const b = state.busy;
  if (!b && state.pending === 0) {
    box.replaceChildren(state.report ? h('p', { class: 'done' }, `${tx('done')} ${(state.report.ms / 1000).toFixed(2)} ${tx('seconds')}`) : '');
    return;
  }
  const stage = b?.stage === 'read' ? tx('read') : b?.stage === 'render' ? tx('render') : tx('working');
  box.replaceChildren(h('p', {}, stage), h('progress', { max: String(b?.total || 1), value: String(b?.done ?? 0) }));
}

function plansView(): HTMLElement {
  if (state.cards.length === 0) return h('div', { id: 'plans' });
  const ordered = state.order.map((id) => state.cards.find((c) => c.id === id)).filter((c): c is PlanCard => Boolean(c));
  const controls: HTMLElement[] = [];
  if (ordered.length === 2) {
    const swap = h('button', { type: 'button', id: 'swap' }, '⇅ ', tx('swap'));
    swap.addEventListener('click', () => moveUp(state.order[1]!));
    controls.push(swap);
  }
  return h(
    'section',
    { id: 'plans', 'aria-label': tx('plans') },
    h('h2', {}, tx('order')),
    state.reasons.length > 0 ? h('p', { class: 'reasons' }, tx('orderWhy'), ' ', state.reasons[0]!) : null,
    ...controls,
    h('ol', { class: 'cards' }, ...ordered.map((c, i) => planCard(c, roleOf(i, ordered.length), i === 0))),
    ...otherCards(),
    ordered.length < 2 ? h('p', {}, tx('needTwo')) : null,
  );
}

function roleOf(index: number, count: number): string {
  if (count === 2) return index === 0 ? tx('upper') : tx('lower');
  return `${tx('level')} ${index + 1}`;
}

function otherCards(): HTMLElement[] {
  const cards = state.others.map((id) => state.cards.find((c) => c.id === id)).filter((c): c is PlanCard => Boolean(c));
  if (cards.length === 0) return [];
  return [h('h3', {}, tx('others')), h('ul', { class: 'cards others' }, ...cards.map((c) => planCard(c, tx('otherVersion'), true)))];
}

function planCard(c: PlanCard, role: string, first: boolean): HTMLElement {
  const up = h('button', { type: 'button', class: 'small', disabled: first }, '↑ ', tx('up'));
  up.addEventListener('click', () => moveUp(c.id));
  const remove = h('button', { type: 'button', class: 'small' }, '✕ ', tx('remove'));
  remove.addEventListener('click', () => removePlan(c.id));
  const facts: [StringKey, string | null][] = [
    ['jurisdiction', c.jurisdiction ? `${c.jurisdiction}（${levelName(c.level, state.lang)}）` : null],
    ['docNumber', c.docNumber],
    ['issuer', c.issuer],
    ['date', c.date],
    ['items', String(c.items)],
    ['sections', String(c.sections)],
    ['format', `${c.format} · ${c.name}`],
  ];
  return h(
    'li',
    { class: 'card', 'data-plan': String(c.id) },
    h('p', { class: 'role' }, role),
    h('h3', {}, c.title || c.name),
    h('dl', {}, ...facts.flatMap(([k, v]) => [h('dt', {}, tx(k)), h('dd', {}, v ?? '—')])),
    c.references.length > 0 ? h('details', {}, h('summary', {}, `${tx('references')} (${c.references.length})`), h('ul', {}, ...c.references.map((r) => h('li', {}, r)))) : null,
    h(
      'details',
      { class: 'outline' },
      h('summary', {}, `${tx('outline')} (${c.sections} / ${c.items})`),
      h('ul', {}, ...c.outline.map((o) => indent(h('li', { class: o.item ? 'item' : 'section' }, h('b', {}, o.marker), ' ', o.text), o.depth))),
    ),
    h(
      'details',
      { class: 'warnings', open: c.warnings.length > 0 && c.warnings.length <= 5 },
      h('summary', {}, c.warnings.length > 0 ? `⚠ ${tx('warnings')} (${c.warnings.length})` : tx('noWarnings')),
      h('ul', {}, ...c.warnings.map((w) => h('li', {}, w.line ? `${w.line}: ` : '', w.message))),
    ),
    h('p', { class: 'actions' }, up, ' ', remove),
  );
}

/** Indents through the CSSOM: the page's CSP allows no inline style attributes. */
function indent(el: HTMLElement, depth: number): HTMLElement {
  el.style.marginLeft = `${depth * 1.2}em`;
  return el;
}

function reportView(): HTMLElement {
  const r = state.report;
  if (!r) return h('section', { id: 'report' });
  const dlHtml = h('button', { type: 'button', id: 'dl-html' }, tx('dlHtml'));
  dlHtml.addEventListener('click', () => download(fileBase() + '.html', r.html, 'text/html;charset=utf-8'));
  const dlJson = h('button', { type: 'button', id: 'dl-json' }, tx('dlJson'));
  dlJson.addEventListener('click', () => download(fileBase() + '.json', r.json, 'application/json'));
  const buttons: HTMLElement[] = [dlHtml, dlJson];
  if (r.kind === 'comparison') {
    const dlXlsx = h('button', { type: 'button', id: 'dl-xlsx' }, tx('dlXlsx'));
    dlXlsx.addEventListener('click', () => post({ type: 'xlsx', lang: state.lang }));
    buttons.splice(1, 0, dlXlsx);
  }
  const frame = h('iframe', { id: 'report-frame', title: tx('report') });
  frame.srcdoc = r.html;
  frame.addEventListener('load', () => fitFrame(frame));
  const counts = (['inherited', 'modified', 'added', 'dropped'] as const)
    .filter((s) => s in r.summary)
    .map((s) => h('span', { class: `count ${s}`, 'data-status': s }, `${statusName(s, state.lang)} `, h('b', {}, String(r.summary[s]))));
  return h(
    'section',
    { id: 'report', 'aria-label': tx('report') },
    h('h2', {}, tx('report')),
    counts.length > 0 ? h('p', { class: 'summary', id: 'summary' }, ...counts) : null,
    h('p', { class: 'downloads' }, tx('downloads'), '：', ...buttons),
    frame,
  );
}

/** Grows the frame to its content, so the page scrolls once, not twice. */
function fitFrame(frame: HTMLIFrameElement): void {
  const doc = frame.contentDocument;
  if (!doc) return;
  const fit = () => {
    frame.style.height = `${doc.documentElement.scrollHeight + 4}px`;
  };
  fit();
  // the frame's own constructor: an observer from this window would not see the frame's layout
  const Observer = (frame.contentWindow as (Window & { ResizeObserver?: typeof ResizeObserver }) | null)?.ResizeObserver;
  if (Observer) new Observer(fit).observe(doc.body);
}

document.addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
document.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dragging');
  if (e.dataTransfer?.files) void addFiles(e.dataTransfer.files);
});

render();
