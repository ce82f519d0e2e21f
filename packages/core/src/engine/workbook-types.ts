/** What a workbook gives back: the cells an edit changed, a variable's description, its calendar. */
import type { MonthKey, VariableDefinition } from '../model/types.js';

export interface ChangeSet {
  /**
   * Variable → indices of the cells whose value or error changed (index = month * memberCount + member), in
   * ascending order. Read it before the next apply, undo or redo: the engine records changes as bits it reuses,
   * and makes these arrays only when the map is first read, so reading it after a later edit throws. (A full
   * recompute of a large model changes millions of cells; a list of them on every recompute cost a fifth of it.)
   */
  changed: Map<string, Int32Array>;
  /** Number of changed cells. */
  count: number;
}

export interface VariableInfo {
  /** The definition as it stands, edits applied (values omitted: read them with `series`). */
  definition: Omit<VariableDefinition, 'values'>;
  dims: string[];
  memberKeys: string[];
  memberNames: string[];
  hasFormula: boolean;
  hasInputs: boolean;
}

export interface WorkbookCalendar {
  start: MonthKey;
  end: MonthKey;
  asOf?: MonthKey;
  months: readonly MonthKey[];
}
