import type { Step } from '../graph/schedule.js';
import type { DirtySet } from './dirty.js';
import { propagateDirty } from './propagate.js';
import { settledInputs, type RecalcPlan } from './recalc-plan.js';
import type { VariableState } from './variable-state.js';

/** Distinct edits remembered: a user nudging the regions' two growth rates needs about twenty. */
const REMEMBERED = 32;

/** What a recompute covers: the members to compute, and the variables whose input cells already hold their inputs. */
export interface Spread {
  dirty: DirtySet;
  settled: ReadonlySet<VariableState>;
}

/**
 * Where an edit's dirtiness spreads depends only on the members it touched and on what the formulas read, which
 * changes only when the workbook is restructured (a formula, a variable or the as-of month changed). Nudging one
 * growth rate again and again spreads the same way each time, so the spread is remembered by the members touched
 * (and the variables whose inputs changed, which decide what is settled), until the workbook clears it on
 * restructuring. A remembered spread is shared by later edits: nothing may change it.
 */
export class PropagationCache {
  private readonly spreads = new Map<string, Spread>();

  /** The spread of an input-only plan (no recompile, nothing structural); on a miss its `dirty` is spread in place. */
  spread(schedule: readonly Step[], variables: ReadonlyMap<string, VariableState>, plan: RecalcPlan): Spread {
    const key = keyOf(plan);
    const remembered = this.spreads.get(key);
    if (remembered !== undefined) return remembered;
    propagateDirty(schedule, variables, plan.dirty);
    const spread: Spread = { dirty: plan.dirty, settled: settledInputs(plan, variables) };
    if (this.spreads.size >= REMEMBERED) this.spreads.clear();
    this.spreads.set(key, spread);
    return spread;
  }

  clear(): void {
    this.spreads.clear();
  }
}

function keyOf(plan: RecalcPlan): string {
  let key = '';
  for (const [v, members] of plan.dirty) key += members === null ? `${v.name}*;` : `${v.name}:${members.sorted().join(',')};`;
  for (const name of plan.inputsChanged.keys()) key += `|${name}`;
  return key;
}
