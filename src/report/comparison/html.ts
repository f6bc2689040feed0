import { LINK_STATUSES, type Comparison } from '../../model/comparison.js';
import type { Plan } from '../../model/plan.js';
import { planSections } from '../../model/walk.js';
import { escapeHtml as escape, htmlPage } from '../common/html.js';
import type { Lang } from '../common/labels.js';
import { sanitizeDeep } from '../common/sanitize.js';
import { linkSides } from './diff-sides.js';
import { summaryChart } from './html-chart.js';
import { attr, both, type Bi } from './html-i18n.js';
import { linkRow, sectionHeadRow } from './html-rows.js';
import { HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import { placeLink, sectionLabel, sectionMap, tallyBySection, type LinkPlace, type SectionTally } from './link-sections.js';
import { indexComparison } from './lookup.js';
import { planFacts, relationLine, reversalNote, tallyLabel, WARNINGS_SHOWN } from './phrases.js';
import { wordingFor } from './wording.js';

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** The page's `<title>`; defaults to "UPPER TITLE → LOWER TITLE · 政务公开工作要点对照". */
  title?: string;
  /**
   * Include the filtering and language script (default true). Without it the page is fully
   * static: no controls, every link shown, in the opening language — for viewers that strip scripts.
   */
  script?: boolean;
  /** The language the page opens in, `zh` (default) or `en`; with the script a reader can switch in place. */
  lang?: Lang;
}

/**
 * The comparison as one self-contained HTML page (inline CSS, script and SVG; no network, no
 * external fonts) that opens from disk: both plans' facts and parser warnings, a summary chart
 * per section, and every link side by side with its status, score, item ids, highlighted text
 * diff and field changes, plus filters by status, section and text and a Chinese/English switch.
 * Every label exists in both languages and one is shown at a time. Every string from the plans is
 * escaped and cleaned of control characters; the only script is a constant that reads the DOM,
 * and a Content-Security-Policy pins the inline style and script by hash, so nothing in a plan
 * can run. The layout works from 390 px (phones) up, and printing keeps every link. The output is
 * deterministic: the same comparison renders byte-identical HTML.
 * @example
 * import { writeFileSync } from 'node:fs';
 * const comparison = comparePlans(parsePlan(cityText), parsePlan(districtText));
 * writeFileSync('report.html', renderHtml(comparison, { lang: 'en' }));
 */
export function renderHtml(comparison: Comparison, options: HtmlOptions = {}): string {
  const c = sanitizeDeep(comparison);
  const lang = options.lang ?? 'zh';
  const zh = wordingFor(c.relation, 'zh');
  const en = wordingFor(c.relation, 'en');
  const bi: Bi = { zh, en, first: lang === 'zh' ? zh : en };
  const idx = indexComparison(c);
  const map = sectionMap(c);
  const places = c.links.map((l) => placeLink(l, idx, map));
  const tallies = tallyBySection(c, places, map);
  const withScript = options.script ?? true;
  const title = options.title ?? `${c.upper.title || bi.first.upper} → ${c.lower.title || bi.first.lower} · ${zh.t('reportKind')}`;

  const body: string[] = [];
  let home: string | null = null;
  c.links.forEach((link, i) => {
    const place = places[i]!;
    if (place.home !== home) body.push(sectionHeadRow(place, bi));
    home = place.home;
    body.push(linkRow(link, i + 1, place, linkSides(link, idx), idx, bi));
  });
  const note = reversalNote(c, en) ? `<p class="reversed" role="note">${both(bi, (w) => reversalNote(c, w) ?? '')}</p>` : '';

  const page = [
    `<a class="skip" href="#links">${both(bi, (w) => w.t('itemByItem'))}</a>`,
    '<main>',
    '<header>',
    `<div class="topbar"><p class="subtitle">${both(bi, (w) => w.t('reportKind'))}</p>${withScript ? languageSwitch(bi) : ''}</div>`,
    `<h1>${escape(c.upper.title || bi.first.upper)} → ${escape(c.lower.title || bi.first.lower)}</h1>`,
    `<p class="subtitle">${both(bi, (w) => relationLine(c.relation, w.lang))}</p>`,
    note,
    '<div class="plans">',
    planCard(c.upper, 'upper', bi),
    planCard(c.lower, 'lower', bi),
    '</div>',
    '</header>',
    summarySection(c, tallies, bi),
    '<section id="links" aria-labelledby="h-links">',
    `<h2 id="h-links">${both(bi, (w) => w.t('itemByItem'))}</h2>`,
    legend(bi),
    withScript ? controls(c, places, bi) : '',
    '<table class="links">',
    `<caption class="visually-hidden">${escape(`${c.links.length} · ${c.upper.title} → ${c.lower.title}`)}</caption>`,
    '<colgroup><col class="c-status"><col class="c-side"><col class="c-side"></colgroup>',
    `<thead><tr><th scope="col">${both(bi, (w) => w.t('status'))}</th><th scope="col">${sideHeading(c.upper, 'upper', bi)}</th><th scope="col">${sideHeading(c.lower, 'lower', bi)}</th></tr></thead>`,
    ...body,
    '</table>',
    `<p id="f-empty" class="empty" hidden>${both(bi, (w) => w.t('noMatch'))}</p>`,
    '</section>',
    `<footer><p>policy-lineage · ${escape(c.schema)} · ${c.links.length} ${both(bi, (w) => w.t('links'))}. ${both(bi, (w) => w.t('footer'))}</p></footer>`,
    '</main>',
  ].join('\n');
  return htmlPage(title, HTML_STYLE, page, { lang, script: withScript ? HTML_SCRIPT : '' });
}

function languageSwitch(bi: Bi): string {
  const button = (lang: Lang, name: string) => `<button type="button" data-set-lang="${lang}" lang="${lang === 'zh' ? 'zh-CN' : 'en'}" aria-pressed="${bi.first.lang === lang}">${name}</button>`;
  return `<div class="lang-switch" role="group" ${attr(bi, 'aria-label', (w) => w.t('language'))}>${button('zh', '中文')}${button('en', 'English')}</div>`;
}

function sideHeading(p: Plan, side: 'upper' | 'lower', bi: Bi): string {
  return `${both(bi, (w) => w.t(side === 'upper' ? 'upperPlan' : 'lowerPlan'))} · ${escape(p.jurisdiction.name ?? p.title)}`;
}

function planCard(p: Plan, side: 'upper' | 'lower', bi: Bi): string {
  const zh = planFacts(p, bi.zh);
  const en = planFacts(p, bi.en);
  const facts = zh.map(([k, v], i) => `<dt>${both(bi, (w) => (w === bi.zh ? k : en[i]![0]))}</dt><dd>${both(bi, (w) => (w === bi.zh ? v : en[i]![1]))}</dd>`);
  const shown = p.warnings.slice(0, WARNINGS_SHOWN);
  const rest = p.warnings.slice(WARNINGS_SHOWN);
  const li = (x: Plan['warnings'][number]) => `<li><code>${escape(x.code)}</code>${x.line !== null ? ` ${both(bi, (w) => w.t('line', { n: x.line! }))}` : ''}: ${escape(x.message)}</li>`;
  const warnings = p.warnings.length
    ? `<div class="warnings" role="note"><p><b>${both(bi, (w) => w.t('warnings'))}</b> (${p.warnings.length})</p><ul>${shown.map(li).join('')}</ul>${
        rest.length ? `<details><summary>${both(bi, (w) => w.t('moreWarnings', { n: rest.length }))}</summary><ul>${rest.map(li).join('')}</ul></details>` : ''
      }</div>`
    : '';
  return [
    `<article class="plan-card" ${attr(bi, 'aria-label', (w) => w.t(side === 'upper' ? 'upperPlan' : 'lowerPlan'))}>`,
    `<p class="side-name">${both(bi, (w) => w.t(side === 'upper' ? 'upperPlan' : 'lowerPlan'))}</p>`,
    `<h3>${p.title ? escape(p.title) : both(bi, (w) => w.t('untitled'))}</h3>`,
    `<dl class="facts">${facts.join('')}</dl>`,
    warnings,
    '</article>',
  ].join('');
}

function summarySection(c: Comparison, tallies: SectionTally[], bi: Bi): string {
  const total = c.links.length;
  const pct = (n: number) => `${total ? Math.round((n / total) * 100) : 0}%`;
  const stats = LINK_STATUSES.map(
    (s) => `<li class="stat ${s}" ${attr(bi, 'title', (w) => w.status[s].description)}><span class="n">${c.summary[s]}</span>${both(bi, (w) => w.status[s].label)} <span class="pct">${pct(c.summary[s])}</span></li>`,
  );
  stats.push(`<li class="stat total"><span class="n">${total}</span>${both(bi, (w) => w.t('total'))}</li>`);
  const head = `<tr><th scope="col">${both(bi, (w) => w.t('section'))}</th>${LINK_STATUSES.map((s) => `<th scope="col">${both(bi, (w) => w.status[s].label)}</th>`).join('')}<th scope="col">${both(bi, (w) => w.t('total'))}</th></tr>`;
  const row = (label: string, counts: Comparison['summary'], n: number) => `<tr><th scope="row">${label}</th>${LINK_STATUSES.map((s) => `<td>${counts[s]}</td>`).join('')}<td>${n}</td></tr>`;
  return [
    '<section id="summary" aria-labelledby="h-summary">',
    `<h2 id="h-summary">${both(bi, (w) => w.t('summary'))}</h2>`,
    `<ul class="stats">${stats.join('')}</ul>`,
    '<figure class="chart">',
    summaryChart(tallies, c.summary, bi),
    `<figcaption>${both(bi, (w) => w.t('chartCaption'))}</figcaption>`,
    '</figure>',
    `<details class="counts no-print"><summary>${both(bi, (w) => w.t('countsAsTable'))}</summary><div class="scroll"><table class="counts"><thead>${head}</thead><tbody>${tallies
      .map((t) => row(both(bi, (w) => tallyLabel(t, w)), t.counts, t.total))
      .join('')}${row(both(bi, (w) => w.t('all')), c.summary, total)}</tbody></table></div></details>`,
    '</section>',
  ].join('\n');
}

function legend(bi: Bi): string {
  const statuses = LINK_STATUSES.map((s) => `<li><span class="badge ${s}">${both(bi, (w) => w.status[s].label)}</span> ${both(bi, (w) => w.status[s].description)}</li>`);
  const marks = [
    `<li><ins>${both(bi, (w) => w.t('inserted'))}</ins> ${both(bi, (w) => w.t('insertedIn'))}</li>`,
    `<li><del>${both(bi, (w) => w.t('deleted'))}</del> ${both(bi, (w) => w.t('deletedFrom'))}</li>`,
    `<li><span class="adapt">市 → 区</span> ${both(bi, (w) => w.t('adaptation'))}</li>`,
    `<li><span class="fmt">，</span> ${both(bi, (w) => w.t('formatOnly'))}</li>`,
  ];
  return `<ul class="legend" ${attr(bi, 'aria-label', (w) => w.t('legend'))}>${statuses.join('')}</ul><ul class="legend" ${attr(bi, 'aria-label', (w) => `${w.t('textDiff')} ${w.t('legend')}`)}>${marks.join('')}</ul>`;
}

function controls(c: Comparison, places: LinkPlace[], bi: Bi): string {
  const boxes = LINK_STATUSES.map(
    (s) =>
      `<label class="toggle"><input type="checkbox" name="status" value="${s}" checked autocomplete="off"><span class="badge ${s}">${both(bi, (w) => w.status[s].label)}</span> <span class="n">${c.summary[s]}</span></label>`,
  );
  const used = new Set(places.flatMap((p) => p.keys));
  const options = (plan: Plan, side: 'u' | 'l') =>
    planSections(plan)
      .filter((s) => used.has(`${side}:${s.id}`))
      .map((s) => `<option value="${side}:${escape(s.id)}">${'　'.repeat(s.id.split('.').length - 1)}${escape(sectionLabel(s))}</option>`)
      .join('');
  const total = c.links.length;
  const shown = (lang: Lang) => (lang === 'zh' ? bi.zh : bi.en).t('shownOf', { shown: total, total });
  return [
    `<div class="controls" role="search" ${attr(bi, 'aria-label', (w) => w.t('filter'))}>`,
    `<fieldset><legend>${both(bi, (w) => w.t('status'))}</legend>${boxes.join('')}</fieldset>`,
    `<span class="field"><label for="f-section">${both(bi, (w) => w.t('section'))}</label><select id="f-section" autocomplete="off"><option value="" data-text-zh="${escape(bi.zh.t('allSections'))}" data-text-en="${escape(bi.en.t('allSections'))}">${escape(bi.first.t('allSections'))}</option>`,
    `<optgroup ${attr(bi, 'label', (w) => `${w.t('upperPlan')} · ${c.upper.title}`)}>${options(c.upper, 'u')}</optgroup>`,
    `<optgroup ${attr(bi, 'label', (w) => `${w.t('lowerPlan')} · ${c.lower.title}`)}>${options(c.lower, 'l')}</optgroup>`,
    '</select></span>',
    `<span class="field"><label for="f-search">${both(bi, (w) => w.t('search'))}</label><input type="search" id="f-search" autocomplete="off" ${attr(bi, 'placeholder', (w) => w.t('searchPlaceholder'))}></span>`,
    `<button type="button" id="f-reset">${both(bi, (w) => w.t('reset'))}</button>`,
    `<p class="count" id="f-count" role="status" aria-live="polite" data-template-zh="${escape(bi.zh.t('shownOf'))}" data-template-en="${escape(bi.en.t('shownOf'))}" data-shown="${total}">${escape(shown(bi.first.lang))}</p>`,
    '</div>',
  ].join('');
}
