import escape from 'lodash/escape.js';
import { LINK_STATUSES, type Comparison } from '../model/comparison.js';
import type { Plan } from '../model/plan.js';
import { planItems, planSections } from '../model/walk.js';
import { linkSides } from './diff-sides.js';
import { summaryChart } from './html-chart.js';
import { levelLabel, RELATION_LINE, tallyLabel } from './labels.js';
import { linkRow, sectionHeadRow } from './html-rows.js';
import { HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import { placeLink, sectionLabel, sectionMap, tallyBySection, type LinkPlace, type SectionTally } from './link-sections.js';
import { indexComparison } from './lookup.js';
import { cspHash } from './sha256.js';
import { wordingFor, type Wording } from './wording.js';

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** The page's `<title>`; defaults to "UPPER TITLE → LOWER TITLE · 政务公开工作要点对照". */
  title?: string;
  /**
   * Include the filtering script (default true). Without it the page is fully static: no
   * controls, every link shown — for viewers that strip scripts.
   */
  script?: boolean;
}

/**
 * The comparison as one self-contained HTML page (inline CSS, script and SVG; no network, no
 * external fonts) that opens from disk: both plans' facts, a summary chart per section, and every
 * link side by side with its status, score, highlighted text diff and field changes, plus filters
 * by status, section and text. Every string from the plans is escaped; the only script is a
 * constant that reads the DOM, and a Content-Security-Policy pins the inline style and script by
 * hash, so nothing in a plan can run. The output is deterministic: the same comparison renders
 * byte-identical HTML.
 * @example
 * import { writeFileSync } from 'node:fs';
 * const comparison = comparePlans(parsePlan(cityText), parsePlan(districtText));
 * writeFileSync('report.html', renderHtml(comparison));
 */
export function renderHtml(c: Comparison, options: HtmlOptions = {}): string {
  const w = wordingFor(c.relation);
  const idx = indexComparison(c);
  const map = sectionMap(c);
  const places = c.links.map((l) => placeLink(l, idx, map));
  const tallies = tallyBySection(c, places, map);
  const withScript = options.script ?? true;
  const title = options.title ?? `${c.upper.title || w.upper} → ${c.lower.title || w.lower} · 政务公开工作要点对照`;
  const csp = [
    "default-src 'none'",
    `style-src ${constantHashes().style}`,
    `script-src ${withScript ? constantHashes().script : "'none'"}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const body: string[] = [];
  let home: string | null = null;
  c.links.forEach((link, i) => {
    const place = places[i]!;
    if (place.home !== home) body.push(sectionHeadRow(place, w));
    home = place.home;
    body.push(linkRow(link, i + 1, place, linkSides(link, idx), idx, w));
  });

  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escape(csp)}">`,
    '<meta name="generator" content="policy-lineage">',
    `<title>${escape(title)}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<p class="subtitle">政务公开工作要点对照 · plan comparison</p>`,
    `<h1>${escape(c.upper.title || w.upper)} → ${escape(c.lower.title || w.lower)}</h1>`,
    `<p class="subtitle">${escape(RELATION_LINE[c.relation])}</p>`,
    '<div class="plans">',
    planCard(c.upper, w.upperZh, w.upper),
    planCard(c.lower, w.lowerZh, w.lower),
    '</div>',
    '</header>',
    summarySection(c, tallies, w),
    '<section id="links" aria-labelledby="h-links">',
    `<h2 id="h-links">逐条对照 <span class="en">Item by item</span></h2>`,
    legend(w),
    withScript ? controls(c, places, w) : '',
    '<table class="links">',
    `<caption class="visually-hidden">${escape(`${c.links.length} links between ${c.upper.title} and ${c.lower.title}`)}</caption>`,
    '<colgroup><col class="c-status"><col class="c-side"><col class="c-side"></colgroup>',
    `<thead><tr><th scope="col">状态 <span class="en">status</span></th><th scope="col">${sideHeading(c.upper, w.upperZh, w.upper)}</th><th scope="col">${sideHeading(c.lower, w.lowerZh, w.lower)}</th></tr></thead>`,
    ...body,
    '</table>',
    '<p id="f-empty" class="empty" hidden>没有符合条件的条目 · no link matches the filters</p>',
    '</section>',
    `<footer><p>policy-lineage · ${escape(c.schema)} · ${c.links.length} links. 相似度 similarity is 0–1 over the linked texts (words, characters, containment, headings, section structure and order); hover a score for its parts and a highlighted passage for what changed. Wording adapted to the level (市 → 区) and formatting are marked in grey, not counted as changes.</p></footer>`,
    '</main>',
    withScript ? `<script>${HTML_SCRIPT}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

let hashes: { style: string; script: string } | undefined;

/** The style and script never change, so their hashes are computed once, on first use. */
function constantHashes(): { style: string; script: string } {
  hashes ??= { style: cspHash(HTML_STYLE), script: cspHash(HTML_SCRIPT) };
  return hashes;
}

function sideHeading(p: Plan, zh: string, en: string): string {
  return `${escape(zh)} <span class="en">${escape(en)}</span> · ${escape(p.jurisdiction.name ?? p.title)}`;
}

function planCard(p: Plan, zh: string, en: string): string {
  const facts: [string, string][] = [];
  const j = p.jurisdiction;
  if (j.name) facts.push(['地区 jurisdiction', [j.name, j.parent ? `（隶属 ${j.parent}）` : ''].join('')]);
  if (j.level) facts.push(['层级 level', levelLabel(j.level)]);
  if (p.year !== null) facts.push(['年度 year', String(p.year)]);
  facts.push(['文号 document no.', p.docNumber ?? '—']);
  if (p.issuer) facts.push(['发文机关 issuer', p.issuer]);
  facts.push(['印发日期 date', p.date ?? '—']);
  facts.push(['条目 items', `${planItems(p).length} items in ${planSections(p).length} sections`]);
  for (const r of p.references) facts.push(['依据 implements', r.docNumber ? `《${r.title}》（${r.docNumber}）` : `《${r.title}》`]);
  if (p.source) facts.push(['来源 source', p.source]);
  const warnings = p.warnings.length
    ? `<details class="warnings"><summary>解析提示 parser warnings (${p.warnings.length})</summary><ul>${p.warnings
        .map((x) => `<li><code>${escape(x.code)}</code>${x.line !== null ? ` line ${x.line}` : ''}: ${escape(x.message)}</li>`)
        .join('')}</ul></details>`
    : '';
  return [
    `<article class="plan-card" aria-label="${escape(`${zh} ${en}`)}">`,
    `<p class="side-name">${escape(zh)} · ${escape(en)} plan</p>`,
    `<h3>${escape(p.title || '（无标题）')}</h3>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v)}</dd>`).join('')}</dl>`,
    warnings,
    '</article>',
  ].join('');
}

function summarySection(c: Comparison, tallies: SectionTally[], w: Wording): string {
  const total = c.links.length;
  const pct = (n: number) => `${total ? Math.round((n / total) * 100) : 0}%`;
  const stats = LINK_STATUSES.map(
    (s) =>
      `<li class="stat ${s}" title="${escape(w.status[s].description)}"><span class="n">${c.summary[s]}</span>${escape(w.status[s].zh)} <span class="en">${escape(w.status[s].en)}</span> <span class="pct">${pct(c.summary[s])}</span></li>`,
  );
  stats.push(`<li class="stat total"><span class="n">${total}</span>合计 <span class="en">links</span></li>`);
  const head = `<tr><th scope="col">章节 section</th>${LINK_STATUSES.map((s) => `<th scope="col">${escape(w.status[s].zh)} ${escape(w.status[s].en)}</th>`).join('')}<th scope="col">合计 total</th></tr>`;
  const row = (label: string, counts: Comparison['summary'], n: number) =>
    `<tr><th scope="row">${escape(label)}</th>${LINK_STATUSES.map((s) => `<td>${counts[s]}</td>`).join('')}<td>${n}</td></tr>`;
  return [
    '<section id="summary" aria-labelledby="h-summary">',
    `<h2 id="h-summary">概览 <span class="en">Summary</span></h2>`,
    `<ul class="stats">${stats.join('')}</ul>`,
    '<figure class="chart">',
    summaryChart(tallies, c.summary, w),
    `<figcaption>每个一级章节一条比例条，数字为条目对照数。Links per top-level section of the ${escape(w.upper)} plan; added items are counted under the corresponding section, or under their own ${escape(w.lower)}-plan section when none corresponds. A split or merge counts once.</figcaption>`,
    '</figure>',
    `<details class="counts no-print"><summary>以表格查看 counts as a table</summary><table class="counts"><thead>${head}</thead><tbody>${tallies
      .map((t) => row(tallyLabel(t, w), t.counts, t.total))
      .join('')}${row('全部 All', c.summary, total)}</tbody></table></details>`,
    '</section>',
  ].join('\n');
}

function legend(w: Wording): string {
  const statuses = LINK_STATUSES.map((s) => `<li><span class="badge ${s}">${escape(w.status[s].zh)}<span class="en">${escape(w.status[s].en)}</span></span> ${escape(w.status[s].description)}</li>`);
  const marks = [
    `<li><ins>新增文字</ins> inserted in the ${escape(w.lower)} plan</li>`,
    `<li><del>删除文字</del> deleted from the ${escape(w.upper)} plan</li>`,
    `<li><span class="adapt">市 → 区</span> jurisdiction adaptation, not a change</li>`,
    `<li><span class="fmt">，</span> formatting only</li>`,
  ];
  return `<ul class="legend" aria-label="图例 legend">${statuses.join('')}</ul><ul class="legend" aria-label="文字差异图例 text diff legend">${marks.join('')}</ul>`;
}

function controls(c: Comparison, places: LinkPlace[], w: Wording): string {
  const boxes = LINK_STATUSES.map(
    (s) =>
      `<label class="toggle"><input type="checkbox" name="status" value="${s}" checked autocomplete="off"><span class="badge ${s}">${escape(w.status[s].zh)}<span class="en">${escape(w.status[s].en)}</span></span> <span class="n">${c.summary[s]}</span></label>`,
  );
  const used = new Set(places.flatMap((p) => p.keys));
  const options = (plan: Plan, side: 'u' | 'l') =>
    planSections(plan)
      .filter((s) => used.has(`${side}:${s.id}`))
      .map((s) => `<option value="${side}:${escape(s.id)}">${'　'.repeat(s.id.split('.').length - 1)}${escape(sectionLabel(s))}</option>`)
      .join('');
  const total = c.links.length;
  return [
    '<div class="controls" role="search" aria-label="筛选条目 filter links">',
    `<fieldset><legend>状态</legend>${boxes.join('')}</fieldset>`,
    `<span class="field"><label for="f-section">章节 <span class="en">section</span></label><select id="f-section" autocomplete="off"><option value="">全部章节 all sections</option>`,
    `<optgroup label="${escape(`${w.upperZh} ${w.upper} · ${c.upper.title}`)}">${options(c.upper, 'u')}</optgroup>`,
    `<optgroup label="${escape(`${w.lowerZh} ${w.lower} · ${c.lower.title}`)}">${options(c.lower, 'l')}</optgroup>`,
    '</select></span>',
    `<span class="field"><label for="f-search">搜索 <span class="en">search</span></label><input type="search" id="f-search" autocomplete="off" placeholder="条目文字、单位… text, units (/)"></span>`,
    '<button type="button" id="f-reset">重置 reset</button>',
    `<p class="count" id="f-count" role="status" aria-live="polite" data-template="显示 {shown} / {total} 条 · {shown} of {total} links shown" data-shown="${total}">显示 ${total} / ${total} 条 · ${total} of ${total} links shown</p>`,
    '</div>',
  ].join('');
}
