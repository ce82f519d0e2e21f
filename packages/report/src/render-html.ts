/**
 * The report as one self-contained HTML file: inline CSS, charts rendered to SVG here and inlined, no script and no
 * network needed to view it. The tables are the same as in the other formats.
 */
import type { ReportDocument, ScenarioComparison, ScenarioReport } from './document.js';
import { focusYear } from './figures.js';
import { formatMonth } from './format.js';
import { annualSurplusSpec, regionExportsSpec, surplusSpec, toSvg } from './html/charts.js';
import { HTML_STYLE } from './html/style.js';
import type { Table } from './tables.js';
import {
  assumptionsTable,
  changedYears,
  comparisonTable,
  differenceTable,
  driversByYearTable,
  headlineTable,
  milestoneLine,
  modelAssumptionsTable,
  monthlyTable,
  regionTable,
} from './tables.js';

export interface HtmlOptions {
  /** The year of the exports-by-region chart; the first projected year unless told. */
  year?: number;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function cellClass(text: string, align: 'left' | 'right'): string {
  const classes = [align === 'right' ? 'num' : ''];
  if (/^-[$\d]/.test(text)) classes.push('neg');
  return classes.filter(Boolean).join(' ');
}

export function htmlTable(table: Table, heading = 'h3'): string {
  const head = `<${heading}>${escapeHtml(table.title)}</${heading}>`;
  if (table.rows.length === 0) return `${head}\n<p class="none">None.</p>`;
  const th = table.columns.map((c) => `<th class="${c.align === 'right' ? 'num' : ''}">${escapeHtml(c.header)}</th>`);
  const rows = table.rows.map((r) => {
    const cells = table.columns.map((c, i) => {
      const text = r[i] ?? '';
      return `<td class="${cellClass(text, c.align)}">${escapeHtml(text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const note = table.note ? `\n<p class="note">${escapeHtml(table.note)}</p>` : '';
  const grid = `<table>\n<thead><tr>${th.join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  return `${head}\n<div class="table">\n${grid}\n</div>${note}`;
}

/** Each chart's SVG gets its own id prefix: two inlined SVGs must not share clip-path ids. */
function scopeIds(svg: string, prefix: string): string {
  return svg
    .replace(/id="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
}

function figure(svg: string, id: string, caption: string): string {
  return `<figure class="chart" id="${id}">\n${scopeIds(svg, id)}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}

function scenarioSection(s: ScenarioReport): string {
  const parts = [`<section class="scenario">`, `<h2>${escapeHtml(s.isBaseline ? 'Baseline' : 'Scenario')}: ${escapeHtml(s.name)}</h2>`];
  if (s.description) parts.push(`<p>${escapeHtml(s.description)}</p>`);
  parts.push(htmlTable(headlineTable(s)));
  parts.push('<h3>Milestones</h3>', '<ul>', ...s.milestones.map((m) => `<li>${escapeHtml(milestoneLine(m))}</li>`), '</ul>');
  if (!s.isBaseline || s.assumptions.length > 0) parts.push(htmlTable(assumptionsTable(s.assumptions)));
  for (const metric of ['exports', 'balance', 'exportGrowth', 'exportShare', 'imports'] as const) {
    parts.push(htmlTable(regionTable(s, metric)));
  }
  parts.push(`<details><summary>Monthly figures</summary>\n${htmlTable(monthlyTable(s))}\n</details>`);
  parts.push('</section>');
  return parts.join('\n');
}

function comparisonSection(c: ScenarioComparison): string {
  const parts = [`<section class="comparison">`, `<h2>What ${escapeHtml(c.scenario)} changes against baseline</h2>`];
  const years = changedYears(c.annual);
  if (years.length === 0) parts.push('<p class="none">No headline figure differs from baseline.</p>');
  if (years.length > 0) {
    parts.push(htmlTable(differenceTable(c)));
    if (years.some((y) => y.drivers.length > 0)) parts.push(htmlTable(driversByYearTable(c)));
  }
  for (const y of years) parts.push(htmlTable(comparisonTable(c.scenario, y)));
  parts.push('</section>');
  return parts.join('\n');
}


export async function renderHtml(doc: ReportDocument, options: HtmlOptions = {}): Promise<string> {
  const title = `Projection report: ${doc.model.title ?? doc.model.name}`;
  const year = focusYear(doc, options.year);
  const [surplus, annual, regions] = await Promise.all([
    toSvg(surplusSpec(doc)),
    toSvg(annualSurplusSpec(doc)),
    toSvg(regionExportsSpec(doc, year)),
  ]);
  const asOf = doc.asOf ? formatMonth(doc.asOf) : 'the end of the inputs';
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="lede">Model <code>${escapeHtml(doc.model.name)}</code>, years ${doc.period.from} to ${doc.period.to}. ` +
      `Actuals to ${escapeHtml(asOf)}; later months are projections. Money in ${escapeHtml(doc.units.money)}. ` +
      `Net exports' contribution to GDP growth: ${escapeHtml(doc.gdpContributionDefinition)}.</p>`,
    figure(surplus, 'chart-surplus', 'Monthly surplus; the dashed rule marks the last month of actuals.'),
    figure(annual, 'chart-annual', 'Full-year surplus by scenario.'),
    figure(regions, 'chart-regions', `Exports by region in ${year}, by scenario.`),
    ...doc.comparison.map(comparisonSection),
    ...doc.scenarios.map(scenarioSection),
    doc.modelAssumptions.length > 0 ? htmlTable(modelAssumptionsTable(doc), 'h2') : '',
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body.filter(Boolean),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
