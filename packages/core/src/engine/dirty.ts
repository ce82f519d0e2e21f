import type { VariableState } from './variable-state.js';

/** Members of one variable to recompute: a mask for membership and a list for iteration, kept together. */
export class DirtyMembers {
  readonly mask: Uint8Array;
  readonly list: number[] = [];
  /** `sorted()`'s answer until the next `add`: a remembered propagation (propagation-cache.ts) is read once per edit. */
  private ascending: Int32Array | undefined = undefined;

  constructor(memberCount: number) {
    this.mask = new Uint8Array(memberCount);
  }

  /** Marks a member; false if it was already marked. */
  add(member: number): boolean {
    if (this.mask[member] === 1) return false;
    this.mask[member] = 1;
    this.list.push(member);
    this.ascending = undefined;
    return true;
  }

  has(member: number): boolean {
    return this.mask[member] === 1;
  }

  /** The marked members in ascending order (cells of neighbouring members lie together in memory). */
  sorted(): Int32Array {
    this.ascending ??= Int32Array.from(this.list).sort();
    return this.ascending;
  }
}

/** Which members of each variable to compute; a variable absent from the map is not computed. `null`: all of them. */
export type DirtySet = Map<VariableState, DirtyMembers | null>;

/** The members of `v` marked in `dirty`, creating the entry; null when all of v is already dirty. */
export function dirtyMembers(dirty: DirtySet, v: VariableState): DirtyMembers | null {
  const entry = dirty.get(v);
  if (entry !== undefined) return entry;
  const created = new DirtyMembers(v.memberCount);
  dirty.set(v, created);
  return created;
}

/** An entry with every member marked becomes "all", so later stages skip per-member work. */
export function normalizeDirty(dirty: DirtySet): void {
  for (const [v, entry] of dirty) if (entry !== null && entry.list.length === v.memberCount) dirty.set(v, null);
}
