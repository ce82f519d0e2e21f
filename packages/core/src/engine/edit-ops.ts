import type { Calendar } from '../calendar.js';
import { TradesheetError } from '../errors.js';
import { parseFormula } from '../formula/parse-formula.js';
import { FUNCTIONS } from '../formula/functions.js';
import type { Edit, VariableDefinition } from '../model/types.js';
import { emptyInputs, inputMonths, inputValuesMonths, seriesMonths, widenInputs, writeInputValues, writeSeries } from './input-series.js';
import type { Space } from './space.js';
import { snapshotOf, type VariableSnapshot, type VariableState } from './variable-state.js';

/**
 * Edits become operations that replace a variable's snapshot (or the as-of month) with a new one. An operation
 * knows its before and after, so undo is the same operation reversed.
 */
export type Op =
  | {
      kind: 'variable';
      name: string;
      before?: Placed;
      after?: Placed;
      /** Members whose inputs may differ between before and after, when the edit knows; else found by diffing. */
      inputMembers?: number[];
      /** Values changed in place in the inputs array that before and after share (see InputPatch). */
      patch?: InputPatch;
    }
  | { kind: 'asOf'; before: string | undefined; after: string | undefined };

/**
 * Input cells an edit changes in place: `array` is the inputs array of both snapshots, and applying the operation
 * writes `after` at `indices`, undoing it writes `before`. Setting a value would otherwise copy the variable's whole
 * inputs array for each nudge (and keep every copy on the undo stack): measured, that copy was a fifth of an edit's
 * time on the benchmark model. Edits that need a longer array, or replace whole series, still copy.
 */
export interface InputPatch {
  array: Float64Array;
  indices: Int32Array;
  before: Float64Array;
  after: Float64Array;
  /**
   * Every value on both sides is present (not NaN), so which inputs count is as it was: a nudge of a growth rate
   * need not recount them. Symmetric, so it holds for the undo too.
   */
  presenceKept: boolean;
}

/** Writes a patch's values (after, or before when undoing) into its array. */
export function writePatch(patch: InputPatch, undo = false): void {
  const values = undo ? patch.before : patch.after;
  for (let k = 0; k < patch.indices.length; k++) patch.array[patch.indices[k]!] = values[k]!;
}

export interface Placed {
  snapshot: VariableSnapshot;
  /** Position in the workbook's variable order. */
  position: number;
}

export interface EditContext {
  readonly calendar: Calendar;
  readonly asOf: string | undefined;
  state(name: string): VariableState | undefined;
  position(name: string): number;
  readonly variableCount: number;
  /** The space of a dims list; throws UNKNOWN_DIMENSION naming `where`. */
  spaceFor(dims: readonly string[], where: string): Space;
  isDimension(name: string): boolean;
  /** Inputs arrays created by earlier edits of the same batch, which later ones may change in place. */
  owned?: Set<Float64Array>;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names no formula may mention (check.ts refuses them), so no variable may have them either. */
const RESERVED = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'toString', 'valueOf', 'hasOwnProperty']);

/** Throws BAD_NAME unless `name` can be a variable's name. */
export function checkVariableName(name: unknown, isDimension: (name: string) => boolean): void {
  if (typeof name !== 'string' || !NAME.test(name) || RESERVED.has(name)) {
    throw new TradesheetError('BAD_NAME', `"${String(name)}" is not a valid variable name: use letters, digits and _, starting with a letter`);
  }
  if (isDimension(name) || FUNCTIONS.has(name)) throw new TradesheetError('BAD_NAME', `"${name}" is already the name of a dimension or function`);
}

export function invert(op: Op): Op {
  if (op.kind === 'asOf') return { kind: 'asOf', before: op.after, after: op.before };
  const inverse: Op = { kind: 'variable', name: op.name, before: op.after, after: op.before };
  if (op.inputMembers) inverse.inputMembers = op.inputMembers;
  if (op.patch) inverse.patch = { array: op.patch.array, indices: op.patch.indices, before: op.patch.after, after: op.patch.before, presenceKept: op.patch.presenceKept };
  return inverse;
}

export function opForEdit(edit: Edit, ctx: EditContext): Op {
  switch (edit.kind) {
    case 'setAsOf': {
      const after = edit.month ?? undefined;
      if (after !== undefined) ctx.calendar.index(after);
      return { kind: 'asOf', before: ctx.asOf, after };
    }
    case 'addVariable': {
      const name = edit.definition.name;
      checkVariableName(name, (n) => ctx.isDimension(n));
      if (ctx.state(name)) throw new TradesheetError('DUPLICATE_VARIABLE', `a variable named "${name}" already exists`);
      return { kind: 'variable', name, after: { snapshot: snapshotFromDefinition(edit.definition, ctx), position: ctx.variableCount } };
    }
    case 'removeVariable': {
      const state = existing(ctx, edit.variable);
      return { kind: 'variable', name: edit.variable, before: { snapshot: state.snapshot, position: ctx.position(edit.variable) } };
    }
    default: {
      const state = existing(ctx, edit.variable);
      const position = ctx.position(edit.variable);
      const where = editPlace(edit);
      const members = edit.member === undefined ? allMembers(state.space) : resolveMembers(state.space, edit.member, where);
      if (edit.kind === 'setInput') {
        const patched = patchOp(edit, state, ctx, position, members, where);
        if (patched) return patched;
      }
      const op: Op = { kind: 'variable', name: edit.variable, before: { snapshot: state.snapshot, position }, after: { snapshot: editedSnapshot(edit, state, ctx, members, where), position } };
      if (edit.kind !== 'setFormula') op.inputMembers = members;
      return op;
    }
  }
}

type MemberEdit = Extract<Edit, { kind: 'setInput' | 'setValues' | 'setFormula' }>;

/** A setInput as a patch of the inputs array in place, when the array already covers the months it sets and the patch is small. */
function patchOp(edit: Extract<Edit, { kind: 'setInput' }>, state: VariableState, ctx: EditContext, position: number, members: number[], where: string): Op | undefined {
  const s = state.snapshot;
  checkInputValue(edit.value, where);
  const first = edit.month === undefined ? 0 : ctx.calendar.index(edit.month);
  const last = edit.month === undefined ? ctx.calendar.length - 1 : first;
  if (s.inputs === null || inputMonths(s.inputs, state.memberCount) < last + 1) return undefined;
  const count = (last - first + 1) * members.length;
  // A patch of most of the array (a value for every member) costs more than a copy: three arrays instead of one.
  if (count * 4 > s.inputs.length) return undefined;
  const indices = new Int32Array(count);
  const before = new Float64Array(count);
  let k = 0;
  let presenceKept = true;
  for (let t = first; t <= last; t++) {
    for (let j = 0; j < members.length; j++) {
      const index = t * state.memberCount + members[j]!;
      const value = s.inputs[index]!;
      indices[k] = index;
      before[k] = value;
      if (value !== value) presenceKept = false;
      k++;
    }
  }
  // The values set are finite numbers (checked above): present.
  const patch: InputPatch = { array: s.inputs, indices, before, after: new Float64Array(count).fill(edit.value), presenceKept };
  return { kind: 'variable', name: edit.variable, before: { snapshot: s, position }, after: { snapshot: snapshotOf(s), position }, inputMembers: members, patch };
}

/** Where an edit of a variable or one of its members applies, for messages: `growth` or `growth.us`. */
export function editPlace(edit: { variable: string; member?: string }): string {
  return edit.member === undefined ? edit.variable : `${edit.variable}.${edit.member}`;
}

export function checkInputValue(value: unknown, where: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TradesheetError('BAD_VALUE', `${where}: ${String(value)} is not a finite number`);
}

/** The snapshot after a member edit; `members`: the members it names (resolved once by the caller), `where` for messages. */
function editedSnapshot(edit: MemberEdit, state: VariableState, ctx: EditContext, members: readonly number[], where: string): VariableSnapshot {
  const s = state.snapshot;
  switch (edit.kind) {
    case 'setInput': {
      checkInputValue(edit.value, where);
      const first = edit.month === undefined ? 0 : ctx.calendar.index(edit.month);
      const last = edit.month === undefined ? ctx.calendar.length - 1 : first;
      const inputs = ownInputs(s.inputs, state, ctx, last + 1);
      const M = state.memberCount;
      // Every member of a run of months is one stretch of the month-major array.
      if (edit.member === undefined) inputs.fill(edit.value, first * M, (last + 1) * M);
      else for (let t = first; t <= last; t++) for (const m of members) inputs[t * M + m] = edit.value;
      return snapshotOf({ ...s, inputs });
    }
    case 'setValues': {
      const inputs = ownInputs(s.inputs, state, ctx, edit.values === null ? 0 : seriesMonths(edit.values, ctx.calendar));
      const months = inputMonths(inputs, state.memberCount);
      for (const m of members) for (let t = 0; t < months; t++) inputs[t * state.memberCount + m] = NaN;
      if (edit.values !== null) for (const m of members) writeSeries(inputs, state.space, ctx.calendar, m, edit.values, where);
      return snapshotOf({ ...s, inputs: inputs.some((v) => !Number.isNaN(v)) ? inputs : null });
    }
    case 'setFormula': {
      if (edit.formula !== null && typeof edit.formula !== 'string') {
        throw new TradesheetError('BAD_FORMULA', `${where}: a formula must be text, not ${typeof edit.formula}`);
      }
      if (edit.formula !== null) parseFormula(edit.formula, edit.variable);
      if (edit.member === undefined) {
        return snapshotOf({ ...s, formula: edit.formula ?? undefined });
      }
      const memberFormulas = new Map(s.memberFormulas);
      for (const m of members) {
        if (edit.formula === null) memberFormulas.delete(m);
        else memberFormulas.set(m, edit.formula);
      }
      return snapshotOf({ ...s, memberFormulas });
    }
  }
}

export function snapshotFromDefinition(def: VariableDefinition, ctx: Pick<EditContext, 'calendar' | 'spaceFor'>): VariableSnapshot {
  const dims = def.dims ?? [];
  const space = ctx.spaceFor(dims, `variable ${def.name}`);
  let inputs: Float64Array | null = null;
  if (def.values !== undefined) {
    inputs = emptyInputs(space.size, inputValuesMonths(def.values, space, ctx.calendar));
    writeInputValues(inputs, space, ctx.calendar, def.values, def.name);
  }
  if (def.formula !== undefined) parseFormula(def.formula, def.name);
  const memberFormulas = new Map<number, string>();
  for (const [key, formula] of Object.entries(def.memberFormulas ?? {})) {
    parseFormula(formula, `${def.name}.${key}`);
    for (const m of resolveMembers(space, key, `${def.name}.${key}`)) memberFormulas.set(m, formula);
  }
  return snapshotOf({
    name: def.name,
    dims: [...dims],
    unit: def.unit,
    description: def.description,
    source: def.source,
    confidence: def.confidence,
    memberSources: def.memberSources === undefined ? undefined : structuredClone(def.memberSources),
    inputs,
    formula: def.formula,
    memberFormulas,
  });
}

/** Members named by a key: a full key (`us`, `us.cars`) or one dimension's member id (`cars`: every point with it). */
export function resolveMembers(space: Space, key: string, where: string): number[] {
  const exact = space.indexOfKey(key);
  if (exact >= 0) return [exact];
  if (space.dims.length > 1) {
    const d = space.dims.findIndex((dim) => dim.indexOf.has(key));
    if (d >= 0) {
      const member = space.dims[d]!.indexOf.get(key)!;
      return range(space.size).filter((point) => space.coordinate(point, d) === member);
    }
  }
  const known = space.dims.length === 0 ? 'it has no members' : `members are ${space.dims.map((dim) => dim.memberIds.join(', ')).join('; ')}`;
  throw new TradesheetError('UNKNOWN_MEMBER', `${where}: no member "${key}" (${known})`);
}

/**
 * A copy of the inputs to change, covering at least `months` months, or the batch's own copy when an earlier edit
 * of the same batch already made one (widened if it is too short).
 */
function ownInputs(inputs: Float64Array | null, state: VariableState, ctx: EditContext, months: number): Float64Array {
  const owned = inputs !== null && ctx.owned?.has(inputs) === true;
  if (owned && inputMonths(inputs, state.memberCount) >= months) return inputs!;
  const copy = widenInputs(inputs, state.memberCount, months);
  if (owned) ctx.owned!.delete(inputs!);
  ctx.owned?.add(copy);
  return copy;
}

function existing(ctx: EditContext, name: string): VariableState {
  const state = ctx.state(name);
  if (!state) throw new TradesheetError('UNKNOWN_VARIABLE', `no variable named "${name}"`);
  return state;
}

function allMembers(space: Space): number[] {
  return range(space.size);
}

function range(n: number): number[] {
  const list = new Array<number>(n);
  for (let i = 0; i < n; i++) list[i] = i;
  return list;
}
