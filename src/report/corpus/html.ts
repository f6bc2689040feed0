import type { CorpusPlanResult, CorpusResult } from '../../model/lineage.js';
import { escapeHtml, htmlPage } from '../common/html.js';
import { label, STATUS_NAMES, type Lang, type LabelKey } from '../common/labels.js';
import { sanitizeDeep } from '../common/sanitize.js';
import { warningLines } from '../comparison/phrases.js';
import { corpusGroupOf, corpusGroups, type GroupStats } from './groups.js';
import { GROUP_LABEL } from './text.js';

const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;color:#1f2328}
main{max-width:1400px;margin:0 auto;padding:1rem}
h1{font-size:1.35em;overflow-wrap:anywhere}h2{font-size:1.1em;margin-top:1.6em}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.25em .45em;text-align:left;vertical-align:top}
th{background:#f6f8fa}.num{text-align:right;font-variant-numeric:tabular-nums}
.wrap{overflow:auto;max-width:100%;max-height:85vh;border:1px solid #8c959f}
.heat{font-size:12px}.heat td.c{width:1.8em;min-width:1.8em;text-align:center;padding:0;font-weight:700;color:#000}
.heat th.p{writing-mode:vertical-rl;white-space:nowrap;max-height:14em;font-weight:normal;padding:.3em .1em}
.heat .item{position:sticky;left:0;background:#fff;min-width:12em;max-width:20em;z-index:1}
.i{background:#7fc97f}.m{background:#f5d76e}.d{background:#f4a99f}
.legend span{display:inline-block;padding:0 .6em;margin-right:.4em;color:#000}
.bar{vertical-align:middle}.bar rect{fill:#2f7d32}.bar .bg{fill:#e8e8e8}
.groups li{margin:.2em 0}
@media (max-width:640px){main{padding:.6rem}.heat .item{min-width:8em;max-width:10em}}
`;

const CELL: Record<string, { cls: string; status: 'inherited' | 'modified' | 'dropped' }> = {
  i: { cls: 'i', status: 'inherited' },
  m: { cls: 'm', status: 'modified' },
  d: { cls: 'd', status: 'dropped' },
};

/** Options of {@link renderCorpusHtml}. */
export interface CorpusHtmlOptions {
  /** Page language, `zh` (default) or `en`. */
  lang?: Lang;
}

/**
 * The corpus as one self-contained HTML page (no network; style pinned by hash): totals, the
 * inheritance rate of each group of plans (descendants, peers, other years kept apart), a heatmap
 * with one row per upper item and one column per lower plan (each column label unique; cell
 * colour, letter and tooltip give the status), the adoption per group, the per-plan table and the
 * files that were skipped. Every plan text is escaped.
 * @example fs.writeFileSync('corpus.html', renderCorpusHtml(aggregator.result(), { lang: 'en' }));
 */
export function renderCorpusHtml(corpus: CorpusResult, options: CorpusHtmlOptions = {}): string {
  const result = sanitizeDeep(corpus);
  const lang = options.lang ?? 'zh';
  const t = (key: LabelKey, v?: Record<string, string | number>) => label(lang, key, v);
  const s = result.summary;
  const title = t('corpusTitle', { upper: result.upper.title, items: result.items.length, n: s.plans });
  const groups = corpusGroups(result);
  const labels = uniqueLabels(result.plans);
  const body = [
    '<main>',
    `<h1>${escapeHtml(title)}${s.failed ? escapeHtml(t('corpusSkipped', { n: s.failed })) : ''}</h1>`,
    `<ul class="groups">${groups
      .map((g) => `<li>${escapeHtml(t('groupLine', { group: t(GROUP_LABEL[g.group]), n: g.plans.length, mean: g.meanInheritanceRate.toFixed(3), median: g.medianInheritanceRate.toFixed(3) }))}</li>`)
      .join('')}</ul>`,
    `<p>${escapeHtml(t('groupNote'))}</p>`,
    warningLines(result.upper, lang).length ? `<p class="warn">${warningLines(result.upper, lang).map(escapeHtml).join('<br>')}</p>` : '',
    `<p class="legend">${Object.values(CELL).map((c) => `<span class="${c.cls}">${c.cls.toUpperCase()} ${escapeHtml(STATUS_NAMES[c.status][lang])}</span>`).join('')}</p>`,
    ...groups.map((g) => heatmap(result, g, labels, t)),
    plansTable(result, labels, t),
    result.failures.length
      ? `<h2>${escapeHtml(t('skippedFiles'))}</h2><ul>${result.failures.map((f) => `<li>${escapeHtml(f.message.startsWith(f.source) ? f.message : `${f.source}: ${f.message}`)} <small>(${escapeHtml(f.code)})</small></li>`).join('')}</ul>`
      : '',
    '</main>',
  ].join('\n');
  return htmlPage(title, STYLE, body, { lang });
}

/** Column labels: place and year, with the file name added where two plans would read the same. */
function uniqueLabels(plans: CorpusPlanResult[]): Map<number, string> {
  const base = (p: CorpusPlanResult) => [p.jurisdiction.name, p.year].filter((x) => x !== null).join(' ') || p.source;
  const seen = new Map<string, number>();
  for (const p of plans) seen.set(base(p), (seen.get(base(p)) ?? 0) + 1);
  const out = new Map<number, string>();
  const used = new Set<string>();
  for (const p of plans) {
    let l = base(p);
    if ((seen.get(l) ?? 0) > 1) l = `${l} · ${p.source.split(/[\\/]/).pop()}`;
    // the same place, year and file name in two folders: number them
    let k = 2;
    const first = l;
    while (used.has(l)) l = `${first} (${k++})`;
    used.add(l);
    out.set(p.index, l);
  }
  return out;
}

function heatmap(result: CorpusResult, g: GroupStats, labels: Map<number, string>, t: (key: LabelKey, v?: Record<string, string | number>) => string): string {
  const n = g.plans.length;
  const head = g.plans.map((p) => `<th class="p" scope="col" title="${escapeHtml(`${p.source} — ${p.title} — ${p.inheritanceRate}`)}">${escapeHtml(labels.get(p.index))}</th>`).join('');
  const rows = result.items.map((item, k) => {
    const label = `${item.id} ${item.marker} ${item.heading}`;
    const x = g.items[k]!;
    const cells = g.plans
      .map((p) => {
        const c = CELL[p.statuses[k] ?? 'd']!;
        return `<td class="c ${c.cls}" title="${escapeHtml(`${labels.get(p.index)} · ${item.id}: ${STATUS_NAMES[c.status].zh} ${STATUS_NAMES[c.status].en}`)}">${c.cls.toUpperCase()}</td>`;
      })
      .join('');
    const w = Math.round(x.adoptionRate * 60);
    const adoption = `<svg class="bar" width="60" height="10" aria-hidden="true"><rect class="bg" width="60" height="10"/><rect width="${w}" height="10"/></svg> ${(x.adoptionRate * 100).toFixed(0)}%`;
    return `<tr><th class="item" scope="row" title="${escapeHtml(label)}">${escapeHtml(label)}</th><td class="num">${x.inherited}</td><td class="num">${x.modified}</td><td class="num">${x.dropped}</td><td>${adoption}</td>${cells}</tr>`;
  });
  const st = (s: 'inherited' | 'modified' | 'dropped') => escapeHtml(label2(s, t));
  return `<h2>${escapeHtml(t('diffusion', { group: t(GROUP_LABEL[g.group]) }))}</h2><p>${escapeHtml(t('heatmapNote'))}</p><div class="wrap" tabindex="0"><table class="heat"><thead><tr><th class="item" scope="col">${escapeHtml(t('upperItem'))}</th><th scope="col">${st('inherited')}</th><th scope="col">${st('modified')}</th><th scope="col">${st('dropped')}</th><th scope="col">${escapeHtml(t('adoption'))} (${n})</th>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

function label2(s: 'inherited' | 'modified' | 'dropped', t: (key: LabelKey) => string): string {
  return t(s === 'dropped' ? 'droppedName' : s === 'inherited' ? 'inheritedName' : 'modifiedName');
}

function plansTable(result: CorpusResult, labels: Map<number, string>, t: (key: LabelKey, v?: Record<string, string | number>) => string): string {
  const rows = result.plans.map(
    (p) =>
      `<tr><td>${escapeHtml(p.source)}</td><td>${escapeHtml(p.title)}</td><td>${escapeHtml(labels.get(p.index))}</td><td>${escapeHtml(t(GROUP_LABEL[corpusGroupOf(result.upper, p)]))}</td><td class="num">${p.inheritanceRate.toFixed(3)}</td><td class="num">${p.counts.inherited}</td><td class="num">${p.counts.modified}</td><td class="num">${p.counts.dropped}</td><td class="num">${p.counts.added}</td><td class="num">${p.warnings?.count ?? 0}</td></tr>`,
  );
  const h = [t('file'), t('title'), t('place'), t('group'), t('inheritanceRate'), label2('inherited', t), label2('modified', t), label2('dropped', t), t('addedHere'), t('warnings')];
  return `<h2>${escapeHtml(t('plansTable'))}</h2><div class="wrap" tabindex="0"><table><tr>${h.map((x) => `<th scope="col">${escapeHtml(x)}</th>`).join('')}</tr>${rows.join('\n')}</table></div>`;
}
