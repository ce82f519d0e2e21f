/**
 * Small helpers shared by the engine tests: build a workbook from a few variables on a short calendar, read a cell
 * as a number or an error code, and compare two workbooks cell for cell.
 */
import { expect } from 'vitest';
import { Workbook, isCellError, type CellError, type ModelDefinition, type VariableDefinition } from '../../src/index.js';

export const REGION = {
  name: 'region',
  members: [
    { id: 'us', name: 'United States' },
    { id: 'eu', name: 'European Union' },
    { id: 'asean', name: 'ASEAN' },
  ],
};

export const PRODUCT = {
  name: 'product',
  members: [
    { id: 'cars', name: 'Cars' },
    { id: 'chips', name: 'Chips' },
  ],
};

/** A model on a two-year calendar (2024-01 .. 2025-12) with the region and product dimensions. */
export function model(variables: VariableDefinition[], calendar: ModelDefinition['calendar'] = { start: '2024-01', end: '2025-12' }): ModelDefinition {
  return { name: 'test', calendar, dimensions: [REGION, PRODUCT], variables };
}

export function workbook(variables: VariableDefinition[], calendar?: ModelDefinition['calendar']): Workbook {
  return Workbook.fromModel(model(variables, calendar));
}

/** A cell as a number, or its error code (`#DIV/0!`...). */
export function cell(wb: Workbook, name: string, member: string | undefined, month: string): number | string {
  const value = wb.value(name, member, month);
  return isCellError(value) ? value.code : value;
}

/** The error message of a cell, or fails the test if the cell holds a number. */
export function errorMessage(wb: Workbook, name: string, member: string | undefined, month: string): string {
  const value = wb.value(name, member, month);
  if (!isCellError(value)) throw new Error(`expected an error in ${name}.${member} ${month}, got ${value}`);
  return value.message;
}

/** Calls `visit` for every cell of every variable, with its member key (undefined for a scalar) and month index. */
export function forEachCell(wb: Workbook, visit: (name: string, member: string | undefined, t: number, value: number | CellError) => void): void {
  for (const name of wb.variableNames()) {
    const info = wb.variable(name)!;
    const members = info.dims.length === 0 ? [undefined] : info.memberKeys;
    for (const member of members) wb.series(name, member).forEach((value, t) => visit(name, member, t, value));
  }
}

/** Every cell of every variable, as numbers or error codes, keyed `name|member|month`. */
export function allCells(wb: Workbook): Map<string, number | string> {
  const cells = new Map<string, number | string>();
  forEachCell(wb, (name, member, t, value) => {
    cells.set(`${name}|${member ?? ''}|${wb.calendar.months[t]}`, isCellError(value) ? value.code : value);
  });
  return cells;
}

/** Values equal to 1e-9 relative (or both tiny), or the same error code. */
export function sameCell(a: number | string | undefined, b: number | string | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === b) return true;
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300);
  }
  return a === b;
}

/** Asserts two workbooks hold the same variables and the same cells; the message names the first differences. */
export function expectSameCells(actual: Workbook, expected: Workbook, context = ''): void {
  expect(actual.variableNames(), context).toEqual(expected.variableNames());
  const a = allCells(actual);
  const b = allCells(expected);
  const differences: string[] = [];
  for (const [key, value] of b) {
    if (!sameCell(a.get(key), value)) differences.push(`${key}: incremental ${a.get(key)}, fresh ${value}`);
  }
  for (const key of a.keys()) if (!b.has(key)) differences.push(`${key}: only in the incremental workbook`);
  expect(differences.slice(0, 8), context).toEqual([]);
}
