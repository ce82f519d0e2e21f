import type { CellError } from '../errors.js';
import type { Provenance, VariableDefinition } from '../model/types.js';
import type { CompileSource, CompiledFormula } from './compile.js';
import type { Space } from './space.js';
import type { VariableInfo } from './workbook-types.js';

/** Everything about a variable except its computed cells: what an edit replaces and undo restores. */
export interface VariableSnapshot {
  name: string;
  dims: string[];
  unit?: string;
  description?: string;
  source?: string;
  confidence?: string;
  memberSources?: Record<string, Provenance>;
  /** Month-major inputs, NaN for none, up to the last month with one (see input-series). Edits copy it, except an edit of single values, which changes it in place through its operation's patch (undo writes the old values back). */
  inputs: Float64Array | null;
  formula?: string;
  /** Formula overrides by member index. */
  memberFormulas: ReadonlyMap<number, string>;
}

/**
 * A snapshot with every field present (undefined where absent) in one order, so that all snapshots share one
 * object layout and the engine's optimised code stays valid for every variable (see shape-keeper.ts).
 */
export function snapshotOf(s: VariableSnapshot): VariableSnapshot {
  return {
    name: s.name,
    dims: s.dims,
    unit: s.unit,
    description: s.description,
    source: s.source,
    confidence: s.confidence,
    memberSources: s.memberSources,
    inputs: s.inputs,
    formula: s.formula,
    memberFormulas: s.memberFormulas,
  };
}

/** Whether two dims lists are the same, in the same order: a variable of other dims is another shape of state. */
export function sameDims(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((dim, i) => dim === b[i]);
}

/** Members that share one formula text, compiled once. */
export interface FormulaGroup {
  formula: string;
  compiled: CompiledFormula;
  members: Int32Array;
  /** Whether `members` is 0, 1, 2, … (every member of the variable, in order): kernels then skip the lookup. */
  dense: boolean;
  /** For each source, which of this group's members read each source member (built on first incremental edit). */
  inverse?: Map<string, { offsets: Int32Array; targets: Int32Array }>;
}

/** A variable in a workbook: its definition and its computed cells. */
export class VariableState implements CompileSource {
  readonly memberCount: number;
  values: Float64Array;
  errors = new Map<number, CellError>();
  groups: FormulaGroup[] = [];
  /** Index into `groups` of each member's formula, -1 for none (set by compileVariable). */
  groupOf: Int32Array = new Int32Array(0);
  /** Per month: 0 no input counts, 1 every member's input counts, 2 some do. */
  inputMode: Uint8Array;
  /** Per month: how many members' inputs count. */
  private readonly countingPerMonth: Int32Array;
  /** Per cell (month-major, as long as the inputs array): 1 where the input is the cell's value. Null when there are no inputs. */
  counting: Uint8Array | null = null;
  /** Members with no formula at all (their cells are inputs or have no value). */
  uncovered = 0;

  constructor(
    public snapshot: VariableSnapshot,
    readonly space: Space,
    readonly months: number,
  ) {
    this.memberCount = space.size;
    this.values = new Float64Array(this.memberCount * months).fill(NaN);
    this.inputMode = new Uint8Array(months);
    this.countingPerMonth = new Int32Array(months);
  }

  get name(): string {
    return this.snapshot.name;
  }

  memberLabel(member: number): string {
    return this.space.dims.length === 0 ? '' : `.${this.space.key(member)}`;
  }

  hasFormula(member: number): boolean {
    return this.snapshot.formula !== undefined || this.snapshot.memberFormulas.has(member);
  }

  formulaOf(member: number): string | undefined {
    return this.snapshot.memberFormulas.get(member) ?? this.snapshot.formula;
  }

  /** Whether the input at (member, t) is the cell's value: present, and an actual (t <= asOf) if a formula exists. */
  /** Whether the input at (member, t) is the cell's value (as of the last refreshInputMode). */
  inputCounts(member: number, t: number): boolean {
    const index = t * this.memberCount + member;
    return this.counting !== null && index < this.counting.length && this.counting[index] === 1;
  }

  /**
   * Works out which inputs count: present, and an actual (t <= asOf) where the member also has a formula. With
   * `members`, only those members' inputs changed: the rest is kept.
   */
  refreshInputMode(asOf: number, members?: ReadonlySet<number>): void {
    const inputs = this.snapshot.inputs;
    const M = this.memberCount;
    if (members && inputs && this.counting && this.counting.length === inputs.length) {
      this.refreshMembers(asOf, inputs, members);
      return;
    }
    let uncovered = 0;
    const formula = new Uint8Array(M);
    for (let m = 0; m < M; m++) {
      formula[m] = this.hasFormula(m) ? 1 : 0;
      if (formula[m] === 0) uncovered++;
    }
    this.uncovered = uncovered;
    if (!inputs) {
      this.counting = null;
      this.inputMode.fill(0);
      this.countingPerMonth.fill(0);
      return;
    }
    const counting = this.counting && this.counting.length === inputs.length ? this.counting : new Uint8Array(inputs.length);
    // Months past the inputs' end have none (see input-series).
    const inputMonths = M === 0 ? 0 : inputs.length / M;
    this.inputMode.fill(0, inputMonths);
    this.countingPerMonth.fill(0, inputMonths);
    for (let t = 0; t < inputMonths; t++) {
      let count = 0;
      const base = t * M;
      for (let m = 0; m < M; m++) {
        const value = inputs[base + m]!;
        const counts = value === value && (t <= asOf || formula[m] === 0) ? 1 : 0;
        counting[base + m] = counts;
        count += counts;
      }
      this.countingPerMonth[t] = count;
      this.inputMode[t] = count === 0 ? 0 : count === M ? 1 : 2;
    }
    this.counting = counting;
  }

  private refreshMembers(asOf: number, inputs: Float64Array, members: ReadonlySet<number>): void {
    const M = this.memberCount;
    const counting = this.counting!;
    const inputMonths = M === 0 ? 0 : inputs.length / M;
    const list = Int32Array.from(members);
    const formula = Uint8Array.from(list, (m) => (this.hasFormula(m) ? 1 : 0));
    for (let t = 0; t < inputMonths; t++) {
      const base = t * M;
      let count = this.countingPerMonth[t]!;
      for (let k = 0; k < list.length; k++) {
        const m = list[k]!;
        const value = inputs[base + m]!;
        const counts = value === value && (t <= asOf || formula[k] === 0) ? 1 : 0;
        count += counts - counting[base + m]!;
        counting[base + m] = counts;
      }
      this.countingPerMonth[t] = count;
      this.inputMode[t] = count === 0 ? 0 : count === M ? 1 : 2;
    }
  }

  /** What the workbook tells of the variable (see Workbook.variable). */
  info(): VariableInfo {
    const points = Array.from({ length: this.memberCount }, (_, m) => m);
    return {
      definition: this.describe(),
      dims: [...this.snapshot.dims],
      memberKeys: points.map((m) => this.space.key(m)),
      memberNames: points.map((m) => this.space.displayName(m)),
      hasFormula: this.snapshot.formula !== undefined || this.snapshot.memberFormulas.size > 0,
      hasInputs: this.snapshot.inputs !== null,
    };
  }

  /** The definition as a file holds it, without values (see input-series for those). */
  describe(): Omit<VariableDefinition, 'values'> {
    const s = this.snapshot;
    const definition: Omit<VariableDefinition, 'values'> = { name: s.name };
    if (s.dims.length > 0) definition.dims = [...s.dims];
    if (s.unit !== undefined) definition.unit = s.unit;
    if (s.description !== undefined) definition.description = s.description;
    if (s.source !== undefined) definition.source = s.source;
    if (s.confidence !== undefined) definition.confidence = s.confidence;
    if (s.formula !== undefined) definition.formula = s.formula;
    if (s.memberFormulas.size > 0) {
      definition.memberFormulas = Object.fromEntries([...s.memberFormulas].map(([m, f]) => [this.space.key(m), f]));
    }
    if (s.memberSources) definition.memberSources = structuredClone(s.memberSources);
    return definition;
  }
}
