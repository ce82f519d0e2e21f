import { Calendar } from '../calendar.js';
import { CellError, TradesheetError } from '../errors.js';
import type { Step } from '../graph/schedule.js';
import type { DimensionDefinition, Edit, ModelDefinition, MonthKey, VariableDefinition } from '../model/types.js';
import type { SymbolTable } from './compile.js';
import { checkVariableName, invert, opForEdit, snapshotFromDefinition, writePatch, type EditContext, type Op } from './edit-ops.js';
import type { DirtySet } from './dirty.js';
import { lazyChangeMap } from './changed-cells.js';
import { Evaluator, type Changes } from './evaluate.js';
import { readInputValues } from './input-series.js';
import { PropagationCache, type Spread } from './propagation-cache.js';
import { propagateDirty } from './propagate.js';
import { recalcPlan, settledInputs } from './recalc-plan.js';
import { BatchOps } from './batch-ops.js';
import { applyNudge, NudgeTargets } from './nudge-targets.js';
import { keepShapesAlive } from './shape-keeper.js';
import type { DimensionInfo } from './space.js';
import { compileVariable, dimensionInfos, mentionIndex, scheduleFor, scheduleSignatures, spaceFor, symbolTable, timeAxis } from './structure.js';
import type { TimeAxis } from './time-nodes.js';
import { sameDims, VariableState } from './variable-state.js';

import type { ChangeSet, VariableInfo, WorkbookCalendar } from './workbook-types.js';

export type { ChangeSet, VariableInfo, WorkbookCalendar };

/**
 * A model being worked on: its variables, their computed cells, and the edits made to it. Every edit recomputes
 * only the cells that depend on it, and can be undone.
 */
export class Workbook {
  readonly name: string;
  readonly title?: string;
  readonly description?: string;
  readonly dimensions: readonly DimensionDefinition[];
  private readonly cal: Calendar;
  private readonly dims: Map<string, DimensionInfo>;
  private readonly axis: TimeAxis;
  private readonly states = new Map<string, VariableState>();
  private readonly symbols: SymbolTable;
  private readonly evaluator: Evaluator;
  private order: string[] = [];
  private asOfKey: MonthKey | undefined;
  private schedule: Step[] = [];
  private mentions = new Map<string, Set<string>>();
  private readonly described = new WeakMap<VariableState, { snapshot: VariableState['snapshot']; info: VariableInfo }>();
  /** Where recent edits' dirtiness spread; forgotten whenever the schedule is rebuilt. */
  private readonly propagation = new PropagationCache();
  /** What recent single setInputs worked out, for the next nudge of the same cells; forgotten with the spreads. */
  private readonly nudges = new NudgeTargets();
  /** The context single setInput edits are made in (no batch copies to share), made once. */
  private inputContext: Mutable<EditContext> | undefined;
  private readonly undoStack: Op[][] = [];
  private readonly redoStack: Op[][] = [];

  /** Builds and fully evaluates a workbook; throws TradesheetError or FormulaError for a model it cannot build. */
  static fromModel(model: ModelDefinition): Workbook {
    const workbook = new Workbook(model);
    keepShapesAlive((keeperModel) => new Workbook(keeperModel));
    return workbook;
  }

  private constructor(model: ModelDefinition) {
    this.name = model.name;
    if (model.title !== undefined) this.title = model.title;
    if (model.description !== undefined) this.description = model.description;
    this.dimensions = structuredClone(model.dimensions);
    this.cal = new Calendar(model.calendar.start, model.calendar.end);
    if (model.calendar.asOf !== undefined) this.cal.index(model.calendar.asOf);
    this.asOfKey = model.calendar.asOf;
    this.dims = dimensionInfos(model.dimensions);
    this.axis = timeAxis(this.cal);
    this.symbols = symbolTable(this.states, this.dims);
    this.evaluator = new Evaluator(this.states, this.cal.length, (t) => this.cal.months[t]!);
    for (const def of model.variables) {
      checkVariableName(def.name, (name) => this.dims.has(name));
      if (this.states.has(def.name)) throw new TradesheetError('DUPLICATE_VARIABLE', `variable "${def.name}" is defined twice`);
      const snapshot = snapshotFromDefinition(def, this.editContext());
      this.states.set(def.name, new VariableState(snapshot, spaceFor(this.dims, snapshot.dims, def.name), this.cal.length));
      this.order.push(def.name);
    }
    this.restructure(new Set(this.order));
    const dirty: DirtySet = new Map([...this.states.values()].map((v) => [v, null]));
    this.evaluator.run(this.schedule, dirty);
  }

  get calendar(): WorkbookCalendar {
    const calendar: WorkbookCalendar = { start: this.cal.start, end: this.cal.end, months: this.cal.months };
    if (this.asOfKey !== undefined) calendar.asOf = this.asOfKey;
    return calendar;
  }

  variableNames(): string[] {
    return [...this.order];
  }

  /** A variable's description; the same object until the variable is edited, so treat it as read-only. */
  variable(name: string): VariableInfo | undefined {
    const v = this.states.get(name);
    if (!v) return undefined;
    const cached = this.described.get(v);
    if (cached && cached.snapshot === v.snapshot) return cached.info;
    const info = v.info();
    this.described.set(v, { snapshot: v.snapshot, info });
    return info;
  }

  /** A cell's value, or its error value. `member` is the member key (`us`), undefined for a scalar. */
  value(name: string, member: string | undefined, month: MonthKey): number | CellError {
    const v = this.require(name);
    return this.cellAt(v, v.memberCount * this.cal.index(month) + this.memberIndex(v, member));
  }

  /** A member's value in every month of the calendar. */
  series(name: string, member?: string): (number | CellError)[] {
    const v = this.require(name);
    const m = this.memberIndex(v, member);
    return this.cal.months.map((_, t) => this.cellAt(v, t * v.memberCount + m));
  }

  /** Whether a cell's value is an input (an actual), not computed by the formula. */
  isActual(name: string, member: string | undefined, month: MonthKey): boolean {
    const v = this.require(name);
    return v.inputCounts(this.memberIndex(v, member), this.cal.index(month));
  }

  cellAddress(name: string, index: number): { member: string | undefined; month: MonthKey } {
    const v = this.require(name);
    const m = index % v.memberCount;
    return { member: v.space.dims.length === 0 ? undefined : v.space.key(m), month: this.cal.months[Math.floor(index / v.memberCount)]! };
  }

  /** Names of the variables this one's formulas read. */
  dependencies(name: string): string[] {
    const v = this.require(name);
    return [...new Set(v.groups.flatMap((g) => g.compiled.reads.map((r) => r.source.name)))];
  }

  /** Names of the variables whose formulas read this one. */
  dependents(name: string): string[] {
    this.require(name);
    return this.order.filter((other) => this.states.get(other)!.groups.some((g) => g.compiled.reads.some((r) => r.source.name === name)));
  }

  /**
   * Applies one edit or a batch (one recomputation, one undo step). A rejected edit throws and leaves the workbook
   * exactly as it was.
   */
  apply(edits: Edit | readonly Edit[]): ChangeSet {
    const single = Array.isArray(edits) ? undefined : (edits as Edit);
    if (single?.kind === 'setInput') return this.applyInput(single);
    const ops = this.applyAll(single ? [single] : (edits as readonly Edit[]));
    if (ops.length === 0) return { changed: new Map(), count: 0 };
    this.pushStep(ops);
    return this.recalc(ops);
  }

  private pushStep(ops: Op[]): void {
    this.undoStack.push(ops);
    this.redoStack.length = 0;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  undo(): ChangeSet | null {
    const ops = this.undoStack.pop();
    if (!ops) return null;
    const inverse = ops.map(invert).reverse();
    for (const op of inverse) this.applyOp(op);
    this.redoStack.push(ops);
    return this.recalc(inverse);
  }

  redo(): ChangeSet | null {
    const ops = this.redoStack.pop();
    if (!ops) return null;
    for (const op of ops) this.applyOp(op);
    this.undoStack.push(ops);
    return this.recalc(ops);
  }

  /** The workbook's current state as a model definition, edits applied. */
  toModel(): ModelDefinition {
    const calendar: ModelDefinition['calendar'] = { start: this.cal.start, end: this.cal.end };
    if (this.asOfKey !== undefined) calendar.asOf = this.asOfKey;
    const model: ModelDefinition = { name: this.name, calendar, dimensions: structuredClone(this.dimensions as DimensionDefinition[]), variables: [] };
    if (this.title !== undefined) model.title = this.title;
    if (this.description !== undefined) model.description = this.description;
    for (const name of this.order) {
      const v = this.states.get(name)!;
      const definition: VariableDefinition = v.describe();
      const values = readInputValues(v.snapshot.inputs, v.space, this.cal);
      if (values !== undefined) definition.values = values;
      model.variables.push(definition);
    }
    return model;
  }

  /**
   * One setInput, the nudge: its operation is checked in full before anything changes, and applying it cannot
   * fail, so it needs none of a batch's saving and rollback. Repeating a patch of the same cells reuses what the
   * first one worked out (see nudge-targets.ts).
   */
  private applyInput(edit: Extract<Edit, { kind: 'setInput' }>): ChangeSet {
    const state = this.states.get(edit.variable);
    const target = this.nudges.find(edit, state);
    if (target !== undefined) {
      const op = applyNudge(target, edit);
      this.pushStep([op]);
      // Replacing present values with present values changes nothing but values: the remembered spread holds.
      if (!op.patch!.presenceKept) return this.recalc([op]);
      target.spread ??= this.propagation.spread(this.schedule, this.states, recalcPlan([op], this.states, this.mentions));
      return this.evaluate(target.spread);
    }
    const context = (this.inputContext ??= this.editContext());
    context.variableCount = this.order.length;
    context.asOf = this.asOfKey;
    const op = opForEdit(edit, context);
    this.applyOp(op);
    this.pushStep([op]);
    const changes = this.recalc([op]);
    if (op.kind === 'variable' && state !== undefined && this.states.get(edit.variable) === state) this.nudges.remember(edit, op, state);
    return changes;
  }

  private applyAll(edits: readonly Edit[]): Op[] {
    const saved = { order: [...this.order], asOf: this.asOfKey, states: new Map<string, VariableState | undefined>(), snapshots: new Map<string, VariableState['snapshot']>() };
    const applied: Op[] = [];
    const owned = new Set<Float64Array>();
    const batch = new BatchOps(owned);
    const context = this.editContext(owned);
    try {
      for (const edit of edits) {
        context.variableCount = this.order.length;
        context.asOf = this.asOfKey;
        const op = opForEdit(edit, context);
        if (op.kind === 'variable' && !saved.states.has(op.name)) {
          const state = this.states.get(op.name);
          saved.states.set(op.name, state);
          if (state) saved.snapshots.set(op.name, state.snapshot);
        }
        this.applyOp(op);
        applied.push(op);
        batch.add(op);
      }
      return batch.ops;
    } catch (error) {
      // Put back the values patched in place, the very objects compiled formulas point at, their snapshots, and the order.
      for (let k = applied.length - 1; k >= 0; k--) {
        const op = applied[k]!;
        if (op.kind === 'variable' && op.patch) writePatch(op.patch, true);
      }
      for (const [name, state] of saved.states) {
        if (state) {
          state.snapshot = saved.snapshots.get(name)!;
          state.refreshInputMode(this.asOfIndex());
          this.states.set(name, state);
        } else {
          this.states.delete(name);
        }
      }
      this.order = saved.order;
      this.asOfKey = saved.asOf;
      for (const v of this.states.values()) v.refreshInputMode(this.asOfIndex());
      throw error;
    }
  }

  /** Changes state only; `recalc` compiles and computes. */
  private applyOp(op: Op): void {
    if (op.kind === 'asOf') {
      this.asOfKey = op.after;
      return;
    }
    const current = this.states.get(op.name);
    if (op.patch) writePatch(op.patch);
    if (!op.after) {
      this.states.delete(op.name);
      this.order = this.order.filter((name) => name !== op.name);
      return;
    }
    const snapshot = op.after.snapshot;
    if (current && sameDims(current.snapshot.dims, snapshot.dims)) {
      current.snapshot = snapshot;
    } else {
      this.states.set(op.name, new VariableState(snapshot, spaceFor(this.dims, snapshot.dims, op.name), this.cal.length));
    }
    if (!this.order.includes(op.name)) this.order.splice(Math.min(op.after.position, this.order.length), 0, op.name);
  }

  private recalc(ops: readonly Op[]): ChangeSet {
    const plan = recalcPlan(ops, this.states, this.mentions);
    if (plan.recompile.size === 0 && !plan.structural) {
      for (const [name, members] of plan.inputsChanged) {
        if (plan.countingChanged.has(name)) this.states.get(name)?.refreshInputMode(this.asOfIndex(), members);
      }
      return this.evaluate(this.propagation.spread(this.schedule, this.states, plan));
    }
    // A variable scheduled differently (entering or leaving a cycle) is recomputed in full.
    const before = scheduleSignatures(this.schedule);
    this.restructure(plan.recompile);
    for (const [name, signature] of scheduleSignatures(this.schedule)) {
      const v = this.states.get(name);
      if (v && before.get(name) !== signature) plan.dirty.set(v, null);
    }
    propagateDirty(this.schedule, this.states, plan.dirty);
    return this.evaluate({ dirty: plan.dirty, settled: settledInputs(plan, this.states) });
  }

  /** Computes a spread's members and reports the cells that changed. */
  private evaluate(spread: Spread): ChangeSet {
    const changes: Changes = new Map();
    this.evaluator.run(this.schedule, spread.dirty, changes, spread.settled);
    let count = 0;
    for (const cells of changes.values()) count += cells.count;
    const evaluator = this.evaluator;
    const generation = evaluator.generation;
    return { changed: lazyChangeMap(changes, () => evaluator.generation === generation), count };
  }

  /** Recompiles the named variables and rebuilds the schedule. */
  private restructure(names: ReadonlySet<string>): void {
    this.propagation.clear();
    this.nudges.clear();
    for (const v of this.states.values()) v.refreshInputMode(this.asOfIndex());
    for (const name of names) {
      const v = this.states.get(name);
      if (v) compileVariable(v, this.symbols, this.axis);
    }
    this.mentions = mentionIndex(this.states);
    this.schedule = scheduleFor(this.order, this.states);
  }

  private asOfIndex(): number {
    return this.asOfKey === undefined ? this.cal.length - 1 : this.cal.index(this.asOfKey);
  }

  private editContext(owned?: Set<Float64Array>): Mutable<EditContext> {
    return {
      owned,
      calendar: this.cal,
      asOf: this.asOfKey,
      state: (name) => this.states.get(name),
      position: (name) => this.order.indexOf(name),
      variableCount: this.order.length,
      spaceFor: (dims, where) => spaceFor(this.dims, dims, where),
      isDimension: (name) => this.dims.has(name),
    };
  }

  private require(name: string): VariableState {
    const v = this.states.get(name);
    if (!v) throw new TradesheetError('UNKNOWN_VARIABLE', `no variable named "${name}"`);
    return v;
  }

  private memberIndex(v: VariableState, member: string | undefined): number {
    if (v.space.dims.length === 0) {
      if (member !== undefined && member !== '') throw new TradesheetError('UNKNOWN_MEMBER', `${v.name} has no members (asked for "${member}")`);
      return 0;
    }
    if (member === undefined) throw new TradesheetError('UNKNOWN_MEMBER', `${v.name} varies by ${v.snapshot.dims.join(', ')}: name a member`);
    const index = v.space.indexOfKey(member);
    if (index < 0) throw new TradesheetError('UNKNOWN_MEMBER', `${v.name} has no member "${member}"`);
    return index;
  }

  private cellAt(v: VariableState, index: number): number | CellError {
    const value = v.values[index]!;
    if (value === value) return value;
    return v.errors.get(index) ?? new CellError('#REF!', `${v.name} has no value here`);
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
