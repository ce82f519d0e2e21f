import { CellError, isCellError } from '../errors.js';
import type { Step } from '../graph/schedule.js';
import { IndexScratch, Scratch } from './kernel.js';
import type { VariableState } from './variable-state.js';

/** Which members of each variable to compute; a variable absent from the map is not computed. `null`: all. */
export type DirtySet = Map<VariableState, Uint8Array | null>;

/** Cell indices whose value or error changed, by variable. */
export type Changes = Map<string, number[]>;

/**
 * Computes cells in schedule order. Each formula group is evaluated for a month over a batch of members at once
 * (the fast path); only cells whose result is not a finite number are recomputed one by one to find their error.
 */
export class Evaluator {
  private readonly batch = new IndexScratch();
  private readonly out = new Scratch();

  constructor(
    private readonly variables: ReadonlyMap<string, VariableState>,
    private readonly months: number,
    private readonly asOf: () => number,
    private readonly monthLabel: (t: number) => string,
  ) {}

  /** Computes the dirty members of every variable; records changes when `changes` is given. */
  run(schedule: readonly Step[], dirty: DirtySet, changes?: Changes): void {
    for (const step of schedule) {
      if (step.kind === 'whole') {
        const variable = this.variables.get(step.variable)!;
        if (!dirty.has(variable)) continue;
        const mask = dirty.get(variable)!;
        for (let t = 0; t < this.months; t++) this.computeMonth(variable, t, mask, changes);
      } else if (step.kind === 'stepped') {
        const states = step.variables.map((name) => this.variables.get(name)!).filter((v) => dirty.has(v));
        for (let t = 0; t < this.months; t++) for (const v of states) this.computeMonth(v, t, dirty.get(v)!, changes);
      } else {
        const error = new CellError('#CYCLE!', `circular reference within a month: ${step.path.join(' → ')}`);
        for (const name of step.variables) {
          const variable = this.variables.get(name)!;
          if (!dirty.has(variable)) continue;
          const mask = dirty.get(variable)!;
          for (let t = 0; t < this.months; t++) this.computeMonth(variable, t, mask, changes, error);
        }
      }
    }
  }

  private computeMonth(v: VariableState, t: number, mask: Uint8Array | null, changes: Changes | undefined, cycle?: CellError): void {
    const asOf = this.asOf();
    const base = t * v.memberCount;
    const mode = v.inputMode[t]!;
    const inputs = v.snapshot.inputs;
    const track = changes ? { list: changes.get(v.name), v, changes } : undefined;

    if (mode === 1 && mask === null && !track) {
      v.values.set(inputs!.subarray(base, base + v.memberCount), base);
      if (v.errors.size > 0) for (let m = 0; m < v.memberCount; m++) v.errors.delete(base + m);
      return;
    }
    // Members with a counting input take it; members with neither input nor formula have no value.
    if (mode !== 0 || v.groups.length === 0 || v.groups.length > 1 || v.groups[0]!.members.length !== v.memberCount) {
      for (let m = 0; m < v.memberCount; m++) {
        if (mask !== null && mask[m] === 0) continue;
        if (mode !== 0 && v.inputCounts(m, t, asOf)) this.store(v, base + m, inputs![base + m]!, undefined, track);
        else if (!v.hasFormula(m)) {
          const error = new CellError('#REF!', `${v.name}${v.memberLabel(m)} has no value for ${this.monthLabel(t)}: no input and no formula`);
          this.store(v, base + m, NaN, error, track);
        }
      }
    }
    for (const group of v.groups) {
      const batch = this.batch.get(group.members.length);
      let n = 0;
      for (let i = 0; i < group.members.length; i++) {
        const m = group.members[i]!;
        if (mask !== null && mask[m] === 0) continue;
        if (mode !== 0 && v.inputCounts(m, t, asOf)) continue;
        batch[n++] = m;
      }
      if (n === 0) continue;
      if (cycle) {
        for (let k = 0; k < n; k++) this.store(v, base + batch[k]!, NaN, cycle, track);
        continue;
      }
      const out = this.out.get(n);
      group.compiled.root.eval(t, batch, n, out);
      if (!track && v.errors.size === 0) {
        let clean = true;
        for (let k = 0; k < n; k++) {
          const value = out[k]!;
          if (value - value !== 0) {
            clean = false;
            break;
          }
          v.values[base + batch[k]!] = value;
        }
        if (clean) continue;
      }
      for (let k = 0; k < n; k++) {
        const m = batch[k]!;
        const value = out[k]!;
        if (value - value === 0) {
          this.store(v, base + m, value, undefined, track);
        } else {
          const checked = group.compiled.root.scalar(t, m);
          const error = isCellError(checked) ? checked : new CellError('#NUM!', `${v.name}${v.memberLabel(m)} overflows (${checked})`);
          this.store(v, base + m, NaN, error, track);
        }
      }
    }
  }

  private store(v: VariableState, index: number, value: number, error: CellError | undefined, track?: { list: number[] | undefined; v: VariableState; changes: Changes }): void {
    if (track) {
      const old = v.values[index]!;
      const oldError = v.errors.get(index);
      const changed = error ? oldError?.code !== error.code || oldError.message !== error.message : old !== value;
      if (changed) {
        if (!track.list) {
          track.list = [];
          track.changes.set(v.name, track.list);
        }
        track.list.push(index);
      }
    }
    v.values[index] = value;
    if (error) v.errors.set(index, error);
    else if (v.errors.size > 0) v.errors.delete(index);
  }
}
