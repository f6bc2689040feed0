import type { ChainCell, Lineage, RequirementChain } from '../model/lineage.js';
import { displayText } from './lookup.js';
import { CELL_WORDS, indexLineage, skipNote, type LineageIndex } from './lineage-cells.js';
import { escapeHtml, htmlPage, STATUS_CSS } from './lineage-common.js';

const STYLE = `
body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f6f6f6}.num{text-align:right}
.chains td{min-width:14em;max-width:28em}.chains th{position:sticky;top:0}
.st{font-size:.8em;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.ids{font-family:ui-monospace,monospace;font-size:.85em;color:#555}
.skip{outline:2px dashed #7a3ea1;outline-offset:-3px}.note{display:block;font-size:.8em;color:#7a3ea1}
.legend span{display:inline-block;padding:0 .5em;margin-right:.4em;border:1px solid #ccc}
.hide-unchanged tr.unchanged{display:none}
${STATUS_CSS}`;

const SCRIPT = `document.getElementById('only-changes').addEventListener('change',function(e){document.getElementById('chains').classList.toggle('hide-unchanged',e.target.checked)});`;

/**
 * The lineage as one self-contained HTML page (inline style and script, no network): the chain and
 * why, hop and level summaries, then one column per level and one row per requirement followed
 * down — "dropped here" where a level drops it, skip-level cells outlined with their source, every
 * plan text escaped. A checkbox hides the chains inherited unchanged all the way down.
 * @example fs.writeFileSync('lineage.html', renderLineageHtml(lineage));
 */
export function renderLineageHtml(lineage: Lineage): string {
  const idx = indexLineage(lineage);
  const title = `Lineage: ${idx.names.join(' → ')}`;
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    plansTable(lineage, idx),
    lineage.order.reasons.length ? `<h2>Why this order</h2><ul>${lineage.order.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : '',
    hopsTable(lineage, idx),
    fatesTable(lineage, idx),
    `<h2>Requirement chains</h2>`,
    `<p class="legend">${(['origin', 'added', 'inherited', 'modified', 'dropped', 'absent'] as const).map((s) => `<span class="${s}">${escapeHtml(CELL_WORDS[s].en)} ${escapeHtml(CELL_WORDS[s].zh)}</span>`).join('')}<span class="skip">↷ skip-level</span></p>`,
    `<p><label><input type="checkbox" id="only-changes"> only requirements that change somewhere</label></p>`,
    chainsTable(lineage, idx),
  ].join('\n');
  return htmlPage(title, STYLE, body, SCRIPT);
}

function plansTable(lineage: Lineage, idx: LineageIndex): string {
  const rows = lineage.plans.map(
    (p, level) =>
      `<tr><td>L${level + 1}</td><td>${escapeHtml(idx.names[level])}</td><td>${escapeHtml(p.jurisdiction.level ?? '?')}</td><td>${escapeHtml(p.title)}</td><td>${escapeHtml(p.docNumber ?? '')}</td><td>${escapeHtml(p.date ?? p.year ?? '')}</td><td class="num">${idx.items[level]!.size}</td></tr>`,
  );
  return `<table><tr><th>level</th><th>place</th><th></th><th>plan</th><th>文号</th><th>date</th><th>items</th></tr>${rows.join('')}</table>`;
}

function hopsTable(lineage: Lineage, idx: LineageIndex): string {
  const rows = lineage.hops.map(
    (h) =>
      `<tr><td>${escapeHtml(`${idx.names[h.upper]} → ${idx.names[h.lower]}`)}${h.adjacent ? '' : ' <small>(skip-level check)</small>'}</td>${(['inherited', 'modified', 'added', 'dropped'] as const).map((s) => `<td class="num ${s}">${h.summary[s]}</td>`).join('')}</tr>`,
  );
  return `<h2>Hops</h2><table><tr><th>comparison</th><th>inherited</th><th>modified</th><th>added</th><th>dropped</th></tr>${rows.join('')}</table>`;
}

function fatesTable(lineage: Lineage, idx: LineageIndex): string {
  const rows = lineage.summary.levels.slice(1).map((l) => {
    const t = l.top;
    return `<tr><td>${escapeHtml(`L${l.level + 1} ${idx.names[l.level]}`)}</td><td class="num inherited">${t.inherited}</td><td class="num modified">${t.modified}</td><td class="num dropped">${t.dropped}</td><td class="num absent">${t.absent}</td><td class="num">${t.reappeared}</td><td class="num">${l.added}</td><td class="num">${l.skips}</td></tr>`;
  });
  return `<h2>What became of ${escapeHtml(idx.names[0])}'s ${idx.items[0]!.size} requirements</h2><table><tr><th>level</th><th>inherited</th><th>modified</th><th>dropped here</th><th>absent</th><th>reappeared</th><th>items added at this level</th><th>skip-level items</th></tr>${rows.join('')}</table>`;
}

function chainsTable(lineage: Lineage, idx: LineageIndex): string {
  const head = lineage.plans.map((p, level) => `<th>${escapeHtml(`L${level + 1} ${idx.names[level]}`)}<br><small>${escapeHtml(p.title)}</small></th>`).join('');
  const rows = lineage.chains.map((chain) => `<tr class="${changes(chain) ? 'changed' : 'unchanged'}">${chain.cells.map((c) => cellHtml(c, idx)).join('')}</tr>`);
  return `<table class="chains" id="chains"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function changes(chain: RequirementChain): boolean {
  return chain.origin.level > 0 || chain.cells.some((c) => c.skip || (c.status !== 'origin' && c.status !== 'inherited'));
}

function cellHtml(cell: ChainCell, idx: LineageIndex): string {
  if (cell.status === 'above') return '<td class="above"></td>';
  if (cell.status === 'dropped') return `<td class="dropped"><span class="st">✗ ${escapeHtml(CELL_WORDS.dropped.en)}</span> ${escapeHtml(CELL_WORDS.dropped.zh)}</td>`;
  if (cell.status === 'absent') return '<td class="absent">—</td>';
  const items = cell.ids.map((id) => idx.items[cell.level]!.get(id)).filter((i) => i !== undefined);
  const full = items.map(displayText).join('\n');
  const label = items.map((i) => `${i.marker} ${i.heading || (i.text.length > 60 ? `${i.text.slice(0, 60)}…` : i.text)}`).join(' + ');
  const score = cell.score !== null && cell.status !== 'origin' ? ` ${cell.score.toFixed(2)}` : '';
  const note = skipNote(idx, cell);
  return `<td class="${cell.status}${cell.skip ? ' skip' : ''}" title="${escapeHtml(full)}"><span class="st">${cell.skip ? '↷ ' : ''}${escapeHtml(CELL_WORDS[cell.status].en)}</span><span class="ids"> ${escapeHtml(cell.ids.join(' + '))}${escapeHtml(score)}</span><br>${escapeHtml(label)}${note ? `<span class="note">${escapeHtml(note)}</span>` : ''}</td>`;
}
