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
.en { color: var(--muted); font-weight: normal; font-size: .85em; }
.subtitle { margin: 0; color: var(--muted); }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.plans { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: 1.25rem; }
.plan-card { border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1.1rem; background: var(--soft); }
.plan-card .side-name { font-size: .8rem; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); margin: 0; }
.plan-card h3 { font-size: 1.08rem; margin: .15rem 0 .5rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .9rem; margin: 0; font-size: .9rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.warnings { margin-top: .5rem; font-size: .85rem; }
.warnings ul { margin: .3rem 0 0; padding-left: 1.2rem; }

.stats { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: .75rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.stat { border-radius: 8px; padding: .6rem .9rem; border-left: 6px solid var(--line); background: var(--soft); }
.stat .n { display: block; font-size: 1.7rem; font-weight: 700; line-height: 1.2; }
.stat .pct { color: var(--muted); font-size: .85rem; }
.stat.inherited { border-color: var(--inherited); background: var(--inherited-bg); color: var(--inherited-ink); }
.stat.modified { border-color: var(--modified); background: var(--modified-bg); color: var(--modified-ink); }
.stat.added { border-color: var(--added); background: var(--added-bg); color: var(--added-ink); }
.stat.dropped { border-color: var(--dropped); background: var(--dropped-bg); color: var(--dropped-ink); }
.stat .pct, .stat .en { color: inherit; opacity: .85; }
figure.chart { margin: 0; }
figure.chart svg { width: 100%; max-width: 1100px; height: auto; display: block; font-family: inherit; }
figure.chart figcaption { font-size: .85rem; color: var(--muted); margin-top: .3rem; }
.chart .seg-inherited { fill: var(--inherited); } .chart .seg-modified { fill: var(--modified); }
.chart .seg-added { fill: var(--added); } .chart .seg-dropped { fill: var(--dropped); }
.chart text { fill: var(--ink); font-size: 14px; }
.chart .head { fill: var(--muted); font-size: 13px; }
.chart .num { text-anchor: end; font-variant-numeric: tabular-nums; }
.chart .in-bar { font-size: 12px; font-weight: 700; text-anchor: middle; fill: #111; }
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
.controls .field > label { font-weight: 600; }
.controls select, .controls input[type=search] { font: inherit; font-size: .9rem; padding: .25rem .45rem; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--ink); }
.controls select { max-width: 24rem; }
.controls input[type=search] { width: 16rem; }
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
.badge .en { font-weight: normal; margin-left: .25rem; color: inherit; }
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
.item-head .iid { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; }
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
  .st .badge .en { display: block; margin-left: 0; }
  details:not([open]) { display: none; }
  ::highlight(search) { background: transparent; }
}
`;
