/**
 * The nudge: one setInput of the same cells again and again (a user holding the key on a region's growth rate).
 * Its first time goes the general way; what that worked out (which input cells it patches, and where its
 * dirtiness spreads) is remembered, so the next nudges of the same cells only swap values and recompute.
 *
 * An edit runs once or a few dozen times per process, before V8 has optimised the JavaScript around the kernels:
 * measured on the benchmark model, resolving the member, building the patch's indices, planning and keying the
 * spread took about a third of a nudge. Remembering them leaves the work that depends on the value.
 */
import type { Edit } from '../model/types.js';
import { checkInputValue, editPlace, type InputPatch, type Op } from './edit-ops.js';
import type { Spread } from './propagation-cache.js';
import { snapshotOf, type VariableState } from './variable-state.js';

type SetInput = Extract<Edit, { kind: 'setInput' }>;

/** What a patched setInput of one set of cells worked out, valid while the variable keeps its inputs array. */
export interface NudgeTarget {
  readonly state: VariableState;
  /** The inputs array patched in place: once the variable has another (a batch replaced it), the target is stale. */
  readonly inputs: Float64Array;
  readonly indices: Int32Array;
  readonly members: readonly number[];
  readonly position: number;
  /** Where the nudge's dirtiness spreads; set after the first nudge that reuses the target. */
  spread?: Spread;
}

/** Patched setInputs remembered: the built-in model has two growth rates for each of about ten regions. */
const REMEMBERED = 64;

/**
 * Targets by variable, member and month. The workbook clears them whenever it rebuilds its schedule (a formula,
 * a variable or the as-of month changed), since the spreads depend on what formulas read.
 */
export class NudgeTargets {
  private readonly targets = new Map<string, NudgeTarget>();

  /** The target of `edit`, if remembered and still current for `state`. */
  find(edit: SetInput, state: VariableState | undefined): NudgeTarget | undefined {
    const target = this.targets.get(keyOf(edit));
    if (target === undefined || target.state !== state || state.snapshot.inputs !== target.inputs) return undefined;
    return target;
  }

  /** Remembers a setInput that became an in-place patch of `state`'s inputs. */
  remember(edit: SetInput, op: Extract<Op, { kind: 'variable' }>, state: VariableState): void {
    if (op.patch === undefined || op.inputMembers === undefined || op.after === undefined) return;
    if (this.targets.size >= REMEMBERED) this.targets.clear();
    const target: NudgeTarget = { state, inputs: op.patch.array, indices: op.patch.indices, members: op.inputMembers, position: op.after.position };
    this.targets.set(keyOf(edit), target);
  }

  clear(): void {
    this.targets.clear();
  }
}

function keyOf(edit: SetInput): string {
  return `${edit.variable}\u0000${edit.member ?? ''}\u0000${edit.month ?? ''}`;
}

/**
 * Applies a nudge to its target's inputs and returns its operation, as `opForEdit` and `applyOp` would have:
 * the same patch (for undo), a new snapshot. Throws BAD_VALUE, changing nothing, for a value that is not finite.
 */
export function applyNudge(target: NudgeTarget, edit: SetInput): Extract<Op, { kind: 'variable' }> {
  const value = edit.value;
  checkInputValue(value, editPlace(edit));
  const { state, inputs, indices } = target;
  const before = new Float64Array(indices.length);
  const presenceKept = swapIn(inputs, indices, value, before);
  const patch: InputPatch = { array: inputs, indices, before, after: new Float64Array(indices.length).fill(value), presenceKept };
  const snapshot = state.snapshot;
  const after = snapshotOf(snapshot);
  state.snapshot = after;
  return {
    kind: 'variable',
    name: edit.variable,
    before: { snapshot, position: target.position },
    after: { snapshot: after, position: target.position },
    inputMembers: target.members as number[],
    patch,
  };
}

/** Writes `value` at `indices`, keeping the values it replaces in `before`; false if any of them was NaN (absent). */
function swapIn(array: Float64Array, indices: Int32Array, value: number, before: Float64Array): boolean {
  let present = true;
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k]!;
    const old = array[index]!;
    if (old !== old) present = false;
    before[k] = old;
    array[index] = value;
  }
  return present;
}
