/** Small shared views of workbook data for the screens: cell values and which cells an edit changed. */
import type { CellError, ChangeSet, Workbook } from '@tradesheet/core';

/** A cell as a screen holds it: a number, an error value, or nothing (off the calendar). */
export type CellValue = number | CellError | undefined;

/** Which cells changed, as `variable|index` keys, for O(1) lookup while drawing. */
export type ChangedCells = ReadonlySet<string>;

export const noChanges: ChangedCells = new Set();

export function changedCells(changes: ChangeSet | null | undefined): ChangedCells {
  const out = new Set<string>();
  if (!changes) return out;
  for (const [variable, indices] of changes.changed) for (const i of indices) out.add(`${variable}|${i}`);
  return out;
}

/** The cell index the engine uses: monthIndex * memberCount + memberIndex. */
export function cellIndex(wb: Workbook, variable: string, member: string | undefined, monthIndex: number): number {
  const info = wb.variable(variable);
  if (!info) return -1;
  const count = Math.max(1, info.memberKeys.length);
  const m = member === undefined ? 0 : info.memberKeys.indexOf(member);
  return monthIndex * count + Math.max(0, m);
}

export function isChanged(
  changed: ChangedCells,
  wb: Workbook,
  variable: string,
  member: string | undefined,
  monthIndex: number,
): boolean {
  return changed.size > 0 && changed.has(`${variable}|${cellIndex(wb, variable, member, monthIndex)}`);
}

/**
 * `isChanged` for one frame's worth of cells: each variable's member list is looked up once, not once per cell
 * (the workbook describes a variable afresh on each lookup, and a table asks for dozens of cells per frame).
 */
export function changeLookup(
  changed: ChangedCells,
  wb: Workbook,
): (variable: string, member: string | undefined, monthIndex: number) => boolean {
  if (changed.size === 0) return () => false;
  const members = new Map<string, readonly string[] | undefined>();
  return (variable, member, monthIndex) => {
    if (!members.has(variable)) members.set(variable, wb.variable(variable)?.memberKeys);
    const keys = members.get(variable);
    if (!keys) return false;
    const m = member === undefined ? 0 : keys.indexOf(member);
    return changed.has(`${variable}|${monthIndex * Math.max(1, keys.length) + Math.max(0, m)}`);
  };
}
