import type { ChainCell, Lineage, RequirementChain } from '../../model/lineage.js';
import { displayText } from '../comparison/lookup.js';
import { CELL_WORDS, indexLineage, skipNote, type LineageIndex } from './cells.js';
import { escapeHtml, htmlPage } from '../common/html.js';
import { label, STATUS_NAMES, type Lang, type LabelKey } from '../common/labels.js';
import { sanitizeDeep } from '../common/sanitize.js';
import { warningLines } from '../comparison/phrases.js';

/** Options of {@link renderLineageHtml}. */
export interface LineageHtmlOptions {
  /** Page language, `zh` (default) or `en`. */
  lang?: Lang;
}

type T = (key: LabelKey, v?: Record<string, string | number>) => string;

const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#1f2328}
main{max-width:1400px;margin:0 auto;padding:1rem}
.wrap{overflow:auto;max-width:100%;border:1px solid #d0d7de}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f6f6f6}.num{text-align:right}
.chains td{min-width:14em;max-width:28em}.chains th{position:sticky;top:0}
.st{font-size:.8em;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.ids{font-family:ui-monospace,monospace;font-size:.85em;color:#4b4b4b}
.skip{outline:2px dashed #7a3ea1;outline-offset:-3px}.note{display:block;font-size:.8em;color:#5e2d80}
.legend span{display:inline-block;padding:0 .5em;margin-right:.4em;border:1px solid #ccc}
.hide-unchanged tr.unchanged{display:none}

.inherited{background:#d9f2dd}.modified{background:#fff0c2}.dropped{background:#f9d0cc}.added{background:#d6e6fb}
.absent{background:#f3f3f3;color:#595959}.origin{background:#eef}.above{background:#fff}
`;

const SCRIPT = `document.getElementById('only-changes').addEventListener('change',function(e){document.getElementById('chains').classList.toggle('hide-unchanged',e.target.checked)});`;

/**
 * The lineage as one self-contained HTML page (inline style and script, no network): the chain and
 * why, hop and level summaries, then one column per level and one row per requirement followed
 * down — "dropped here" where a level drops it, skip-level cells outlined with their source, every
 * plan text escaped. A checkbox hides the chains inherited unchanged all the way down.
 * @example fs.writeFileSync('lineage.html', renderLineageHtml(lineage));
 */
export function renderLineageHtml(input: Lineage, options: LineageHtmlOptions = {}): string {
  const lineage = sanitizeDeep(input);
  const lang = options.lang ?? 'zh';
  const t: T = (key, v) => label(lang, key, v);
  const idx = indexLineage(lineage);
  const title = t('lineageTitle', { chain: idx.names.join(' → ') });
  const body = [
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<div class="wrap">${plansTable(lineage, idx, t)}</div>`,
    warningsList(lineage, lang),
    lineage.order.reasons.length ? `<h2>${escapeHtml(t('whyOrder'))}</h2><ul>${lineage.order.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : '',
    hopsTable(lineage, idx, t, lang),
    fatesTable(lineage, idx, t, lang),
    `<h2>${escapeHtml(t('chains'))}</h2>`,
    `<p class="legend">${(['origin', 'added', 'inherited', 'modified', 'dropped', 'absent'] as const).map((s) => `<span class="${s}">${escapeHtml(CELL_WORDS[s][lang])}</span>`).join('')}<span class="skip">↷ ${escapeHtml(t('skipItems'))}</span></p>`,
    `<p><label><input type="checkbox" id="only-changes"> ${escapeHtml(t('onlyChanges'))}</label></p>`,
    `<div class="wrap">${chainsTable(lineage, idx, lang)}</div>`,
    '</main>',
  ].join('\n');
  return htmlPage(title, STYLE, body, { script: SCRIPT, lang });
}

function plansTable(lineage: Lineage, idx: LineageIndex, t: T): string {
  const rows = lineage.plans.map(
    (p, level) =>
      `<tr><td>L${level + 1}</td><td>${escapeHtml(idx.names[level])}</td><td>${escapeHtml(p.jurisdiction.level ?? '?')}</td><td>${escapeHtml(p.title)}</td><td>${escapeHtml(p.docNumber ?? '')}</td><td>${escapeHtml(p.date ?? p.year ?? '')}</td><td class="num">${idx.items[level]!.size}</td></tr>`,
  );
  return `<table><tr>${[t('level'), t('place'), '', t('plan'), t('docNumber'), t('date'), t('items')].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>${rows.join('')}</table>`;
}

function hopsTable(lineage: Lineage, idx: LineageIndex, t: T, lang: Lang): string {
  const rows = lineage.hops.map(
    (h) =>
      `<tr><td>${escapeHtml(`${idx.names[h.upper]} → ${idx.names[h.lower]}`)}${h.adjacent ? '' : ` <small>${escapeHtml(t('skipCheck'))}</small>`}</td>${(['inherited', 'modified', 'added', 'dropped'] as const).map((s) => `<td class="num ${s}">${h.summary[s]}</td>`).join('')}</tr>`,
  );
  const heads = [t('comparison'), ...(['inherited', 'modified', 'added', 'dropped'] as const).map((s) => STATUS_NAMES[s][lang])];
  return `<h2>${escapeHtml(t('hops'))}</h2><div class="wrap"><table><tr>${heads.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>${rows.join('')}</table></div>`;
}

function fatesTable(lineage: Lineage, idx: LineageIndex, t: T, lang: Lang): string {
  const rows = lineage.summary.levels.slice(1).map((l) => {
    const t = l.top;
    return `<tr><td>${escapeHtml(`L${l.level + 1} ${idx.names[l.level]}`)}</td><td class="num inherited">${t.inherited}</td><td class="num modified">${t.modified}</td><td class="num dropped">${t.dropped}</td><td class="num absent">${t.absent}</td><td class="num">${t.reappeared}</td><td class="num">${l.added}</td><td class="num">${l.skips}</td></tr>`;
  });
  const heads = [t('level'), STATUS_NAMES.inherited[lang], STATUS_NAMES.modified[lang], t('droppedHere'), t('absent'), t('reappeared'), t('addedHere'), t('skipItems')];
  return `<h2>${escapeHtml(t('fatesOf', { place: idx.names[0] ?? '', n: idx.items[0]!.size }))}</h2><div class="wrap"><table><tr>${heads.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>${rows.join('')}</table></div>`;
}

function chainsTable(lineage: Lineage, idx: LineageIndex, lang: Lang): string {
  const head = lineage.plans.map((p, level) => `<th>${escapeHtml(`L${level + 1} ${idx.names[level]}`)}<br><small>${escapeHtml(p.title)}</small></th>`).join('');
  const rows = lineage.chains.map((chain) => `<tr class="${changes(chain) ? 'changed' : 'unchanged'}">${chain.cells.map((c) => cellHtml(c, idx, lang)).join('')}</tr>`);
  return `<table class="chains" id="chains"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function changes(chain: RequirementChain): boolean {
  return chain.origin.level > 0 || chain.cells.some((c) => c.skip || (c.status !== 'origin' && c.status !== 'inherited'));
}

function cellHtml(cell: ChainCell, idx: LineageIndex, lang: Lang): string {
  if (cell.status === 'above') return '<td class="above"></td>';
  if (cell.status === 'dropped') return `<td class="dropped"><span class="st">✗ ${escapeHtml(CELL_WORDS.dropped[lang])}</span></td>`;
  if (cell.status === 'absent') return '<td class="absent">—</td>';
  const items = cell.ids.map((id) => idx.items[cell.level]!.get(id)).filter((i) => i !== undefined);
  const full = items.map(displayText).join('\n');
  const label = items.map((i) => `${i.marker} ${i.heading || (i.text.length > 60 ? `${i.text.slice(0, 60)}…` : i.text)}`).join(' + ');
  const score = cell.score !== null && cell.status !== 'origin' ? ` ${cell.score.toFixed(2)}` : '';
  const note = skipNote(idx, cell);
  return `<td class="${cell.status}${cell.skip ? ' skip' : ''}" title="${escapeHtml(full)}"><span class="st">${cell.skip ? '↷ ' : ''}${escapeHtml(CELL_WORDS[cell.status][lang])}</span><span class="ids"> ${escapeHtml(cell.ids.join(' + '))}${escapeHtml(score)}</span><br>${escapeHtml(label)}${note ? `<span class="note">${escapeHtml(note)}</span>` : ''}</td>`;
}

function warningsList(lineage: Lineage, lang: Lang): string {
  const blocks = lineage.plans
    .map((p) => warningLines(p, lang))
    .filter((lines) => lines.length > 0)
    .map(([head, ...rest]) => `<li>${escapeHtml(head)}<ul>${rest.map((l) => `<li>${escapeHtml(l.trim())}</li>`).join('')}</ul></li>`);
  return blocks.length ? `<h2>${escapeHtml(label(lang, 'warnings'))}</h2><ul class="warnings">${blocks.join('')}</ul>` : '';
}
