/**
 * The report's tables, formatted but not laid out: each renderer (text, Markdown, HTML) draws the same tables its
 * own way, so a figure reads the same in every format.
 */
import type {
  Assumption,
  ComparisonYear,
  HeadlineFigure,
  Milestone,
  RegionYear,
  ReportDocument,
  ScenarioComparison,
  ScenarioReport,
} from './document.js';
import { HEADLINE_FIGURES } from './document.js';
import { describeActuals, FIGURE_STYLES } from './figures.js';
import { formatMoney, formatMonth, formatPercent } from './format.js';

export interface Column {
  header: string;
  align: 'left' | 'right';
}

export interface Table {
  title: string;
  columns: Column[];
  rows: string[][];
  /** Optional line under the table. */
  note?: string;
}

const left = (header: string): Column => ({ header, align: 'left' });
const right = (header: string): Column => ({ header, align: 'right' });

export function headlineTable(s: ScenarioReport): Table {
  return {
    title: 'Headline by year',
    columns: [
      left('Year'),
      right('Exports'),
      right('Imports'),
      right('Surplus'),
      right('% of GDP'),
      right('Net exports, pp'),
      right('Export growth'),
      right('Import growth'),
      left('Months'),
    ],
    rows: s.annual.map((y) => [
      String(y.year),
      FIGURE_STYLES.exports.value(y.exports),
      FIGURE_STYLES.imports.value(y.imports),
      FIGURE_STYLES.surplus.value(y.surplus),
      FIGURE_STYLES.surplusPctGdp.value(y.surplusPctGdp),
      FIGURE_STYLES.contributionPp.value(y.contributionPp),
      FIGURE_STYLES.exportGrowth.value(y.exportGrowth),
      FIGURE_STYLES.importGrowth.value(y.importGrowth),
      describeActuals(y.actualMonths),
    ]),
  };
}

export const REGION_METRICS = {
  exports: { title: 'Exports by region', format: (v: number | null) => formatMoney(v) },
  imports: { title: 'Imports by region', format: (v: number | null) => formatMoney(v) },
  balance: { title: 'Trade balance by region', format: (v: number | null) => formatMoney(v) },
  exportGrowth: { title: 'Export growth by region, y/y', format: (v: number | null) => formatPercent(v) },
  exportShare: {
    title: 'Share of exports by region',
    format: (v: number | null) => formatPercent(v, { signed: false }),
  },
} as const;
export type RegionMetric = keyof typeof REGION_METRICS;

/** One region metric, regions as rows and years as columns. */
export function regionTable(s: ScenarioReport, metric: RegionMetric, years?: number[]): Table {
  const shown = years ?? s.annual.map((y) => y.year);
  const { title, format } = REGION_METRICS[metric];
  return {
    title,
    columns: [left('Region'), ...shown.map((y) => right(String(y)))],
    rows: s.regions.map((r) => [
      r.name,
      ...shown.map((year) => {
        const row: RegionYear | undefined = r.annual.find((a) => a.year === year);
        return format(row ? row[metric] : null);
      }),
    ]),
  };
}

export function monthlyTable(s: ScenarioReport): Table {
  return {
    title: 'Monthly',
    columns: [left('Month'), right('Exports'), right('Imports'), right('Surplus'), right('Year to date'), left('')],
    rows: s.monthly.map((m) => [
      formatMonth(m.month),
      formatMoney(m.exports),
      formatMoney(m.imports),
      formatMoney(m.surplus),
      formatMoney(m.surplusYtd),
      m.actual ? 'actual' : 'projected',
    ]),
  };
}

export function milestoneLine(m: Milestone): string {
  const when = `${formatMonth(m.month)} (${m.actual ? 'actual' : 'projected'})`;
  if (m.kind === 'ytd-threshold') {
    return `${m.year}: the year-to-date surplus passes ${formatMoney(m.threshold ?? null)} in ${when}, at ${formatMoney(m.value)}`;
  }
  return `Record monthly surplus: ${formatMoney(m.value)} in ${when}`;
}

/** Years of a comparison in which any headline figure differs from baseline. */
export function changedYears(years: ComparisonYear[]): ComparisonYear[] {
  return years.filter((y) =>
    HEADLINE_FIGURES.some((k) => {
      const d = y.figures[k].difference;
      return d === null ? y.figures[k].baseline !== y.figures[k].scenario : Math.abs(d) > 1e-9;
    }),
  );
}

export function comparisonTable(scenario: string, y: ComparisonYear): Table {
  return {
    title: `${y.year}: ${scenario} against baseline`,
    columns: [left('Figure'), right('Baseline'), right(scenario), right('Difference')],
    rows: HEADLINE_FIGURES.map((k) => {
      const style = FIGURE_STYLES[k];
      const f = y.figures[k];
      return [style.label, style.value(f.baseline), style.value(f.scenario), style.difference(f.difference)];
    }),
  };
}

/** One row per year that differs: the surplus of both, and the difference of every headline figure. */
export function differenceTable(c: ScenarioComparison, baselineName = 'baseline'): Table {
  const years = changedYears(c.annual);
  const diff = (k: HeadlineFigure, y: ComparisonYear): string => FIGURE_STYLES[k].difference(y.figures[k].difference);
  return {
    title: `${c.scenario} against ${baselineName}: differences`,
    columns: [
      left('Year'),
      right(`Surplus, ${baselineName}`),
      right(`Surplus, ${c.scenario}`),
      right('Δ Surplus'),
      right('Δ Exports'),
      right('Δ Imports'),
      right('Δ % of GDP'),
      right('Δ Net exports'),
      right('Δ Export growth'),
      right('Δ Import growth'),
    ],
    note: `Δ: ${c.scenario} minus ${baselineName}; differences of percentages in percentage points.`,
    rows: years.map((y) => [
      String(y.year),
      FIGURE_STYLES.surplus.value(y.figures.surplus.baseline),
      FIGURE_STYLES.surplus.value(y.figures.surplus.scenario),
      diff('surplus', y),
      diff('exports', y),
      diff('imports', y),
      diff('surplusPctGdp', y),
      diff('contributionPp', y),
      diff('exportGrowth', y),
      diff('importGrowth', y),
    ]),
  };
}

/**
 * The regions behind the change in surplus, every year at once: a row per region that changes in any year, a
 * column per year, `change (share of the change in surplus)` in each cell.
 */
export function driversByYearTable(c: ScenarioComparison): Table {
  const years = changedYears(c.annual).filter((y) => y.drivers.length > 0);
  const regions: { id: string; name: string }[] = [];
  for (const y of years) for (const d of y.drivers) if (!regions.some((r) => r.id === d.id)) regions.push(d);
  return {
    title: `${c.scenario}: which regions drive the change in surplus`,
    columns: [left('Region'), ...years.map((y) => right(String(y.year)))],
    rows: regions.map((r) => [
      r.name,
      ...years.map((y) => {
        const d = y.drivers.find((x) => x.id === r.id);
        if (!d) return '';
        return `${formatMoney(d.balanceChange, { signed: true })} (${formatPercent(d.shareOfChange, { signed: false })})`;
      }),
    ]),
    note: 'Each cell: the change in the region\'s balance against baseline (its share of the change in the surplus).',
  };
}

/** The regions behind a change in surplus; `limit` rows, the rest summed in one line. */
export function driversTable(y: ComparisonYear, limit = 6): Table {
  const shown = y.drivers.slice(0, limit);
  const rest = y.drivers.slice(limit);
  const rows = shown.map((d) => [
    d.name,
    formatMoney(d.balanceChange, { signed: true }),
    formatPercent(d.shareOfChange, { signed: false }),
  ]);
  if (rest.length > 0) {
    const change = rest.reduce((sum, d) => sum + d.balanceChange, 0);
    const share = rest.every((d) => d.shareOfChange !== null)
      ? rest.reduce((sum, d) => sum + (d.shareOfChange ?? 0), 0)
      : null;
    rows.push([`${rest.length} other regions`, formatMoney(change, { signed: true }), formatPercent(share, { signed: false })]);
  }
  return {
    title: `${y.year}: which regions drive the change in surplus`,
    columns: [left('Region'), right('Balance change'), right('Share of change')],
    rows,
  };
}

/** An assumption in one sentence, for the terminal: `export_growth · EU: 14.8 -> 0 % (2026-01 to 2030-12); set by x: why`. */
export function assumptionLine(a: Assumption): string {
  const name = a.memberName ? `${a.variable} · ${a.memberName}` : a.variable;
  const unit = a.unit && a.change === 'values' ? ` ${a.unit}` : '';
  const value = a.from === null ? `${a.to ?? 'none'}${unit}` : `${a.from} -> ${a.to ?? 'none'}${unit}`;
  const months = a.months && a.setBy !== 'model' ? ` (${monthRange(a.months)})` : '';
  const what = a.change === 'values' || a.change === 'asOf' ? value : `${a.change}: ${value}`;
  const by = a.setBy === 'model' ? (a.source ? `; ${a.source}` : '') : `; set by ${a.setBy}${a.why ? `: ${a.why}` : ''}`;
  return `${name}: ${what}${months}${by}`;
}

function monthRange(m: { first: string; last: string }): string {
  return m.first === m.last ? m.first : `${m.first} to ${m.last}`;
}

function assumptionRows(list: Assumption[]): string[][] {
  return list.map((a) => [
    a.memberName ? `${a.variable} · ${a.memberName}` : a.variable,
    a.from ?? '',
    [a.to ?? '', a.unit && a.change === 'values' ? a.unit : ''].filter(Boolean).join(' '),
    a.months ? monthRange(a.months) : '',
    a.setBy === 'model' ? a.source ?? '' : [a.setBy, a.why].filter(Boolean).join(': '),
  ]);
}

export function assumptionsTable(list: Assumption[], title = 'Assumptions that differ from the model'): Table {
  return {
    title,
    columns: [left('Input'), right('Model'), right('Here'), left('Months'), left('Set by')],
    rows: assumptionRows(list),
  };
}

export function modelAssumptionsTable(doc: ReportDocument): Table {
  return {
    title: "The model's projection assumptions",
    columns: [left('Input'), right('Value'), left('Source')],
    rows: doc.modelAssumptions.map((a) => [
      a.memberName ? `${a.variable} · ${a.memberName}` : a.variable,
      [a.to ?? '', a.unit ?? ''].filter(Boolean).join(' '),
      a.source ?? '',
    ]),
  };
}
