#include "output/html_parts.h"

namespace tuanthu::html {

// Printable on A4, readable in grayscale: severity is told by a word and a shape, never by
// colour alone (violation solid dark, warning hatched, pass solid mid-tone).
const char* const kStyle = R"css(
@page { size: A4; margin: 13mm 12mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 210mm; padding: 11mm 10mm 12mm; background: #fff;
  color: #1d2939; font: 9.5pt/1.45 "Segoe UI", Arial, "Liberation Sans", "DejaVu Sans",
  "Noto Sans", sans-serif; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; break-after: avoid; page-break-after: avoid; }
a { color: inherit; text-decoration: none; }
.report-head { border-bottom: 3px solid #1f4e79; padding-bottom: 8px; margin-bottom: 12px; }
.kicker { font-size: 8pt; letter-spacing: .12em; text-transform: uppercase; color: #1f4e79;
  font-weight: 700; }
.report-head h1 { font-size: 15.5pt; margin: 3px 0 4px; color: #101828; }
.report-head .sub { color: #475467; font-size: 9pt; }
.report-head .sub strong { color: #101828; }
section.locality { break-before: page; page-break-before: always; margin-top: 26px; }
.report-head + section.locality { break-before: auto; page-break-before: auto; }
.loc-head { display: flex; align-items: baseline; flex-wrap: wrap; gap: 4px 10px;
  border-left: 5px solid #1f4e79; padding: 1px 0 1px 10px; margin: 4px 0 4px; }
.loc-head h2 { font-size: 14pt; color: #101828; }
.code { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 8pt;
  background: #eef4fb; color: #1f4e79; border: 1px solid #c7d7ea; border-radius: 3px;
  padding: 0 5px; white-space: nowrap; }
.facts { color: #475467; font-size: 8.5pt; margin: 0 0 8px 15px; }
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 6px; margin: 8px 0 4px; }
.tile { border: 1px solid #d0d5dd; border-top-width: 4px; border-radius: 4px; padding: 4px 8px 5px;
  break-inside: avoid; }
.tile .n { font-size: 15pt; font-weight: 700; line-height: 1.15; }
.tile .n small { font-size: 9pt; font-weight: 600; color: #475467; }
.tile .l { font-size: 7pt; color: #475467; text-transform: uppercase; letter-spacing: .04em; }
.tile .d { font-size: 7pt; color: #475467; }
.tile.violation { border-top-color: #b42318; } .tile.violation .n { color: #b42318; }
.tile.warning { border-top-color: #f79009; } .tile.warning .n { color: #b54708; }
.tile.info { border-top-color: #98a2b3; }
.tile.measures, .tile.deadlines { border-top-color: #1f4e79; }
h3 { font-size: 11pt; color: #1f4e79; margin: 16px 0 6px; padding-bottom: 3px;
  border-bottom: 1px solid #d0d5dd; }
h4 { font-size: 9pt; margin: 10px 0 3px; color: #344054; }
.empty { color: #667085; font-style: italic; margin: 4px 0; }
.chip { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 7.5pt;
  font-weight: 700; border: 1px solid; white-space: nowrap; line-height: 1.5; }
.chip.violation, .chip.late, .chip.missing { color: #fff; background: #b42318;
  border-color: #b42318; }
.chip.warning, .chip.due-soon { color: #7a2e0e; background: #fef0c7; border-color: #f79009; }
.chip.pass, .chip.met { color: #05603a; background: #ecfdf3; border-color: #47cd89; }
.chip.info, .chip.not-applicable { color: #344054; background: #f2f4f7; border-color: #98a2b3; }
.chip.pending { color: #1f4e79; background: #eef4fb; border-color: #84adda; }
.kpi-group { margin: 2px 0 6px; }
.kpi { display: grid; grid-template-columns: 1fr auto; column-gap: 10px; padding: 4px 0 3px;
  border-bottom: 1px solid #eaecf0; break-inside: avoid; page-break-inside: avoid; }
.kpi-name { font-weight: 600; }
.kpi-meta { color: #667085; font-size: 7.5pt; }
.kpi-figures { text-align: right; white-space: nowrap; }
.kpi-obs { font-size: 11pt; font-weight: 700; color: #101828; }
.kpi-count { color: #475467; font-size: 8pt; }
.kpi-target { color: #475467; font-size: 8pt; }
.kpi svg.bar { grid-column: 1 / -1; width: 100%; height: auto; display: block; margin-top: 1px; }
svg .track { fill: #eaecf0; }
svg .fill.pass { fill: #17b26a; }
svg .fill.warning { fill: url(#tt-hatch); stroke: #b54708; stroke-width: 1; }
svg .fill.violation { fill: #b42318; }
svg .fill.info { fill: #98a2b3; }
svg .target { stroke: #101828; stroke-width: 2.5; }
svg .baseline { stroke: #475467; stroke-width: 1.5; stroke-dasharray: 3 2; }
svg .grid { stroke: #ffffff; stroke-width: 1; }
svg text { font-family: inherit; font-size: 9px; fill: #344054; }
svg text.strong { font-weight: 700; fill: #101828; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
th, td { text-align: left; vertical-align: top; padding: 3px 5px; border-bottom: 1px solid #eaecf0; }
thead { display: table-header-group; }
thead th { background: #f2f4f7; color: #344054; font-size: 7pt; text-transform: uppercase;
  letter-spacing: .03em; border-bottom: 1px solid #d0d5dd; vertical-align: bottom; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.fixed { table-layout: fixed; }
td.msg { overflow-wrap: anywhere; }
.rule { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 7pt;
  color: #475467; overflow-wrap: anywhere; }
.clause { color: #475467; font-size: 7.5pt; }
.evidence { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace;
  font-size: 6.8pt; color: #475467; overflow-wrap: anywhere; }
.note { display: block; color: #667085; font-size: 7.5pt; }
.sev-group { margin-bottom: 8px; }
tr.violation td:first-child { box-shadow: inset 3px 0 #b42318; }
tr.warning td:first-child { box-shadow: inset 3px 0 #f79009; }
tr.info td:first-child { box-shadow: inset 3px 0 #98a2b3; }
table.timeline svg { width: 100%; height: auto; display: block; }
table.timeline td { vertical-align: middle; }
table.timeline .chip { white-space: normal; }
tr.group th { background: #f9fafb; color: #1f4e79; font-size: 8pt; padding-top: 5px; }
tr.group th .rule { margin-left: 6px; }
svg .axis { stroke: #98a2b3; stroke-width: 1; }
svg .month { stroke: #eaecf0; stroke-width: 1; }
svg .asof { stroke: #1f4e79; stroke-width: 1.2; stroke-dasharray: 2 1.5; }
svg .span.late, svg .span.missing { stroke: #b42318; stroke-width: 2.5; }
svg .span.due-soon { stroke: #f79009; stroke-width: 2.5; stroke-dasharray: 3 1.5; }
svg .span.pending { stroke: #84adda; stroke-width: 1.5; stroke-dasharray: 2 2; }
svg .due { fill: #fff; stroke: #101828; stroke-width: 1.2; }
svg .done.met { fill: #17b26a; stroke: #05603a; }
svg .done.late { fill: #b42318; stroke: #7a271a; }
svg .mark.missing { stroke: #b42318; stroke-width: 2; }
svg .mark.due-soon { fill: #fdb022; stroke: #b54708; }
svg .mark.not-applicable { fill: #fff; stroke: #98a2b3; }
svg .week.met { fill: #17b26a; } svg .week.late { fill: #b42318; }
svg .week.missing { fill: #b42318; } svg .week.due-soon { fill: #f79009; }
svg .week.not-applicable { fill: #98a2b3; }
svg .months text { font-size: 8px; fill: #475467; text-anchor: middle; }
.legend { font-size: 7.5pt; color: #475467; margin: 2px 0 5px; }
.legend svg { vertical-align: -2px; margin: 0 2px 0 8px; }
ol.checklist { list-style: none; padding: 0; margin: 0; }
ol.checklist li { display: grid; grid-template-columns: 14px 1fr auto; gap: 8px; padding: 4px 0;
  border-bottom: 1px solid #eaecf0; break-inside: avoid; page-break-inside: avoid; }
.box { width: 11px; height: 11px; border: 1.5px solid #344054; border-radius: 2px; margin-top: 3px; }
ol.checklist .clause { white-space: nowrap; }
table.overview td, table.overview th { vertical-align: middle; }
table.matrix td:first-child, section.provinces td:first-child,
section.communes td:first-child { white-space: nowrap; }
table.overview tfoot td { font-weight: 700; border-top: 1.5px solid #98a2b3; }
td.hot { color: #b42318; font-weight: 700; }
td.warm { color: #b54708; font-weight: 700; }
.errors li { color: #b42318; }
.report-foot { margin-top: 18px; padding-top: 6px; border-top: 1px solid #d0d5dd; color: #667085;
  font-size: 7.5pt; }
@media print {
  body { padding: 0; max-width: none; }
  section.locality { margin-top: 0; }
}
)css";

const char* const kSiteStyle = R"css(
nav.crumbs { font-size: 8.5pt; color: #475467; margin: 0 0 8px; }
nav.crumbs a { color: #1f4e79; text-decoration: underline; }
a.loc { color: #1f4e79; }
a.loc:hover, nav.crumbs a:hover { text-decoration: underline; }
.site section.locality { break-before: auto; page-break-before: auto; margin-top: 8px; }
.rollup-tiles { grid-template-columns: repeat(6, 1fr); }
.trend { font-size: 7.5pt; font-weight: 600; }
.trend.up { color: #b42318; } .trend.down { color: #05603a; } .trend.same { color: #667085; }
.orders { margin-top: 4px; }
.orders nav { font-size: 8pt; color: #475467; margin: 2px 0 4px; }
.orders nav a { color: #1f4e79; text-decoration: underline; margin-right: 8px; }
.orders > .order { display: none; }
.orders > .order:target { display: block; }
.orders:not(:has(> .order:target)) > .order.default { display: block; }
.kpi-rollup { break-inside: avoid; page-break-inside: avoid; border-bottom: 1px solid #eaecf0;
  padding: 6px 0 8px; }
.kpi-rollup h4 { margin-top: 2px; }
.kpi-rollup .share { font-size: 11pt; font-weight: 700; color: #101828; }
.dist { display: grid; grid-template-columns: 1fr 1.25fr; gap: 14px; align-items: start; }
svg.distribution { width: 100%; height: auto; display: block; }
svg .band.b0 { fill: #b42318; } svg .band.b1 { fill: #e04f16; } svg .band.b2 { fill: #f79009; }
svg .band.b3 { fill: url(#tt-hatch); stroke: #b54708; stroke-width: 1; }
svg .band.met { fill: #17b26a; } svg .band.none { fill: #d0d5dd; }
svg text.count { font-weight: 700; fill: #101828; }
table.ranking td, table.ranking th { padding: 2px 4px; }
table.ranking { font-size: 8pt; }
ol.kpi-legend { columns: 2; font-size: 7.5pt; color: #475467; margin: 6px 0 0; padding-left: 0;
  list-style: none; }
ol.kpi-legend a { font-weight: 700; color: #1f4e79; margin-right: 4px; }
table.matrix th a { color: #1f4e79; text-decoration: underline; }
.muted { color: #667085; }
table.kpi-trend td.better { color: #05603a; font-weight: 700; }
table.kpi-trend td.worse { color: #b42318; font-weight: 700; }
)css";

}  // namespace tuanthu::html
