import { CellError, isCellError } from '../errors.js';
import type { Step } from '../graph/schedule.js';
import { ChangedCells } from './changed-cells.js';
import { copyInputs, copyMemberInputs } from './copy-inputs.js';
import { kernelFor, type FastKernel } from './codegen.js';
import type { KernelNode } from './kernel.js';
import { IndexScratch, Scratch } from './kernel.js';
import type { DirtyMembers, DirtySet } from './dirty.js';
import type { FormulaGroup, VariableState } from './variable-state.js';

/** The dirty members as a sorted list, or null for all. */
function memberList(dirty: DirtyMembers | null): Int32Array | null {
  return dirty === null ? null : dirty.sorted();
}

/** The cells that changed in a run, by variable. */
export type Changes = Map<string, ChangedCells>;

/** The first month among a variable's changed cells (Infinity for none), none of them before month `from`. */
function firstMonthOf(cells: ChangedCells, memberCount: number, from = 0): number {
  const first = cells.first(from * memberCount);
  return first < 0 ? Infinity : Math.floor(first / memberCount);
}

/** Cells per kernel call, at most (unless one month of a formula group has more). */
const CELLS_PER_CALL = 1 << 16;

/**
 * Computes cells in schedule order. Each formula group is evaluated for a month over a batch of members at once
 * (the fast path); only cells whose result is not a finite number are recomputed one by one to find their error.
 */
export class Evaluator {
  private readonly batch = new IndexScratch();
  private readonly out = new Scratch();
  private readonly bad = new IndexScratch();
  /** Where kernels mark changed cells when the caller does not track them (never read). */
  private untracked = new Uint32Array(0);
  private readonly count = new Int32Array(1);
  /** Each variable's changed cells, reused from run to run (see `run`). */
  private readonly changedCells = new WeakMap<VariableState, ChangedCells>();
  /** Counts runs that track changes: a change set made from an earlier one can no longer be read. */
  generation = 0;
  /** Variables of the current run whose counted inputs already hold their values (see `run`). */
  private settled: ReadonlySet<VariableState> = new Set();

  constructor(
    private readonly variables: ReadonlyMap<string, VariableState>,
    private readonly months: number,
    private readonly monthLabel: (t: number) => string,
  ) {}

  /**
   * Computes the dirty members of every variable; marks changed cells when `changes` is given, in each variable's
   * ChangedCells, which the next run with `changes` clears and reuses (so read them before running again).
   * `settled`: variables whose cells that take an input already hold it (their inputs, and which inputs count, did
   * not change): those cells depend on nothing else, so they are skipped, and only the formula cells compute again.
   */
  run(schedule: readonly Step[], dirty: DirtySet, changes?: Changes, settled: ReadonlySet<VariableState> = new Set()): void {
    this.settled = settled;
    try {
      this.runSteps(schedule, dirty, changes);
    } finally {
      this.settled = new Set();
    }
  }

  private runSteps(schedule: readonly Step[], dirty: DirtySet, changes: Changes | undefined): void {
    if (changes) this.generation++;
    const listFor = (v: VariableState): ChangedCells | undefined => {
      if (!changes) return undefined;
      let cells = changes.get(v.name);
      if (!cells) {
        cells = this.changedCells.get(v);
        if (!cells) {
          cells = new ChangedCells(v.memberCount * this.months);
          this.changedCells.set(v, cells);
        }
        cells.clear();
        changes.set(v.name, cells);
      }
      return cells;
    };
    // The first month in which each variable computed in this run changed (when tracking): a variable whose own
    // inputs did not change need not recompute the months before the first one its sources changed.
    const firstChanged = new Map<VariableState, number>();
    const recordFirst = (v: VariableState, list: ChangedCells | undefined, from = 0) => {
      if (list) firstChanged.set(v, firstMonthOf(list, v.memberCount, from));
    };
    for (const step of schedule) {
      if (step.kind === 'whole' || (step.kind === 'stepped' && step.variables.length === 1)) {
        const v = this.variables.get(step.kind === 'whole' ? step.variable : step.variables[0]!)!;
        if (!dirty.has(v)) continue;
        const members = memberList(dirty.get(v)!);
        const list = listFor(v);
        // A recursion in time through several formula groups needs every group's month before the next month.
        if (step.kind === 'stepped' && v.groups.length > 1) {
          for (let t = 0; t < this.months; t++) this.computeMonth(v, t, members, list);
        } else {
          const from = list ? this.firstDirtyMonth(v, firstChanged) : 0;
          if (from < this.months) this.computeAllMonths(v, members, list, from);
          // No cell changed before the first month computed: settled months of inputs are skipped.
          let start = Math.min(from, this.months);
          if (this.settled.has(v)) while (start < this.months && v.inputMode[start] === 1) start++;
          recordFirst(v, list, start);
          continue;
        }
        recordFirst(v, list);
      } else if (step.kind === 'stepped') {
        const states = step.variables.map((name) => this.variables.get(name)!).filter((v) => dirty.has(v));
        const members = states.map((v) => memberList(dirty.get(v)!));
        const lists = states.map(listFor);
        for (let t = 0; t < this.months; t++) states.forEach((v, i) => this.computeMonth(v, t, members[i]!, lists[i]));
        states.forEach((v, i) => recordFirst(v, lists[i]));
      } else if (step.kind === 'members') {
        const v = this.variables.get(step.variable)!;
        if (dirty.has(v)) {
          const list = listFor(v);
          this.computeMembers(v, step, dirty.get(v)!, list);
          recordFirst(v, list);
        }
      } else {
        const error = new CellError('#CYCLE!', `circular reference within a month: ${step.path.join(' → ')}`);
        for (const name of step.variables) {
          const v = this.variables.get(name)!;
          if (!dirty.has(v)) continue;
          const members = memberList(dirty.get(v)!);
          const list = listFor(v);
          for (let t = 0; t < this.months; t++) this.computeMonth(v, t, members, list, error);
          recordFirst(v, list);
        }
      }
    }
    if (changes) for (const [name, cells] of changes) if (cells.count === 0) changes.delete(name);
  }

  /**
   * The first month of v that can differ after this run: 0 unless v's own inputs are settled; otherwise the
   * earliest month that reads a changed month of a source (a month past the calendar when no source changed).
   */
  private firstDirtyMonth(v: VariableState, firstChanged: ReadonlyMap<VariableState, number>): number {
    if (!this.settled.has(v)) return 0;
    let from = Infinity;
    for (const group of v.groups) {
      for (const read of group.compiled.reads) {
        if (read.source === v) continue; // its own earlier months, computed in order
        const changed = firstChanged.get(read.source as VariableState);
        if (changed === undefined) continue; // not computed in this run, so unchanged
        from = Math.min(from, changed - read.latest);
      }
    }
    return Math.max(0, from);
  }

  /** A variable whose members read each other: month by month, member by member, in dependency order. */
  private computeMembers(v: VariableState, step: Extract<Step, { kind: 'members' }>, dirty: DirtyMembers | null, list: ChangedCells | undefined): void {
    const error = new CellError('#CYCLE!', `circular reference within a month: ${step.path.join(' → ')}`);
    const one = new Int32Array(1);
    for (let t = 0; t < this.months; t++) {
      for (const m of step.order) {
        if (dirty !== null && !dirty.has(m)) continue;
        one[0] = m;
        this.computeMonth(v, t, one, list);
      }
      for (const m of step.cyclic) {
        if (dirty !== null && !dirty.has(m)) continue;
        one[0] = m;
        this.computeMonth(v, t, one, list, error);
      }
    }
  }

  /**
   * Every month of `members` of v: runs of months where no input counts go to the kernels in one call each (the
   * kernel walks the months in order), other months one at a time.
   */
  private computeAllMonths(v: VariableState, members: Int32Array | null, list: ChangedCells | undefined, from = 0): void {
    let fastPath = v.uncovered === 0 && v.groups.length > 0;
    for (let g = 0; fastPath && g < v.groups.length; g++) fastPath = v.groups[g]!.compiled.fast !== undefined;
    const settled = this.settled.has(v);
    let t = from;
    while (t < this.months) {
      if (v.inputMode[t] === 1) {
        // Months where every cell is an input: nothing to do when they are settled, else one copy for the run
        // (of the dirty members only: a nudge of one partner's growth rate copies its months, not everyone's).
        let end = t + 1;
        while (end < this.months && v.inputMode[end] === 1) end++;
        if (!settled && members === null) copyInputs(v, t, end, list);
        else if (!settled) copyMemberInputs(v, t, end, members!, list);
        t = end;
        continue;
      }
      if (!fastPath || v.inputMode[t] !== 0) {
        this.computeMonth(v, t, members, list);
        t++;
        continue;
      }
      let end = t + 1;
      while (end < this.months && v.inputMode[end] === 0) end++;
      this.computeRun(v, t, end, members, list);
      t = end;
    }
  }

  /** Months [from, to) of v, in which no input counts and every member has a formula. */
  private computeRun(v: VariableState, from: number, to: number, members: Int32Array | null, list: ChangedCells | undefined): void {
    const groups = v.groups;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      let batch = group.members;
      let n = batch.length;
      if (members !== null) {
        batch = this.batch.get(members.length);
        n = 0;
        for (let i = 0; i < members.length; i++) if (v.groupOf[members[i]!] === g) batch[n++] = members[i]!;
      }
      if (n === 0) continue;
      // A few months per kernel call at the largest sizes, so the scratch list of failed cells stays small.
      const monthsPerCall = Math.max(1, Math.floor(CELLS_PER_CALL / n));
      for (let start = from; start < to; start += monthsPerCall) this.computeGroup(v, group, start, Math.min(to, start + monthsPerCall), batch, n, list);
    }
  }

  /** Months [from, to) of the points `batch[0..n)` of one formula group of v. */
  private computeGroup(v: VariableState, group: FormulaGroup, from: number, to: number, batch: Int32Array, n: number, list: ChangedCells | undefined): void {
    const M = v.memberCount;
    const hadErrors = v.errors.size > 0;
    const bad = this.bad.get(n * (to - from));
    const failed = this.runKernel(group.compiled.fast!, from, to, batch, n, v, list, bad, batch === group.members && group.dense);
    if (hadErrors) {
      for (let t = from; t < to; t++) {
        for (let k = 0; k < n; k++) {
          const index = t * M + batch[k]!;
          if (v.values[index] === v.values[index]) v.errors.delete(index);
        }
      }
    }
    // In order of month, so a failed cell's error is known before a later month that reads it is explained.
    for (let k = 0; k < failed; k++) {
      const index = bad[k]!;
      const m = index % M;
      const t = (index - m) / M;
      const checked = group.compiled.root.scalar(t, m);
      const error = isCellError(checked) ? checked : new CellError('#NUM!', `${v.name}${v.memberLabel(m)} overflows (${checked})`);
      this.storeError(v, index, error, list);
    }
  }

  /** Computes month t of `members` (all when null) of v. */
  private computeMonth(v: VariableState, t: number, members: Int32Array | null, list: ChangedCells | undefined, cycle?: CellError): void {
    const M = v.memberCount;
    const base = t * M;
    const mode = v.inputMode[t]!;
    // In a month where no input counts, counting is not consulted (it may not even reach that month).
    const counting = mode === 0 ? null : v.counting;
    const count = members === null ? M : members.length;
    const settled = this.settled.has(v);
    if (settled && mode === 1) return;
    if (members === null && mode === 1) {
      copyInputs(v, t, t + 1, list);
      return;
    }
    // Cells whose input counts take it; members with neither input nor formula have no value.
    if (!settled && (mode !== 0 || v.uncovered > 0)) {
      const inputs = v.snapshot.inputs;
      for (let i = 0; i < count; i++) {
        const m = members === null ? i : members[i]!;
        if (counting !== null && counting[base + m] === 1) this.storeValue(v, base + m, inputs![base + m]!, list);
        else if (v.groupOf[m] === -1) {
          this.storeError(v, base + m, new CellError('#REF!', `${v.name}${v.memberLabel(m)} has no value for ${this.monthLabel(t)}: no input and no formula`), list);
        }
      }
    }
    const groups = v.groups;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      let batch: Int32Array;
      let n = 0;
      if (members === null && mode === 0) {
        batch = group.members;
        n = batch.length;
      } else {
        batch = this.batch.get(count);
        const single = groups.length === 1;
        for (let i = 0; i < count; i++) {
          const m = members === null ? i : members[i]!;
          if (!single && v.groupOf[m] !== g) continue;
          if (single && v.groupOf[m] === -1) continue;
          if (counting !== null && counting[base + m] === 1) continue;
          batch[n++] = m;
        }
      }
      if (n === 0) continue;
      if (cycle) {
        for (let k = 0; k < n; k++) this.storeError(v, base + batch[k]!, cycle, list);
        continue;
      }
      const fast = group.compiled.fast;
      if (!fast) {
        const out = this.out.get(n);
        group.compiled.root.eval(t, batch, n, out);
        this.storeBatch(v, group.compiled.root, t, base, batch, n, out, list);
        continue;
      }
      const hadErrors = v.errors.size > 0;
      const bad = this.bad.get(n);
      const failed = this.runKernel(fast, t, t + 1, batch, n, v, list, bad);
      if (hadErrors) for (let k = 0; k < n; k++) if (v.values[base + batch[k]!] === v.values[base + batch[k]!]) v.errors.delete(base + batch[k]!);
      for (let k = 0; k < failed; k++) {
        const m = bad[k]! - base;
        const checked = group.compiled.root.scalar(t, m);
        const error = isCellError(checked) ? checked : new CellError('#NUM!', `${v.name}${v.memberLabel(m)} overflows (${checked})`);
        this.storeError(v, base + m, error, list);
      }
    }
  }

  /** Runs a kernel over months [from, to), marking the changed cells in `list` when tracking. */
  private runKernel(kernel: FastKernel, from: number, to: number, batch: Int32Array, n: number, v: VariableState, list: ChangedCells | undefined, bad: Int32Array, dense = false): number {
    const count = this.count;
    const call = kernelFor(kernel, n, dense);
    if (!list) {
      // Not tracking: the kernel writes its changed cells to scratch. Kernels always record, so the code V8
      // optimises while a workbook is built is not thrown away at its first tracked recompute.
      count[0] = 0;
      const words = ((v.memberCount * this.months) >>> 5) + 1;
      if (this.untracked.length < words) this.untracked = new Uint32Array(words);
      return call.kernel(call.env, from, to, batch, n, v.values, v.memberCount, this.untracked, count, bad);
    }
    count[0] = list.count;
    const failed = call.kernel(call.env, from, to, batch, n, v.values, v.memberCount, list.bits, count, bad);
    list.count = count[0]!;
    return failed;
  }

  private storeBatch(v: VariableState, root: KernelNode, t: number, base: number, batch: Int32Array, n: number, out: Float64Array, list: ChangedCells | undefined): void {
    const values = v.values;
    const hadErrors = v.errors.size > 0;
    for (let k = 0; k < n; k++) {
      const m = batch[k]!;
      const index = base + m;
      const value = out[k]!;
      if (value - value === 0) {
        if (list !== undefined && values[index] !== value) list.mark(index);
        values[index] = value;
        if (hadErrors) v.errors.delete(index);
      } else {
        const checked = root.scalar(t, m);
        const error = isCellError(checked) ? checked : new CellError('#NUM!', `${v.name}${v.memberLabel(m)} overflows (${checked})`);
        this.storeError(v, index, error, list);
      }
    }
  }

  private storeValue(v: VariableState, index: number, value: number, list: ChangedCells | undefined): void {
    if (list !== undefined && v.values[index] !== value) list.mark(index);
    v.values[index] = value;
    if (v.errors.size > 0) v.errors.delete(index);
  }

  private storeError(v: VariableState, index: number, error: CellError, list: ChangedCells | undefined): void {
    if (list !== undefined) {
      const old = v.errors.get(index);
      if (!old || old.code !== error.code || old.message !== error.message) list.mark(index);
    }
    v.values[index] = NaN;
    v.errors.set(index, error);
  }
}
