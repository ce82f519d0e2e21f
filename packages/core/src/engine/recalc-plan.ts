import { dirtyMembers, type DirtySet } from './dirty.js';
import type { Op } from './edit-ops.js';
import { inputAt } from './input-series.js';
import { sameDims, type VariableSnapshot, type VariableState } from './variable-state.js';

export interface RecalcPlan {
  /** Variables whose formulas must be compiled again (their own formula changed, or a name they use did). */
  recompile: Set<string>;
  /** Variables whose inputs, formulas or as-of changed which of their inputs count: the members, or all. */
  inputsChanged: Map<string, Set<number> | undefined>;
  /** Of those, the variables where which inputs count may have changed (all but in-place patches of present values). */
  countingChanged: Set<string>;
  /** The members to recompute before propagation: exactly those an edit touched. */
  dirty: DirtySet;
  /** A variable was added, removed or reshaped: the schedule must be rebuilt. */
  structural: boolean;
}

/** Works out, from applied operations, what to recompile and which members to recompute. */
export function recalcPlan(ops: readonly Op[], states: ReadonlyMap<string, VariableState>, mentions: ReadonlyMap<string, ReadonlySet<string>>): RecalcPlan {
  const plan: RecalcPlan = { recompile: new Set(), inputsChanged: new Map(), countingChanged: new Set(), dirty: new Map(), structural: false };
  const inputsChanged = (name: string, members?: readonly number[], countingMayChange = true) => {
    if (countingMayChange) plan.countingChanged.add(name);
    if (plan.inputsChanged.has(name) && plan.inputsChanged.get(name) === undefined) return;
    if (!members) {
      plan.inputsChanged.set(name, undefined);
      return;
    }
    const set = plan.inputsChanged.get(name) ?? new Set<number>();
    for (const m of members) set.add(m);
    plan.inputsChanged.set(name, set);
  };
  const markAll = (name: string) => {
    const v = states.get(name);
    if (v) plan.dirty.set(v, null);
  };
  const mark = (v: VariableState, member: number) => dirtyMembers(plan.dirty, v)?.add(member);

  for (const op of ops) {
    if (op.kind === 'asOf') {
      plan.structural = true;
      for (const v of states.values()) {
        if (v.snapshot.inputs && (v.snapshot.formula !== undefined || v.snapshot.memberFormulas.size > 0)) {
          inputsChanged(v.name);
          markAll(v.name);
        }
      }
      continue;
    }
    const { name, before, after } = op;
    if (!before || !after || !sameDims(before.snapshot.dims, after.snapshot.dims)) {
      // Added, removed or reshaped: every formula that names it compiles again, and computes again in full.
      plan.structural = true;
      if (after && states.has(name)) plan.recompile.add(name);
      markAll(name);
      for (const dependent of mentions.get(name) ?? []) {
        plan.recompile.add(dependent);
        markAll(dependent);
      }
      continue;
    }
    const v = states.get(name);
    if (!v) continue; // removed later in the same batch
    const b = before.snapshot;
    const a = after.snapshot;
    if (b.formula !== a.formula || !sameFormulas(b.memberFormulas, a.memberFormulas)) {
      plan.recompile.add(name);
      inputsChanged(name);
      for (let m = 0; m < v.memberCount; m++) if (formulaOf(b, m) !== formulaOf(a, m)) mark(v, m);
    }
    if (op.patch || b.inputs !== a.inputs) {
      const members = op.inputMembers ?? changedMembers(b.inputs, a.inputs, v.memberCount);
      const presenceKept = op.patch ? op.patch.presenceKept : allPresent(b.inputs, a.inputs);
      if (members.length === v.memberCount) {
        // Every member (a new rate for every partner): all of v at once, not member by member.
        inputsChanged(name, undefined, !presenceKept);
        plan.dirty.set(v, null);
      } else {
        inputsChanged(name, members, !presenceKept);
        for (const m of members) mark(v, m);
      }
    }
  }
  return plan;
}

/**
 * Whether two inputs arrays of one length both hold a value in every cell: then which inputs count is the same for
 * both (a new rate for every partner, say), and need not be worked out again. Otherwise it may differ.
 */
function allPresent(before: Float64Array | null, after: Float64Array | null): boolean {
  return before !== null && after !== null && before.length === after.length && !before.includes(NaN) && !after.includes(NaN);
}

function formulaOf(s: VariableSnapshot, member: number): string | undefined {
  return s.memberFormulas.get(member) ?? s.formula;
}

function sameFormulas(a: ReadonlyMap<number, string>, b: ReadonlyMap<number, string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [m, f] of a) if (b.get(m) !== f) return false;
  return true;
}


/** Members with any month whose input differs (NaN, "no input", equals NaN). */
function changedMembers(before: Float64Array | null, after: Float64Array | null, memberCount: number): number[] {
  const length = Math.max(before?.length ?? 0, after?.length ?? 0);
  const changed = new Uint8Array(memberCount);
  for (let i = 0; i < length; i++) {
    const x = inputAt(before, i);
    const y = inputAt(after, i);
    if (x !== y && !(x !== x && y !== y)) changed[i % memberCount] = 1;
  }
  const members: number[] = [];
  for (let m = 0; m < memberCount; m++) if (changed[m]) members.push(m);
  return members;
}

/**
 * Variables whose input cells already hold their inputs: after an edit that changed only inputs (no formula, no
 * structure, no as-of), every variable but those whose inputs changed. A full apply of new growth rates then skips
 * the months of actuals instead of copying them again.
 */
export function settledInputs(plan: RecalcPlan, states: ReadonlyMap<string, VariableState>): ReadonlySet<VariableState> {
  const settled = new Set<VariableState>();
  if (plan.structural || plan.recompile.size > 0) return settled;
  for (const v of plan.dirty.keys()) if (!plan.inputsChanged.has(v.name) && states.get(v.name) === v) settled.add(v);
  return settled;
}
