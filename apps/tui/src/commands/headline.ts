/**
 * The headline table `tradesheet run` prints: for each headline figure, a row per scenario and one per difference
 * against baseline, a column per year. The same rows in text (colour only when asked), Markdown, JSON and CSV.
 */
import { FIGURE_STYLES, HEADLINE_FIGURES, type HeadlineFigure, type ReportDocument } from '@tradesheet/report';
import { stringifyCsv } from './csv.js';
import { styler, type Styler } from './io.js';

interface HeadlineRow {
  figure: HeadlineFigure;
  scenario: string;
  /** `value`: the scenario's figure; `difference`: scenario minus baseline. */
  kind: 'value' | 'difference';
  values: (number | null)[];
}

function headlineRows(doc: ReportDocument, years: number[]): HeadlineRow[] {
  const rows: HeadlineRow[] = [];
  for (const figure of HEADLINE_FIGURES) {
    for (const scenario of doc.scenarios) {
      const byYear = new Map(scenario.annual.map((y) => [y.year, y[figure]]));
      rows.push({ figure, scenario: scenario.name, kind: 'value', values: years.map((y) => byYear.get(y) ?? null) });
      const comparison = doc.comparison.find((c) => c.scenario === scenario.name);
      if (scenario.isBaseline || comparison === undefined) continue;
      const diff = new Map(comparison.annual.map((y) => [y.year, y.figures[figure].difference]));
      rows.push({ figure, scenario: scenario.name, kind: 'difference', values: years.map((y) => diff.get(y) ?? null) });
    }
  }
  return rows;
}

function years(doc: ReportDocument): number[] {
  return Array.from({ length: doc.period.to - doc.period.from + 1 }, (_, i) => doc.period.from + i);
}

export function renderHeadline(doc: ReportDocument, format: 'text' | 'md' | 'json' | 'csv', colour = false): string {
  const columns = years(doc);
  const rows = headlineRows(doc, columns);
  if (format === 'json') return `${JSON.stringify(headlineJson(doc, columns, rows), null, 2)}\n`;
  if (format === 'csv') {
    const body = rows.map((r) => columns.map((year, i) => [r.scenario, r.figure, r.kind, String(year), plain(r.values[i] ?? null)]));
    return stringifyCsv([['scenario', 'figure', 'kind', 'year', 'value'], ...body.flat()]);
  }
  const cells = rows.map((r) => {
    const style = FIGURE_STYLES[r.figure];
    const label = r.kind === 'value' ? r.scenario : `${r.scenario} vs baseline`;
    return { row: r, label, values: r.values.map((v) => (r.kind === 'value' ? style.value(v) : style.difference(v))) };
  });
  if (format === 'md') {
    const lines = [`| Figure | Scenario | ${columns.join(' | ')} |`, `| --- | --- |${columns.map(() => ' ---: |').join('')}`];
    for (const c of cells) lines.push(`| ${FIGURE_STYLES[c.row.figure].label} | ${c.label} | ${c.values.join(' | ')} |`);
    return `${title(doc)}\n\n${lines.join('\n')}\n`;
  }
  const paint = styler(colour);
  const labelWidth = Math.max(...cells.map((c) => c.label.length + 2), 12);
  const widths = columns.map((year, i) => Math.max(String(year).length, ...cells.map((c) => c.values[i]?.length ?? 0)));
  const pad = (texts: string[]) => texts.map((t, i) => t.padStart((widths[i] ?? 0) + 2)).join('');
  const lines = [title(doc), '', paint.bold(`${''.padEnd(labelWidth)}${pad(columns.map(String))}`)];
  let figure: HeadlineFigure | undefined;
  for (const c of cells) {
    if (c.row.figure !== figure) {
      figure = c.row.figure;
      lines.push(paint.bold(FIGURE_STYLES[figure].label));
    }
    const padded = pad(c.values);
    const shown = c.row.kind === 'value' ? padded : colourBySign(padded, c.row.values, paint);
    lines.push(`  ${c.label.padEnd(labelWidth - 2)}${shown}`);
  }
  return `${lines.join('\n')}\n`;
}

function colourBySign(text: string, values: (number | null)[], paint: Styler): string {
  const total = values.reduce<number>((sum, v) => sum + Math.abs(v ?? 0), 0);
  if (total < 1e-9) return paint.dim(text);
  return values.some((v) => (v ?? 0) < -1e-9) ? paint.red(text) : paint.green(text);
}

function title(doc: ReportDocument): string {
  const name = doc.model.title ?? doc.model.name;
  const actuals = doc.asOf ?? 'the end of the inputs';
  return `${name}: headline by year, ${doc.period.from}-${doc.period.to}; actuals to ${actuals}, later months projected`;
}

/** Rounded to 4 decimals, as the report's JSON and CSV are, so floating-point noise does not show. */
function plain(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(Math.round(value * 1e4) / 1e4 + 0);
}

function headlineJson(doc: ReportDocument, columns: number[], rows: HeadlineRow[]) {
  return {
    schema: 1,
    kind: 'headline',
    model: doc.model.name,
    asOf: doc.asOf,
    units: doc.units,
    years: columns,
    rows: rows.map((r) => ({
      figure: r.figure,
      scenario: r.scenario,
      kind: r.kind,
      values: r.values.map((v) => (v === null || !Number.isFinite(v) ? null : Math.round(v * 1e4) / 1e4 + 0)),
    })),
  };
}
