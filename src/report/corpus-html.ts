import type { CorpusPlanResult, CorpusResult } from '../model/lineage.js';
import { escapeHtml, htmlPage } from './lineage-common.js';

const STYLE = `
body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25em .45em;text-align:left;vertical-align:top}
th{background:#f6f6f6}.num{text-align:right}
.heat{font-size:12px}.heat td.c{width:1.6em;min-width:1.6em;text-align:center;padding:0;font-weight:600;color:#333}
.heat th.p{writing-mode:vertical-rl;white-space:nowrap;max-height:12em;overflow:hidden;font-weight:normal;padding:.3em .1em}
.heat .item{position:sticky;left:0;background:#fff;min-width:16em;max-width:22em;z-index:1}
.wrap{overflow:auto;max-height:85vh;border:1px solid #ccc}
.i{background:#5cb85c}.m{background:#f0c040}.d{background:#e8776b}
.bar{display:inline-block;height:.7em;background:#5cb85c;vertical-align:middle}
.legend span{display:inline-block;padding:0 .6em;margin-right:.4em}
`;

const CELL: Record<string, { cls: string; word: string; zh: string }> = {
  i: { cls: 'i', word: 'inherited', zh: '沿用' },
  m: { cls: 'm', word: 'modified', zh: '修改' },
  d: { cls: 'd', word: 'dropped', zh: '未采纳' },
};

/**
 * The corpus as one self-contained HTML page (no network): totals, a heatmap with one row per upper
 * item and one column per lower plan (cell colour, letter and tooltip give the status), the
 * per-item adoption, the per-plan inheritance rates and the files that were skipped. Every plan
 * text is escaped.
 * @example fs.writeFileSync('corpus.html', renderCorpusHtml(aggregator.result()));
 */
export function renderCorpusHtml(result: CorpusResult): string {
  const s = result.summary;
  const title = `Corpus: ${result.upper.title} against ${s.plans} plans`;
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${s.plans} plans compared${s.failed ? `, ${s.failed} skipped` : ''}. Inheritance rate (inherited + modified upper items / ${result.items.length}): mean ${s.meanInheritanceRate.toFixed(3)}, median ${s.medianInheritanceRate.toFixed(3)}.</p>`,
    `<p class="legend">${Object.values(CELL).map((c) => `<span class="${c.cls}">${c.cls.toUpperCase()} ${c.word} ${c.zh}</span>`).join('')}</p>`,
    heatmap(result),
    plansTable(result.plans),
    result.failures.length
      ? `<h2>Skipped files</h2><ul>${result.failures.map((f) => `<li>${escapeHtml(f.message.startsWith(f.source) ? f.message : `${f.source}: ${f.message}`)} <small>(${escapeHtml(f.code)})</small></li>`).join('')}</ul>`
      : '',
  ].join('\n');
  return htmlPage(title, STYLE, body);
}

function planLabel(p: CorpusPlanResult): string {
  return [p.jurisdiction.name, p.year].filter((x) => x !== null).join(' ') || p.source;
}

function heatmap(result: CorpusResult): string {
  const n = result.summary.plans;
  const head = result.plans.map((p) => `<th class="p" title="${escapeHtml(`${p.source} — ${p.title} — rate ${p.inheritanceRate}`)}">${escapeHtml(planLabel(p))}</th>`).join('');
  const rows = result.items.map((item, k) => {
    const label = `${item.marker} ${item.heading}`;
    const cells = result.plans
      .map((p) => {
        const c = CELL[p.statuses[k] ?? 'd']!;
        return `<td class="c ${c.cls}" title="${escapeHtml(`${planLabel(p)} · ${item.id}: ${c.word}`)}">${c.cls.toUpperCase()}</td>`;
      })
      .join('');
    const adoption = `<span class="bar" style="width:${Math.round(item.adoptionRate * 60)}px"></span> ${(item.adoptionRate * 100).toFixed(0)}%`;
    return `<tr><td class="item" title="${escapeHtml(`${item.id} ${label}`)}">${escapeHtml(label)}</td><td class="num">${item.inherited}</td><td class="num">${item.modified}</td><td class="num">${item.dropped}</td><td>${adoption}</td>${cells}</tr>`;
  });
  return `<h2>Diffusion per upper item</h2><div class="wrap"><table class="heat"><thead><tr><th class="item">upper item</th><th>inh.</th><th>mod.</th><th>drop.</th><th>adoption (of ${n})</th>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

function plansTable(plans: CorpusPlanResult[]): string {
  const rows = plans.map(
    (p) =>
      `<tr><td>${escapeHtml(p.source)}</td><td>${escapeHtml(p.title)}</td><td>${escapeHtml(planLabel(p))}</td><td class="num">${p.inheritanceRate.toFixed(3)}</td><td class="num">${p.counts.inherited}</td><td class="num">${p.counts.modified}</td><td class="num">${p.counts.dropped}</td><td class="num">${p.counts.added}</td></tr>`,
  );
  return `<h2>Plans</h2><table><tr><th>file</th><th>title</th><th>place</th><th>inheritance rate</th><th>inherited</th><th>modified</th><th>dropped</th><th>added</th></tr>${rows.join('\n')}</table>`;
}
