/**
 * The report for the terminal: aligned tables, a line chart of the monthly surplus (baseline and every scenario)
 * and bars of exports by region. Colour (plain ANSI codes) only when the caller asks for it: the command asks when
 * stdout is a terminal, so piped output stays clean.
 */
import type { Assumption, ReportDocument, ScenarioComparison, ScenarioReport } from './document.js';
import { focusYear } from './figures.js';
import { formatMonth } from './format.js';
import type { Table } from './tables.js';
import {
  assumptionLine,
  changedYears,
  differenceTable,
  driversTable,
  headlineTable,
  milestoneLine,
  regionTable,
} from './tables.js';
import type { Colour, Paint } from './text/ansi.js';
import { painter, stripAnsi } from './text/ansi.js';
import type { ChartSeries } from './text/text-chart.js';
import { barChart, lineChart } from './text/text-chart.js';
import { textTable } from './text/text-table.js';
import { wrap } from './text/wrap.js';

export interface TextOptions {
  /** Colour with ANSI codes; false (the default) for plain text. */
  color?: boolean;
  /** Columns available; 100 unless told. */
  width?: number;
  /** The year of the exports-by-region bars; the first projected year unless told. */
  year?: number;
}

/** Scenario markers in the surplus chart: distinct without colour for nine scenarios, colours cycle. */
const MARKERS = ['+', 'x', 'o', '#', '*', '%', '@', '&', '='];
const COLOURS: Colour[] = ['yellow', 'magenta', 'green', 'blue', 'red'];
const scenarioStyle = (i: number): { marker: string; colour: Colour } => ({
  marker: MARKERS[i % MARKERS.length]!,
  colour: COLOURS[i % COLOURS.length]!,
});

/** The headline table without the columns a terminal has least room for. */
function compactHeadline(s: ScenarioReport): Table {
  const t = headlineTable(s);
  const short = ['Year', 'Exports', 'Imports', 'Surplus', '% GDP', 'NX, pp', 'Exp. y/y', 'Imp. y/y', 'Actual'];
  return {
    ...t,
    columns: t.columns.map((c, i) => ({ ...c, header: short[i] ?? c.header })),
    rows: t.rows.map((r, i) => [...r.slice(0, 8), `${s.annual[i]?.actualMonths ?? 0}/12`]),
    note: 'NX, pp: net exports\' contribution to GDP growth. Actual: months of actuals.',
  };
}

function surplusChart(doc: ReportDocument, width: number, paint: Paint): string[] {
  const [baseline, ...scenarios] = doc.scenarios;
  if (!baseline) return [];
  const months = baseline.monthly.map((m) => m.month);
  const firstProjected = baseline.monthly.findIndex((m) => !m.actual);
  const series: ChartSeries[] = scenarios.map((s, i) => {
    const style = scenarioStyle(i);
    return {
      label: s.name,
      values: s.monthly.map((m) => m.surplus),
      marker: { actual: style.marker, projected: style.marker },
      colour: style.colour,
    };
  });
  series.push({
    label: baseline.name,
    values: baseline.monthly.map((m) => m.surplus),
    marker: { actual: '●', projected: '·' },
    colour: 'cyan',
  });
  const legend = [`${paint('●', 'cyan')} ${baseline.name}, actual`, `${paint('·', 'cyan')} ${baseline.name}, projected`];
  scenarios.forEach((s, i) => {
    const style = scenarioStyle(i);
    legend.push(`${paint(style.marker, style.colour)} ${s.name}`);
  });
  return [
    paint(`Monthly surplus, ${doc.units.money}`, 'bold'),
    ...lineChart(series, {
      months,
      actualMonths: firstProjected < 0 ? months.length : firstProjected,
      width,
      height: 12,
      paint,
    }),
    ...legendLines(legend, width),
    '',
  ];
}

/** Legend entries side by side, a new line where the next entry would not fit: an entry never breaks. */
function legendLines(entries: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const entry of entries) {
    if (stripAnsi(entry).length > width) {
      if (line) lines.push(line);
      lines.push(...wrap(entry, width));
      line = '';
      continue;
    }
    const next = line ? `${line}   ${entry}` : entry;
    if (line && stripAnsi(next).length > width) {
      lines.push(line);
      line = entry;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Assumptions as wrapped sentences: their sources and reasons are prose, too long for table cells. */
function assumptionList(title: string, list: Assumption[], width: number, paint: Paint): string[] {
  if (list.length === 0) return [];
  return [paint(title, 'bold'), ...list.flatMap((a) => wrap(assumptionLine(a), width - 2, '  ').map((l, i) => (i === 0 ? l : `  ${l}`))), ''];
}

function compactDifferences(c: ScenarioComparison, baselineName = 'baseline'): Table {
  const t = differenceTable(c, baselineName);
  const short = ['Year', baselineName, c.scenario, 'Δ Surplus', 'Δ Exports', 'Δ Imports', 'Δ % GDP', 'Δ NX, pp', 'Δ Exp. y/y', 'Δ Imp. y/y'];
  return {
    ...t,
    title: `${c.scenario} against ${baselineName}: surplus of both, and the differences`,
    columns: t.columns.map((col, i) => ({ ...col, header: short[i] ?? col.header })),
  };
}

function exportBars(s: ScenarioReport, year: number, width: number, paint: Paint): string[] {
  const bars = s.regions.map((r) => ({ label: r.name, value: r.annual.find((a) => a.year === year)?.exports ?? null }));
  return [...wrap(`Exports by region, ${year} (${s.name})`, width).map((l) => paint(l, 'bold')), ...barChart(bars, width, paint), ''];
}

export function renderText(doc: ReportDocument, options: TextOptions = {}): string {
  const width = Math.max(40, options.width ?? 100);
  const paint = painter(options.color ?? false);
  const year = focusYear(doc, options.year);
  const title = doc.model.title ?? doc.model.name;
  const asOf = doc.asOf ? formatMonth(doc.asOf) : 'the end of the inputs';
  const lines: string[] = [
    ...wrap(`Projection report: ${title}`, width).map((l) => paint(l, 'bold')),
    ...wrap(`Years ${doc.period.from}-${doc.period.to}; actuals to ${asOf}, projections after. Money in ${doc.units.money}.`, width),
    ...wrap(`Net exports' contribution to GDP growth: ${doc.gdpContributionDefinition}.`, width).map((l) => paint(l, 'dim')),
    '',
  ];
  const [baseline, ...scenarios] = doc.scenarios;
  if (baseline) {
    lines.push(...wrap(`== Baseline: ${baseline.name} ==`, width).map((l) => paint(l, 'bold')), '');
    lines.push(...textTable(compactHeadline(baseline), width, paint));
    lines.push(paint('Milestones', 'bold'), ...baseline.milestones.flatMap((m) => wrap(milestoneLine(m), width, '  ')), '');
    lines.push(...surplusChart(doc, width, paint));
    lines.push(...exportBars(baseline, year, width, paint));
    const years = [...new Set([year - 1, year, doc.period.to])].filter((y) => y >= doc.period.from && y <= doc.period.to);
    lines.push(...textTable(regionTable(baseline, 'balance', years), width, paint));
    lines.push(...textTable(regionTable(baseline, 'exportGrowth', years), width, paint));
    if (baseline.assumptions.length > 0) {
      lines.push(...assumptionList('Assumptions that differ from the model', baseline.assumptions, width, paint));
    }
    lines.push(...assumptionList("The model's projection assumptions", doc.modelAssumptions, width, paint));
  }
  for (const s of scenarios) {
    lines.push(...wrap(`== Scenario: ${s.name} ==`, width).map((l) => paint(l, 'bold')));
    if (s.description) lines.push(...wrap(s.description, width));
    lines.push('');
    lines.push(...textTable(compactHeadline(s), width, paint));
    lines.push(...assumptionList('Assumptions that differ from the model', s.assumptions, width, paint));
    const comparison = doc.comparison.find((c) => c.scenario === s.name);
    const changed = comparison ? changedYears(comparison.annual) : [];
    if (!comparison || changed.length === 0) {
      lines.push(paint('No headline figure differs from baseline.', 'dim'), '');
      continue;
    }
    lines.push(...textTable(compactDifferences(comparison, baseline?.name), width, paint));
    const shown = [...new Set([changed.find((y) => y.year >= year) ?? changed[0]!, changed[changed.length - 1]!])];
    for (const y of shown) if (y.drivers.length > 0) lines.push(...textTable(driversTable(y), width, paint));
  }
  return lines.join('\n').trimEnd() + '\n';
}
