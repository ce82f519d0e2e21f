/** Small shared views of workbook data for the screens: cell values and which cells an edit changed. */
import type { CellError, ChangeSet, Workbook } from '@tradesheet/core';

/** A cell as a screen holds it: a number, an error value, or nothing (off the calendar). */
export type CellValue = number | CellError | undefined;

/** Which cells changed, looked up by variable and cell index while drawing. */
export interface ChangedCells {
  /** Number of changed cells. */
  readonly size: number;
  has(variable: string, index: number): boolean;
}

export const noChanges: ChangedCells = { size: 0, has: () => false };

/**
 * The cells of a change set, copied (the engine may reuse its arrays) and indexed lazily: an edit can change
 * thousands of cells while a frame asks about a few dozen, so a per-cell key would cost more than the drawing.
 */
export function changedCells(changes: ChangeSet | null | undefined): ChangedCells {
  if (!changes) return noChanges;
  const raw = new Map<string, Int32Array>();
  let size = 0;
  for (const [variable, indices] of changes.changed) {
    raw.set(variable, indices.slice());
    size += indices.length;
  }
  const sets = new Map<string, ReadonlySet<number>>();
  return {
    size,
    has(variable, index) {
      let set = sets.get(variable);
      if (!set) {
        set = new Set(raw.get(variable) ?? []);
        sets.set(variable, set);
      }
      return set.has(index);
    },
  };
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
  return changed.size > 0 && changed.has(variable, cellIndex(wb, variable, member, monthIndex));
}

/**
 * Member lists by workbook: `wb.variable` builds a full description (cloning sources) on every call, and the
 * highlight asks on every frame. A workbook's variables and their members are fixed once it is built, as far as
 * the app goes: its edits only set inputs and formulas (a scenario's structural edits are applied when its
 * session's workbook is created, and the session never undoes them).
 */
const memberCache = new WeakMap<Workbook, Map<string, readonly string[] | undefined>>();

/**
 * `isChanged` for one frame's worth of cells, with each variable's member list looked up once per workbook rather
 * than once per cell.
 */
export function changeLookup(
  changed: ChangedCells,
  wb: Workbook,
): (variable: string, member: string | undefined, monthIndex: number) => boolean {
  if (changed.size === 0) return () => false;
  const members = memberCache.get(wb) ?? new Map<string, readonly string[] | undefined>();
  memberCache.set(wb, members);
  return (variable, member, monthIndex) => {
    if (!members.has(variable)) members.set(variable, wb.variable(variable)?.memberKeys);
    const keys = members.get(variable);
    if (!keys) return false;
    const m = member === undefined ? 0 : keys.indexOf(member);
    return changed.has(variable, monthIndex * Math.max(1, keys.length) + Math.max(0, m));
  };
}
