/**
 * The Assumptions view's data: which variables are per-region inputs (its columns), their values and baselines,
 * and the edits a nudge or a typed number makes. An assumption's value is read at the first projected month, the
 * month the projection starts from; an edit sets the member's input for every month, as `--set` does on the
 * command line, so the app and `tradesheet run --set export_growth.eu=0` compute the same thing.
 */
import type { Edit, MonthKey, Workbook } from '@tradesheet/core';
import type { CellValue } from './model-view.js';

export interface AssumptionColumn {
  variable: string;
  title: string;
  unit: string | undefined;
}

export interface Region {
  id: string;
  name: string;
}

/** The dimension the Assumptions view lays out as rows. */
export const ROW_DIMENSION = 'region';

/** Variables over regions that are pure inputs (values, no formula), in model order. */
export function assumptionColumns(wb: Workbook): AssumptionColumn[] {
  return wb.variableNames().flatMap((name) => {
    const info = wb.variable(name);
    if (!info) return [];
    const pureInput = info.hasInputs && !info.hasFormula;
    if (!pureInput || info.dims.length !== 1 || info.dims[0] !== ROW_DIMENSION) return [];
    return [{ variable: name, title: name.replace(/_/g, ' '), unit: info.definition.unit }];
  });
}

/** Scalar pure inputs (e.g. nominal GDP growth), shown under the regions. */
export function scalarAssumptions(wb: Workbook): AssumptionColumn[] {
  return wb.variableNames().flatMap((name) => {
    const info = wb.variable(name);
    if (!info || info.dims.length !== 0 || !info.hasInputs || info.hasFormula) return [];
    return [{ variable: name, title: name.replace(/_/g, ' '), unit: info.definition.unit }];
  });
}

export function regions(wb: Workbook): Region[] {
  return wb.dimensions.find((d) => d.name === ROW_DIMENSION)?.members.map((m) => ({ id: m.id, name: m.name })) ?? [];
}

/** The first month after the actuals: where an assumption takes effect. */
export function projectionMonth(wb: Workbook): MonthKey {
  const { months, asOf } = wb.calendar;
  const i = asOf === undefined ? -1 : months.indexOf(asOf);
  return months[Math.min(i + 1, months.length - 1)] ?? months[0]!;
}

export function assumptionValue(wb: Workbook, variable: string, member: string | undefined): CellValue {
  return wb.value(variable, member, projectionMonth(wb));
}

export interface Provenance {
  source: string | undefined;
  confidence: string | undefined;
}

export function provenance(wb: Workbook, variable: string, member: string | undefined): Provenance {
  const def = wb.variable(variable)?.definition;
  const own = member === undefined ? undefined : def?.memberSources?.[member];
  return { source: own?.source ?? def?.source, confidence: own?.confidence ?? def?.confidence };
}

/** Sets the member's input to `value` in every month (a percentage: 15 means 15%). */
export function setAssumption(variable: string, member: string | undefined, value: number): Edit {
  const rounded = Math.round(value * 1e9) / 1e9;
  return member === undefined
    ? { kind: 'setInput', variable, value: rounded }
    : { kind: 'setInput', variable, member, value: rounded };
}

/** `current + delta` as an edit; undefined if the current value is an error (nothing to nudge from). */
export function nudgeAssumption(wb: Workbook, variable: string, member: string | undefined, delta: number): Edit | undefined {
  const current = assumptionValue(wb, variable, member);
  if (typeof current !== 'number') return undefined;
  return setAssumption(variable, member, current + delta);
}
