import type { Step } from '../graph/schedule.js';
import type { DirtySet } from './dirty.js';
import { propagateDirty } from './propagate.js';
import type { VariableState } from './variable-state.js';

/** Distinct edits remembered: a user nudging the regions' two growth rates needs about twenty. */
const REMEMBERED = 32;

/**
 * Where an edit's dirtiness spreads depends only on the members it touched and on what the formulas read, which
 * changes only when the workbook is restructured (a formula, a variable or the as-of month changed). Nudging one
 * growth rate again and again spreads the same way each time, so the spread is remembered by the members touched,
 * until the workbook clears it on restructuring. A remembered set is shared by later edits: nothing may change it.
 */
export class PropagationCache {
  private readonly spread = new Map<string, DirtySet>();

  /** The members to recompute after an edit that touched `dirty` (which it spreads in place on a miss). */
  propagate(schedule: readonly Step[], variables: ReadonlyMap<string, VariableState>, dirty: DirtySet): DirtySet {
    const key = keyOf(dirty);
    const remembered = this.spread.get(key);
    if (remembered !== undefined) return remembered;
    propagateDirty(schedule, variables, dirty);
    if (this.spread.size >= REMEMBERED) this.spread.clear();
    this.spread.set(key, dirty);
    return dirty;
  }

  clear(): void {
    this.spread.clear();
  }
}

function keyOf(dirty: DirtySet): string {
  let key = '';
  for (const [v, members] of dirty) key += members === null ? `${v.name}*;` : `${v.name}:${members.sorted().join(',')};`;
  return key;
}
