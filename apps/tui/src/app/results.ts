/**
 * The live results beside the assumptions and in a comparison: each projected year's headline figures, read at
 * December (annual variables hold the full-year figure in every month), and the regions that drive a difference.
 */
import type { Workbook } from '@tradesheet/core';
import type { CellValue } from './model-view.js';
import { regions } from './assumptions.js';

/** Headline figures, in display order, with the model variable each is read from. */
export const HEADLINES = [
  { id: 'surplus', variable: 'annual_surplus', title: 'Surplus', label: 'Surplus, $bn', decimals: 0 },
  { id: 'pctGdp', variable: 'surplus_pct_gdp', title: '% GDP', label: 'Surplus, % GDP', decimals: 2 },
  { id: 'contribution', variable: 'gdp_contribution_pp', title: 'GDP pp', label: 'GDP contrib., pp', decimals: 2 },
  { id: 'exports', variable: 'annual_exports', title: 'Exports', label: 'Exports, $bn', decimals: 0 },
  { id: 'imports', variable: 'annual_imports', title: 'Imports', label: 'Imports, $bn', decimals: 0 },
] as const;

export type Headline = (typeof HEADLINES)[number];

/** Years after the actuals (the as-of year counts when it ends before December). */
export function projectedYears(wb: Workbook): number[] {
  const { months, asOf } = wb.calendar;
  const first = asOf === undefined ? Number(months[0]!.slice(0, 4)) : Number(asOf.slice(0, 4)) + (asOf.endsWith('-12') ? 1 : 0);
  const last = Number(months[months.length - 1]!.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** Index of December of `year` on the calendar (or its last month in that year). */
export function yearEndIndex(wb: Workbook, year: number): number {
  const months = wb.calendar.months;
  const dec = months.indexOf(`${year}-12`);
  if (dec >= 0) return dec;
  for (let i = months.length - 1; i >= 0; i--) if (months[i]!.startsWith(`${year}-`)) return i;
  return -1;
}

export function headlineValue(wb: Workbook, headline: Headline, year: number): CellValue {
  const i = yearEndIndex(wb, year);
  const month = wb.calendar.months[i];
  if (month === undefined || !wb.variable(headline.variable)) return undefined;
  return wb.value(headline.variable, undefined, month);
}

/** `a - b` when both are numbers. */
export function difference(a: CellValue, b: CellValue): number | undefined {
  return typeof a === 'number' && typeof b === 'number' ? a - b : undefined;
}

export interface Driver {
  id: string;
  name: string;
  /** Change in the region's full-year balance, scenario minus base, $bn. */
  delta: number;
}

/** Regions by how much their full-year balance moved between two workbooks, largest first. */
export function regionDrivers(scenario: Workbook, base: Workbook, year: number, limit = 5): Driver[] {
  const month = scenario.calendar.months[yearEndIndex(scenario, year)];
  if (month === undefined || !scenario.variable('annual_balance_by_region')) return [];
  return regions(scenario)
    .map((r) => {
      const d = difference(
        scenario.value('annual_balance_by_region', r.id, month),
        base.value('annual_balance_by_region', r.id, month),
      );
      return { id: r.id, name: r.name, delta: d ?? 0 };
    })
    .filter((d) => Math.abs(d.delta) >= 0.05)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, limit);
}

/** Monthly surplus as chart values (errors become gaps). */
export function monthlySeries(wb: Workbook, variable = 'surplus'): (number | undefined)[] {
  if (!wb.variable(variable)) return [];
  return wb.series(variable).map((v) => (typeof v === 'number' ? v : undefined));
}
