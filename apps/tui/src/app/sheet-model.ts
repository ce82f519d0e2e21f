/**
 * The Sheet view's grid: one row per variable and member, one column per month (or per year, read at December),
 * and what the formula bar says about the selected cell.
 */
import type { MonthKey, Workbook } from '@tradesheet/core';
import type { CellValue } from './model-view.js';
import { provenance } from './assumptions.js';

export interface SheetRow {
  variable: string;
  member: string | undefined;
  /** `exports.eu`, or `surplus` for a scalar. */
  label: string;
}

export type Period = 'month' | 'year';

export interface SheetColumn {
  label: string;
  month: MonthKey;
  monthIndex: number;
}

export function sheetRows(wb: Workbook): SheetRow[] {
  return wb.variableNames().flatMap((variable): SheetRow[] => {
    const info = wb.variable(variable);
    if (!info || info.dims.length === 0) return [{ variable, member: undefined, label: variable }];
    return info.memberKeys.map((member) => ({ variable, member, label: `${variable}.${member}` }));
  });
}

/** Months, or one column per year at its December (annual variables hold the full year in every month). */
export function sheetColumns(wb: Workbook, period: Period): SheetColumn[] {
  const all = wb.calendar.months.map((month, monthIndex) => ({ label: month, month, monthIndex }));
  if (period === 'month') return all;
  return all.filter((c) => c.month.endsWith('-12')).map((c) => ({ ...c, label: `Dec ${c.month.slice(0, 4)}` }));
}

export interface CellInfo {
  value: CellValue;
  /** The formula computing this cell, with the member's own formula first; undefined for a pure input. */
  formula: string | undefined;
  /** Whether the formula applies to every member (so editing it changes them all). */
  formulaScope: 'member' | 'variable' | undefined;
  /** True when the value comes from an input (an actual or an assumption) rather than the formula. */
  isInput: boolean;
  unit: string | undefined;
  description: string | undefined;
  source: string | undefined;
  confidence: string | undefined;
}

export function cellInfo(wb: Workbook, row: SheetRow, month: MonthKey): CellInfo {
  const def = wb.variable(row.variable)?.definition;
  const own = row.member === undefined ? undefined : def?.memberFormulas?.[row.member];
  const formula = own ?? def?.formula;
  const value = wb.value(row.variable, row.member, month);
  return {
    value,
    formula,
    formulaScope: own !== undefined ? 'member' : formula !== undefined ? 'variable' : undefined,
    isInput: formula === undefined || wb.isActual(row.variable, row.member, month),
    unit: def?.unit,
    description: def?.description,
    ...provenance(wb, row.variable, row.member),
  };
}
