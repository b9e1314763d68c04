/// The report page's style sheet: readable on a laptop, printable (all sections, no controls).
enum HTMLStyle {
    static let css = #"""
:root { --fg: #1d2430; --muted: #5b6678; --line: #d9dee7; --bg: #f6f7f9; --card: #fff;
  --error: #c62828; --warning: #d98a00; --info: #3b73b9; --certain: #7b1fa2; --likely: #c2185b; --possible: #8d8d8d;
  --pos: #2e7d32; --neg: #c62828; --diff: #fff3cd; --survivor: #e8f5e9; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header.top { padding: 16px 24px 8px; background: var(--card); border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0 0 4px; font-size: 22px; }
#meta { margin: 0; color: var(--muted); }
.masked { color: var(--muted); font-style: italic; margin: 4px 0 0; }
nav#tabs { display: flex; gap: 4px; padding: 0 24px; background: var(--card); border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
nav#tabs button { border: 0; background: none; padding: 10px 14px; font: inherit; cursor: pointer; border-bottom: 3px solid transparent; }
nav#tabs button[aria-selected="true"] { border-bottom-color: var(--info); font-weight: 600; }
.count { color: var(--muted); font-weight: normal; }
main { padding: 16px 24px 40px; max-width: 1500px; }
h2 { margin: 4px 0 12px; }
h4 { margin: 12px 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 16px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 150px; }
.card .num { display: block; font-size: 26px; font-weight: 650; }
.card .lbl { color: var(--muted); }
.card .delta { display: block; font-size: 12px; color: var(--muted); }
.card.error .num { color: var(--error); } .card.warning .num { color: var(--warning); } .card.info .num { color: var(--info); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
figure { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
figcaption { font-weight: 600; margin-bottom: 8px; }
svg.chart { width: 100%; height: auto; max-height: 520px; font-size: 11px; }
svg .lbl, svg .val, svg .axis { fill: var(--fg); } svg .axis { fill: var(--muted); }
.sev-error { fill: var(--error); background: var(--error); } .sev-warning { fill: var(--warning); background: var(--warning); }
.sev-info { fill: var(--info); background: var(--info); }
.band-certain { fill: var(--certain); stroke: var(--certain); background: var(--certain); }
.band-likely { fill: var(--likely); stroke: var(--likely); background: var(--likely); }
.band-possible { fill: var(--possible); stroke: var(--possible); background: var(--possible); }
rect.hist { fill: #90a4c8; } line.threshold { stroke-width: 2; stroke-dasharray: 4 3; }
path.line { fill: none; stroke-width: 2; } path.sev-error { stroke: var(--error); } path.sev-warning { stroke: var(--warning); }
path.band-likely { stroke: var(--likely); }
.legend { margin: 4px 0 0; color: var(--muted); } .legend .key { margin-right: 12px; color: #fff; padding: 0 6px; border-radius: 3px; font-size: 12px; }
.note, .empty { color: var(--muted); margin: 6px 0; } .ids { margin: 6px 0; font-size: 12px; word-break: break-all; }
table { border-collapse: collapse; }
table.data { width: 100%; background: var(--card); border: 1px solid var(--line); }
table.data th, table.data td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.data th[data-key] { cursor: pointer; user-select: none; white-space: nowrap; }
table.data th[aria-sort="ascending"]::after { content: " \25B2"; } table.data th[aria-sort="descending"]::after { content: " \25BC"; }
table.compact th, table.compact td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
/* Values may carry right-to-left overrides; isolation keeps them from reordering the cells around them. */
.v, .msg, td, th { unicode-bidi: isolate; }
.v { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12.5px; white-space: pre-wrap; word-break: break-word; }
.fix { color: var(--pos); }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; color: #fff; margin-left: 6px; }
td.sev-cell > .badge { margin-left: 0; }
.badge.pass { background: var(--pos); } .badge.fail { background: var(--neg); } .badge.new { background: #00838f; }
.badge.survivor-mark { background: var(--pos); }
.controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin-bottom: 8px; }
.controls label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
#f-new-label { flex-direction: row; align-items: center; gap: 4px; }
select, input[type="search"], input[type="text"] { font: inherit; padding: 4px 6px; border: 1px solid var(--line); border-radius: 4px; }
button { font: inherit; padding: 4px 10px; border: 1px solid var(--line); border-radius: 4px; background: var(--card); cursor: pointer; }
button:disabled { opacity: .4; cursor: default; }
.count-line { color: var(--muted); margin: 4px 0 8px; }
.pager { display: flex; gap: 10px; align-items: center; margin: 10px 0; }
.cluster-card { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--possible); border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; break-inside: avoid; }
.band-border-certain { border-left-color: var(--certain); } .band-border-likely { border-left-color: var(--likely); }
.cluster-card header { display: flex; flex-wrap: wrap; gap: 10px; align-items: baseline; }
.cluster-card h3 { margin: 0; font-size: 16px; }
.members-wrap { overflow-x: auto; margin-top: 8px; }
table.members { width: 100%; table-layout: fixed; }
table.members th, table.members td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
table.members thead th:first-child, table.members tbody th { width: 170px; color: var(--muted); font-weight: normal; }
table.members th.survivor, table.members td.survivor { background: var(--survivor); }
table.members tr.differs td { background: var(--diff); } table.members tr.differs td.survivor { background: #f1e9b8; }
table.members tr.differs th::before { content: "\2260 "; color: var(--warning); }
table.members tr.written-differently th::before { content: "\2248 "; color: var(--muted); }
.same-note { display: block; font-size: 11.5px; color: var(--muted); }
.cluster-card.targeted { box-shadow: 0 0 0 3px var(--info); }
/* A linked card scrolls to just below the sticky tabs, not under them. */
.cluster-card { scroll-margin-top: 56px; }
a.cluster-link { color: inherit; text-decoration: none; } a.cluster-link:hover { text-decoration: underline; }
.cid { color: var(--muted); }
.card-details { display: flex; flex-wrap: wrap; gap: 24px; }
.conflicts .neq { color: var(--neg); font-weight: 600; }
.pair { border-top: 1px dashed var(--line); padding-top: 6px; margin-top: 6px; }
.pair-title { margin: 2px 0; }
.waterfall { display: grid; grid-template-columns: minmax(180px, 320px) minmax(160px, 320px) 56px; column-gap: 8px; max-width: 720px; margin: 4px 0 8px; font-size: 12px; }
.wf-row { display: contents; }
.wf-label { text-align: right; overflow-wrap: anywhere; padding: 1px 0; }
.wf-track { position: relative; min-height: 14px; }
.wf-bar { position: absolute; top: 3px; bottom: 3px; } .wf-zero { position: absolute; top: 0; bottom: 0; border-left: 1px solid #999; }
.wf-val { font-variant-numeric: tabular-nums; }
.wf-row-total .wf-label, .wf-row-total .wf-val { font-weight: 600; }
.wf-prior { background: #9e9e9e; } .wf-pos { background: var(--pos); } .wf-neg { background: var(--neg); } .wf-total { background: #37474f; }
line.zero { stroke: #999; stroke-width: 1; }
.evidence .pos { color: var(--pos); } .evidence .neg { color: var(--neg); }
.review { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 8px; padding: 6px 0 8px; border-bottom: 1px solid var(--line); }
.review button[aria-pressed="true"] { color: #fff; }
.decide-same[aria-pressed="true"] { background: var(--pos); } .decide-distinct[aria-pressed="true"] { background: var(--neg); }
.decide-skip[aria-pressed="true"] { background: var(--possible); }
.review .note { flex: 1; min-width: 160px; } .review-status { color: var(--muted); }
tr.failed td { color: var(--neg); font-weight: 600; } tr.advisory td { color: var(--warning); }
@media print {
  body { background: #fff; font-size: 11px; }
  nav#tabs, .controls, .pager, .review, #export, noscript { display: none !important; }
  section[hidden] { display: block !important; }
  section { break-before: page; } section#overview { break-before: auto; }
  .grid { display: block; } figure { break-inside: avoid; margin-bottom: 10px; border: 0; }
  .cluster-card, figure, table.data { border-color: #999; }
  .badge { color: #000; border: 1px solid #000; background: none !important; }
}
"""#
}
