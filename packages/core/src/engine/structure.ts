import type { Calendar } from '../calendar.js';
import { TradesheetError } from '../errors.js';
import { mentionedNames } from '../formula/ast.js';
import { CONSTANTS, FUNCTIONS } from '../formula/functions.js';
import { parseFormula } from '../formula/parse-formula.js';
import { buildSchedule, type GraphEdge, type Step } from '../graph/schedule.js';
import { memberSchedule } from './member-schedule.js';
import type { DimensionDefinition } from '../model/types.js';
import { compileFormula, type SymbolTable } from './compile.js';
import { Space, type DimensionInfo } from './space.js';
import type { TimeAxis } from './time-nodes.js';
import type { FormulaGroup, VariableState } from './variable-state.js';

/** The dimensions of a model, by name, as the engine uses them. */
export function dimensionInfos(definitions: readonly DimensionDefinition[]): Map<string, DimensionInfo> {
  const infos = new Map<string, DimensionInfo>();
  for (const def of definitions) {
    if (infos.has(def.name)) throw new TradesheetError('DUPLICATE_DIMENSION', `dimension "${def.name}" is declared twice`);
    const ids = def.members.map((m) => m.id);
    const indexOf = new Map(ids.map((id, i) => [id, i]));
    if (indexOf.size !== ids.length) throw new TradesheetError('DUPLICATE_MEMBER', `dimension "${def.name}" lists a member twice`);
    infos.set(def.name, { name: def.name, memberIds: ids, memberNames: def.members.map((m) => m.name), indexOf });
  }
  return infos;
}

export function spaceFor(dimensions: ReadonlyMap<string, DimensionInfo>, dims: readonly string[], where: string): Space {
  return new Space(
    dims.map((name) => {
      const info = dimensions.get(name);
      if (!info) throw new TradesheetError('UNKNOWN_DIMENSION', `${where}: unknown dimension "${name}"`);
      return info;
    }),
  );
}

export function timeAxis(calendar: Calendar): TimeAxis {
  return { months: calendar.length, monthOfYear: (t) => calendar.monthOfYear(t), start: calendar.start, end: calendar.end };
}

export function symbolTable(variables: ReadonlyMap<string, VariableState>, dimensions: ReadonlyMap<string, DimensionInfo>): SymbolTable {
  return {
    variable: (name) => variables.get(name),
    dimension: (name) => dimensions.get(name),
    names: () => [...variables.keys(), ...dimensions.keys(), ...FUNCTIONS.keys(), ...CONSTANTS.keys()],
  };
}

/** Compiles a variable's formulas into groups: one per distinct formula text, each with the members it computes. */
export function compileVariable(v: VariableState, symbols: SymbolTable, axis: TimeAxis): void {
  const membersByFormula = new Map<string, number[]>();
  for (let m = 0; m < v.memberCount; m++) {
    const formula = v.formulaOf(m);
    if (formula === undefined) continue;
    const list = membersByFormula.get(formula);
    if (list) list.push(m);
    else membersByFormula.set(formula, [m]);
  }
  const groups: FormulaGroup[] = [];
  for (const [formula, members] of membersByFormula) {
    const compiled = compileFormula(parseFormula(formula, v.name), v.space, symbols, axis, v.name);
    groups.push({ formula, compiled, members: Int32Array.from(members), dense: members.length === v.memberCount && members.every((m, k) => m === k) });
  }
  v.groups = groups;
  v.groupOf = new Int32Array(v.memberCount).fill(-1);
  groups.forEach((group, g) => group.members.forEach((m) => (v.groupOf[m] = g)));
}

/** Names mentioned by each variable's formulas, inverted: name → variables whose formulas mention it. */
export function mentionIndex(variables: ReadonlyMap<string, VariableState>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const v of variables.values()) {
    const texts = new Set([v.snapshot.formula, ...v.snapshot.memberFormulas.values()]);
    for (const text of texts) {
      if (text === undefined) continue;
      for (const name of mentionedNames(parseFormula(text, v.name))) {
        if (!index.has(name)) index.set(name, new Set());
        index.get(name)!.add(v.name);
      }
    }
  }
  return index;
}

export function scheduleFor(order: readonly string[], variables: ReadonlyMap<string, VariableState>): Step[] {
  const edges: GraphEdge[] = [];
  for (const v of variables.values()) {
    for (const group of v.groups) for (const read of group.compiled.reads) edges.push({ from: read.source.name, to: v.name, latest: read.latest });
  }
  // A variable whose members read each other in the same month (a total row, a residual) is ordered member by member.
  return buildSchedule(order, edges).map((step) =>
    step.kind === 'cycle' && step.variables.length === 1 ? memberSchedule(variables.get(step.variables[0]!)!) : step,
  );
}

/** A string per variable that changes when how it is scheduled changes (so its cells must all be recomputed). */
export function scheduleSignatures(schedule: readonly Step[]): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const step of schedule) {
    if (step.kind === 'whole') signatures.set(step.variable, 'whole');
    else if (step.kind === 'members') signatures.set(step.variable, `members:${step.order.join(',')}|${step.cyclic.join(',')}|${step.path.join('>')}`);
    else for (const name of step.variables) signatures.set(name, `${step.kind}:${step.variables.join(',')}|${step.kind === 'cycle' ? step.path.join('>') : ''}`);
  }
  return signatures;
}
