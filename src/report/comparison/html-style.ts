// The report's only stylesheet. It is constant (no data in it) so the page's Content-Security-Policy
// can pin it by hash; colours come from the Okabe–Ito palette so the statuses stay apart for
// colour-blind readers, and every status also carries its name in text.

export const HTML_STYLE = `
:root {
  --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --page: #ffffff;
  --inherited: #0072b2; --inherited-bg: #e6f1f8; --inherited-ink: #00446b;
  --modified: #e69f00; --modified-bg: #fdf1d8; --modified-ink: #6b4500;
  --added: #009e73; --added-bg: #dff3ec; --added-ink: #00573f;
  --dropped: #d55e00; --dropped-bg: #fbe6da; --dropped-ink: #8a3500;
  --ins-bg: #d8f5df; --ins-ink: #0a4d1c; --ins-line: #1a7f37;
  --del-bg: #ffe0e0; --del-ink: #86181d; --del-line: #c62828;
  --status-col: 8.5rem;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--page); color: var(--ink); line-height: 1.65; font-size: 15px;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 1480px; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
h1 { font-size: 1.55rem; line-height: 1.3; margin: 0 0 .35rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 0 0 .4rem; }
html[data-lang="zh"] .i-en, html[data-lang="en"] .i-zh { display: none !important; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; color: #0550ae; padding: .4rem .8rem; z-index: 10; }
.skip:focus { left: .5rem; top: .5rem; outline: 3px solid #0969da; }
.topbar { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .5rem; }
.lang-switch { display: none; gap: 0; }
.js .lang-switch { display: inline-flex; }
.lang-switch button { font: inherit; font-size: .85rem; padding: .15rem .7rem; border: 1px solid #8c959f; background: #fff; color: var(--ink); cursor: pointer; }
.lang-switch button:first-child { border-radius: 6px 0 0 6px; } .lang-switch button:last-child { border-radius: 0 6px 6px 0; border-left: 0; }
.lang-switch button[aria-pressed="true"] { background: var(--ink); color: #fff; }
.lang-switch button:focus-visible, .link-anchor:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.reversed { margin: .6rem 0 0; padding: .5rem .8rem; border-left: 5px solid var(--dropped); background: var(--dropped-bg); color: var(--dropped-ink); font-weight: 600; }
.scroll { max-width: 100%; overflow-x: auto; }
.subtitle { margin: 0; color: var(--muted); }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.plans { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: 1.25rem; }
.plan-card { border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1.1rem; background: var(--soft); }
.plan-card .side-name { font-size: .8rem; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); margin: 0; }
.plan-card h3 { font-size: 1.08rem; margin: .15rem 0 .5rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .9rem; margin: 0; font-size: .9rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.warnings { margin-top: .5rem; font-size: .85rem; border-left: 4px solid var(--modified); padding: .3rem .6rem; background: #fff; }
.warnings p { margin: 0; }
.warnings ul { margin: .3rem 0 0; padding-left: 1.2rem; overflow-wrap: anywhere; }

.stats { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: .75rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.stat { border-radius: 8px; padding: .6rem .9rem; border-left: 6px solid var(--line); background: var(--soft); }
.stat .n { display: block; font-size: 1.7rem; font-weight: 700; line-height: 1.2; }
.stat .pct { color: var(--muted); font-size: .85rem; }
.stat.inherited { border-color: var(--inherited); background: var(--inherited-bg); color: var(--inherited-ink); }
.stat.modified { border-color: var(--modified); background: var(--modified-bg); color: var(--modified-ink); }
.stat.added { border-color: var(--added); background: var(--added-bg); color: var(--added-ink); }
.stat.dropped { border-color: var(--dropped); background: var(--dropped-bg); color: var(--dropped-ink); }
.stat .pct { color: inherit; }
figure.chart { margin: 0; }
figure.chart svg { width: 100%; max-width: 1100px; height: auto; display: block; font-family: inherit; }
figure.chart .chart-narrow { display: none; max-width: 480px; }
.chart .counts-line { font-size: 13px; fill: var(--muted); }
figure.chart figcaption { font-size: .85rem; color: var(--muted); margin-top: .3rem; }
.chart .seg-inherited { fill: var(--inherited); } .chart .seg-modified { fill: var(--modified); }
.chart .seg-added { fill: var(--added); } .chart .seg-dropped { fill: var(--dropped); }
.chart text { fill: var(--ink); font-size: 14px; }
.chart .head { fill: var(--muted); font-size: 13px; }
.chart .num { text-anchor: end; font-variant-numeric: tabular-nums; }
.chart .in-bar { font-size: 12px; font-weight: 700; text-anchor: middle; fill: #000; }
.chart .in-bar.on-inherited { fill: #fff; }
.chart .total-row text { font-weight: 700; }
.chart .grid { stroke: var(--line); }
details.counts { margin-top: .5rem; font-size: .9rem; }
table.counts { border-collapse: collapse; margin-top: .4rem; }
table.counts th, table.counts td { border: 1px solid var(--line); padding: .2rem .6rem; text-align: right; }
table.counts th[scope=row] { text-align: left; font-weight: normal; }

.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; font-size: .88rem; color: var(--muted); margin: 0 0 .6rem; padding: 0; list-style: none; }
.controls {
  display: none; position: sticky; top: 0; z-index: 5; background: rgba(255,255,255,.97); border: 1px solid var(--line);
  border-radius: 8px; padding: .6rem .9rem; margin-bottom: .8rem; gap: .6rem 1.4rem; flex-wrap: wrap; align-items: center;
  box-shadow: 0 2px 6px rgba(0,0,0,.06);
}
.js .controls { display: flex; }
.controls fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.controls legend { float: left; margin-right: .4rem; font-weight: 600; font-size: .9rem; }
.controls label.toggle { display: inline-flex; align-items: center; gap: .3rem; cursor: pointer; border: 1px solid var(--line); border-radius: 999px; padding: .1rem .6rem .1rem .4rem; font-size: .88rem; background: #fff; }
.controls label.toggle:has(input:not(:checked)) { opacity: .55; text-decoration: line-through; }
.controls .field { display: inline-flex; align-items: center; gap: .4rem; font-size: .9rem; }
.controls .field > label { font-weight: 600; white-space: nowrap; }
.controls select, .controls input[type=search] { font: inherit; font-size: .9rem; padding: .25rem .45rem; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--ink); }
.controls select { max-width: min(24rem, 100%); }
.controls input[type=search] { width: 16rem; max-width: 100%; }
.controls .field { max-width: 100%; min-width: 0; }
.controls button { font: inherit; font-size: .88rem; padding: .25rem .7rem; border: 1px solid #8c959f; border-radius: 6px; background: var(--soft); color: var(--ink); cursor: pointer; }
.controls :focus-visible, .links :focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.count { margin: 0 0 0 auto; font-size: .9rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.empty { padding: 1rem; text-align: center; color: var(--muted); border: 1px dashed var(--line); border-radius: 8px; }

table.links { width: 100%; border-collapse: separate; border-spacing: 0; table-layout: fixed; }
table.links col.c-status { width: var(--status-col); }
table.links thead th { text-align: left; font-size: .9rem; padding: .45rem .7rem; background: var(--soft); border-bottom: 2px solid var(--line); }
table.links td, table.links th { vertical-align: top; }
tbody.section-head th { text-align: left; padding: 1.1rem 0 .35rem; font-size: .95rem; border-bottom: 1px solid var(--line); }
.section-grid { display: grid; grid-template-columns: var(--status-col) 1fr 1fr; }
.section-grid > span { padding: 0 .7rem; }
.section-grid .none { color: var(--muted); font-weight: normal; }
tbody.link > tr > * { padding: .6rem .7rem; }
tbody.link > tr:first-child > * { border-top: 1px solid var(--line); }
tbody.link > tr > th.st { border-left: 5px solid var(--line); font-weight: normal; }
tbody.link.s-inherited > tr > th.st { border-left-color: var(--inherited); }
tbody.link.s-modified > tr > th.st { border-left-color: var(--modified); }
tbody.link.s-added > tr > th.st { border-left-color: var(--added); }
tbody.link.s-dropped > tr > th.st { border-left-color: var(--dropped); }
tr.changes > td { padding-top: 0 !important; }

.badge { display: inline-block; border-radius: 4px; padding: .05rem .45rem; font-size: .85rem; font-weight: 700; white-space: nowrap; border: 1px solid transparent; }
.badge.inherited { background: var(--inherited-bg); color: var(--inherited-ink); border-color: var(--inherited); }
.badge.modified { background: var(--modified-bg); color: var(--modified-ink); border-color: var(--modified); }
.badge.added { background: var(--added-bg); color: var(--added-ink); border-color: var(--added); }
.badge.dropped { background: var(--dropped-bg); color: var(--dropped-ink); border-color: var(--dropped); }
.score { display: block; margin-top: .35rem; font-size: .85rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.score abbr { text-decoration: underline dotted; cursor: help; }
.link-no { display: block; font-size: .78rem; color: var(--muted); }
.link-no a { color: inherit; }

.item + .item { margin-top: .7rem; padding-top: .7rem; border-top: 1px dashed var(--line); }
.item-head { font-size: .85rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: .2rem .6rem; align-items: baseline; }
.item-head .marker { font-weight: 700; color: var(--ink); font-size: 1rem; }
.item-head .iid { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; color: var(--ink); background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem; }
.item-head .where { overflow-wrap: anywhere; }
.item .text { margin: .15rem 0 .3rem; overflow-wrap: anywhere; white-space: pre-line; }
.item .meta { display: grid; grid-template-columns: max-content 1fr; gap: 0 .6rem; margin: 0; font-size: .82rem; color: var(--muted); }
.item .meta dd { margin: 0; overflow-wrap: anywhere; }
.item details.tasks { font-size: .85rem; color: var(--muted); margin-top: .2rem; }
.item details.tasks ol { margin: .2rem 0; padding-left: 1.3rem; }
.absent { color: var(--muted); font-style: italic; }

ins { text-decoration: underline 2px var(--ins-line); text-underline-offset: 3px; background: var(--ins-bg); color: var(--ins-ink); border-radius: 2px; }
del { text-decoration: line-through 2px var(--del-line); background: var(--del-bg); color: var(--del-ink); border-radius: 2px; }
ins.rep, del.rep { outline: 1px dotted currentColor; outline-offset: -1px; }
.adapt { color: var(--muted); background: #eeeeee; border-bottom: 1px dotted #6e7781; cursor: help; }
.fmt { border-bottom: 1px dotted #8c959f; cursor: help; }
ins::before, ins::after, del::before, del::after {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
ins::before { content: " [新增 inserted: "; } del::before { content: " [删除 deleted: "; }
ins::after, del::after { content: "] "; }
::highlight(search) { background: #ffd33d; color: #000; }

ul.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
.chip { display: inline-block; border: 1px solid var(--line); background: var(--soft); border-radius: 999px; padding: .05rem .65rem; font-size: .83rem; }
.chip b { margin-right: .3rem; }
.chip .plus { color: var(--ins-ink); } .chip .minus { color: var(--del-ink); }
.chip .from-to { color: var(--muted); }
.chip.obligation-stronger { border-color: #8250df; } .chip.obligation-weaker { border-color: #bf8700; }
.chip[title] { cursor: help; }

footer { margin-top: 2.5rem; color: var(--muted); font-size: .82rem; border-top: 1px solid var(--line); padding-top: .6rem; }

@media (max-width: 900px) {
  .plans { grid-template-columns: 1fr; }
  .stats { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  :root { --status-col: 6.5rem; }
  main { padding: 1rem .6rem 2rem; }
}
@media screen and (max-width: 640px) {
  figure.chart .chart-wide { display: none; }
  figure.chart .chart-narrow { display: block; }
  h1 { font-size: 1.25rem; }
  .controls { position: static; }
  .count { margin: 0; }
  table.links, table.links > tbody, table.links > tbody > tr, table.links > tbody > tr > td, table.links > tbody > tr > th { display: block; width: 100%; }
  table.links > thead, table.links colgroup, tr.changes > td[aria-hidden] { display: none; }
  table.links > tbody[hidden] { display: none; }
  tbody.link > tr > th.st { border-left-width: 5px; display: flex; flex-wrap: wrap; gap: .2rem .8rem; align-items: baseline; }
  tbody.link .score, tbody.link .link-no { display: inline; margin: 0; }
  td.side::before { content: attr(data-side-label); display: block; font-size: .78rem; color: var(--muted); margin-bottom: .1rem; }
  tbody.link > tr > td.side.lower { border-top: 1px dashed var(--line); }
  .section-grid { grid-template-columns: 1fr; }
  .section-grid > span { padding: 0 .2rem; }
}

@media print {
  @page { size: A4; margin: 14mm 12mm; }
  :root { --status-col: 5.6rem; }
  body { font-size: 9.5pt; line-height: 1.5; }
  main { max-width: none; padding: 0; }
  .controls, .empty, .no-print { display: none !important; }
  tbody.link[hidden], tbody.section-head[hidden] { display: table-row-group !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
  tbody.link, tbody.link > tr, .plan-card, figure.chart, .stat { break-inside: avoid; page-break-inside: avoid; }
  tbody.section-head { break-after: avoid; page-break-after: avoid; }
  h2 { break-after: avoid; }
  .plans { grid-template-columns: 1fr 1fr; }
  .stats { grid-template-columns: repeat(5, minmax(0, 1fr)); }
  a { color: inherit; text-decoration: none; }
  details:not([open]) { display: none; }
  ::highlight(search) { background: transparent; }
}
`;
