import type { Op } from './edit-ops.js';
import { sameDims } from './variable-state.js';

/**
 * A batch's operations, combined into one undo step: several edits of one variable become one replacement (from
 * its first before to its last after), and work on one copy of its inputs (`owned`, the copies the batch made).
 */
export class BatchOps {
  readonly ops: Op[] = [];
  private readonly replacing = new Map<string, Extract<Op, { kind: 'variable' }>>();

  constructor(private readonly owned: Set<Float64Array>) {}

  add(op: Op): void {
    if (op.kind === 'variable' && op.patch) {
      // A patched array changes only through patches from now on: a later edit copies it, and is its own step,
      // so undo writes the patch back into exactly the values it replaced.
      this.owned.delete(op.patch.array);
      this.replacing.delete(op.name);
      this.ops.push(op);
      return;
    }
    if (op.kind === 'variable' && op.before && op.after) {
      const merged = this.replacing.get(op.name);
      if (merged?.after && sameDims(merged.after.snapshot.dims, op.after.snapshot.dims)) {
        merged.after = op.after;
        if (merged.inputMembers && op.inputMembers) merged.inputMembers = [...merged.inputMembers, ...op.inputMembers];
        else delete merged.inputMembers;
        return;
      }
    }
    this.ops.push(op);
    if (op.kind === 'variable') {
      if (op.before && op.after) this.replacing.set(op.name, op);
      else this.replacing.delete(op.name);
    }
  }
}
