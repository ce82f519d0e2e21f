/**
 * Reads one workbook's figures for the report: annual headlines (December of the `annual_*` variables), each
 * region's year, and the monthly series. Formula errors become `null`: the report shows them as n/a.
 */
import type { ModelDefinition } from '@tradesheet/core';
import type { AnnualHeadline, MonthlyPoint, RegionReport } from '../document.js';
import { ReportError } from '../errors.js';

/**
 * What the report needs of a workbook: a structural subset of core's `Workbook`, so any workbook (or a
 * read-only view of one) will do.
 */
export interface ReportWorkbook {
  readonly name: string;
  readonly calendar: { start: string; end: string; asOf?: string; months: readonly string[] };
  variable(name: string): { memberKeys: readonly string[]; memberNames: readonly string[] } | undefined;
  value(name: string, member: string | undefined, month: string): number | { code: string; message: string };
  isActual(name: string, member: string | undefined, month: string): boolean;
  toModel(): ModelDefinition;
}

/** The China model's variables the report reads (API.md). */
export const REQUIRED_VARIABLES = [
  'exports',
  'imports',
  'total_exports',
  'total_imports',
  'surplus',
  'surplus_ytd',
  'annual_exports',
  'annual_imports',
  'annual_surplus',
  'surplus_pct_gdp',
  'gdp_contribution_pp',
  'export_growth_realised',
  'import_growth_realised',
  'annual_exports_by_region',
  'annual_imports_by_region',
  'annual_balance_by_region',
  'export_growth_realised_by_region',
  'export_share',
] as const;

export function checkWorkbook(wb: ReportWorkbook, label: string): void {
  const missing = REQUIRED_VARIABLES.filter((name) => wb.variable(name) === undefined);
  if (missing.length > 0) {
    throw new ReportError(
      'REPORT_MISSING_VARIABLE',
      `${label} has no ${missing.map((m) => `"${m}"`).join(', ')}: a report needs the China model's variables (packages/core/API.md)`,
    );
  }
}

export function read(wb: ReportWorkbook, name: string, member: string | undefined, month: string): number | null {
  const v = wb.value(name, member, month);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function regionsOf(wb: ReportWorkbook): { id: string; name: string }[] {
  const info = wb.variable('exports');
  return (info?.memberKeys ?? []).map((id, i) => ({ id, name: info?.memberNames[i] ?? id }));
}

/** A month counts as actual when every region's exports and imports are inputs, not projections. */
export function isActualMonth(wb: ReportWorkbook, regionIds: string[], month: string): boolean {
  return regionIds.every((id) => wb.isActual('exports', id, month) && wb.isActual('imports', id, month));
}

const december = (year: number): string => `${year}-12`;

export function readAnnual(wb: ReportWorkbook, years: number[], regionIds: string[]): AnnualHeadline[] {
  return years.map((year) => {
    const dec = december(year);
    let actualMonths = 0;
    for (let m = 1; m <= 12; m++) {
      if (isActualMonth(wb, regionIds, `${year}-${String(m).padStart(2, '0')}`)) actualMonths++;
    }
    return {
      year,
      exports: read(wb, 'annual_exports', undefined, dec),
      imports: read(wb, 'annual_imports', undefined, dec),
      surplus: read(wb, 'annual_surplus', undefined, dec),
      surplusPctGdp: read(wb, 'surplus_pct_gdp', undefined, dec),
      contributionPp: read(wb, 'gdp_contribution_pp', undefined, dec),
      exportGrowth: read(wb, 'export_growth_realised', undefined, dec),
      importGrowth: read(wb, 'import_growth_realised', undefined, dec),
      actualMonths,
    };
  });
}

export function readRegions(wb: ReportWorkbook, years: number[]): RegionReport[] {
  return regionsOf(wb).map(({ id, name }) => ({
    id,
    name,
    annual: years.map((year) => {
      const dec = december(year);
      return {
        year,
        exports: read(wb, 'annual_exports_by_region', id, dec),
        imports: read(wb, 'annual_imports_by_region', id, dec),
        balance: read(wb, 'annual_balance_by_region', id, dec),
        exportGrowth: read(wb, 'export_growth_realised_by_region', id, dec),
        exportShare: read(wb, 'export_share', id, dec),
      };
    }),
  }));
}

export function readMonthly(wb: ReportWorkbook, months: string[], regionIds: string[]): MonthlyPoint[] {
  return months.map((month) => ({
    month,
    exports: read(wb, 'total_exports', undefined, month),
    imports: read(wb, 'total_imports', undefined, month),
    surplus: read(wb, 'surplus', undefined, month),
    surplusYtd: read(wb, 'surplus_ytd', undefined, month),
    actual: isActualMonth(wb, regionIds, month),
  }));
}
