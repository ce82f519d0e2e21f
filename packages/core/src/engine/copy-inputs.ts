/**
 * Months in which every cell of a variable is an input: their values are the inputs, copied in, with the cells
 * whose value changes marked for the change set.
 */
import { markDifferences, type ChangedCells } from './changed-cells.js';
import type { VariableState } from './variable-state.js';

/** Months [from, to) of v, in which every cell is an input: copied in one go, recording the cells that change. */
export function copyInputs(v: VariableState, from: number, to: number, list: ChangedCells | undefined): void {
  const start = from * v.memberCount;
  const end = to * v.memberCount;
  const inputs = v.snapshot.inputs!;
  if (list) list.count += markDifferences(v.values, inputs, start, end, list.bits);
  v.values.set(inputs.subarray(start, end), start);
  if (v.errors.size > 0) for (let i = start; i < end; i++) v.errors.delete(i);
}

/** Months [from, to) of `members` of v, in which every cell is an input: as computeMonth would store them, in one loop. */
export function copyMemberInputs(v: VariableState, from: number, to: number, members: Int32Array, list: ChangedCells | undefined): void {
  const M = v.memberCount;
  const inputs = v.snapshot.inputs!;
  const values = v.values;
  const hadErrors = v.errors.size > 0;
  // Marked here rather than through ChangedCells.mark: this runs on every nudge, before V8 has optimised it, and
  // a call per cell was most of its time.
  const bits = list?.bits;
  let marked = 0;
  for (let t = from; t < to; t++) {
    const base = t * M;
    for (let k = 0; k < members.length; k++) {
      const index = base + members[k]!;
      const value = inputs[index]!;
      if (bits !== undefined && values[index] !== value) {
        const word = index >>> 5;
        const bit = 1 << (index & 31);
        if ((bits[word]! & bit) === 0) {
          bits[word] = bits[word]! | bit;
          marked++;
        }
      }
      values[index] = value;
      if (hadErrors) v.errors.delete(index);
    }
  }
  if (list !== undefined) list.count += marked;
}
