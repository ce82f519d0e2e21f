/** The HTML report's stylesheet, inlined in the page so the file stands alone. Prints on A4 without the charts clipping. */
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #111827; --muted: #6b7280; --rule: #e5e7eb; --neg: #b91c1c; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 980px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
.lede { color: var(--muted); margin-top: 0; }
.chart { margin: 16px 0; }
.chart svg { max-width: 100%; height: auto; }
figcaption, .note, .none { color: var(--muted); font-size: 12px; }
table { border-collapse: collapse; margin: 4px 0 12px; font-variant-numeric: tabular-nums; }
th, td { padding: 3px 10px; border-bottom: 1px solid var(--rule); text-align: left; white-space: nowrap; }
th { font-weight: 600; color: var(--muted); }
.table { overflow-x: auto; }
.num { text-align: right; }
.neg { color: var(--neg); }
details summary { cursor: pointer; color: var(--muted); margin: 8px 0; }
code { font-size: 13px; }
@media print { .chart { break-inside: avoid; } }
`;
