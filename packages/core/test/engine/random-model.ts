/**
 * fast-check generators of small random models and edit sequences for the engine's property tests.
 *
 * Formulas are generated as abstract trees whose references pick a variable by number; they are rendered to text
 * against the workbook as it stands when the edit is applied, so most edits are valid even after earlier edits
 * added or removed variables. A reference to a variable with dims the target lacks is sliced to a member or summed
 * over the extra dims, except now and then on purpose (to exercise #VALUE!).
 */
import fc from 'fast-check';
import type { DimensionDefinition, Edit, ModelDefinition, SeriesInput, VariableDefinition } from '../../src/index.js';

export const DIMS: DimensionDefinition[] = [
  { name: 'r', members: [{ id: 'ra', name: 'A' }, { id: 'rb', name: 'B' }, { id: 'rc', name: 'C' }] },
  { name: 'p', members: [{ id: 'px', name: 'X' }, { id: 'py', name: 'Y' }] },
];
const DIM_CHOICES: string[][] = [[], ['r'], ['p'], ['r', 'p']];

export type Ex =
  | { k: 'num'; v: number }
  | { k: 'ref'; pick: number; back: boolean; slice: number; agg: boolean; raw: boolean }
  | { k: 'bin'; op: string; a: Ex; b: Ex }
  | { k: 'cond'; c: Ex; a: Ex; b: Ex }
  | { k: 'fn1'; fn: string; a: Ex }
  | { k: 'fn2'; fn: string; a: Ex; b: Ex }
  | { k: 'lag'; n: number; a: Ex }
  /** The variable itself some months back: a recursion in time, never a cycle. */
  | { k: 'lagself'; n: number }
  | { k: 'cal'; fn: 'year' | 'month' };

const num = fc.oneof(fc.integer({ min: -3, max: 6 }), fc.constantFrom(0, 0.5, 1.25, 10, 100));
const ref = fc.record({ pick: fc.nat(7), back: fc.boolean(), slice: fc.nat(5), agg: fc.boolean(), raw: fc.nat(12).map((n) => n === 0) });

const exArb: fc.Arbitrary<Ex> = fc.letrec<{ ex: Ex }>((tie) => ({
  ex: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ k: fc.constant('num' as const), v: num }),
    ref.map((r) => ({ k: 'ref' as const, ...r })),
    fc.record({ k: fc.constant('bin' as const), op: fc.constantFrom('+', '-', '*', '/', '^', 'mod', '>', '<=', '==', 'and', 'or'), a: tie('ex'), b: tie('ex') }),
    fc.record({ k: fc.constant('cond' as const), c: tie('ex'), a: tie('ex'), b: tie('ex') }),
    fc.record({ k: fc.constant('fn1' as const), fn: fc.constantFrom('ytd', 'year_sum', 'year_end', 'yoy', 'abs', 'sqrt', 'round', '-', 'not'), a: tie('ex') }),
    fc.record({ k: fc.constant('fn2' as const), fn: fc.constantFrom('max', 'min'), a: tie('ex'), b: tie('ex') }),
    fc.record({ k: fc.constant('lag' as const), n: fc.constantFrom(1, 2, 12, 13), a: tie('ex') }),
    fc.record({ k: fc.constant('lagself' as const), n: fc.constantFrom(1, 3, 12) }),
    fc.record({ k: fc.constant('cal' as const), fn: fc.constantFrom('year' as const, 'month' as const) }),
  ),
})).ex;

/** What rendering a formula needs to know of the workbook. */
export interface RenderContext {
  names: readonly string[];
  dimsOf(name: string): readonly string[];
  /** Read only variables earlier in the order (and the variable itself through lag): no same-month cycle possible. */
  acyclic: boolean;
}

export function render(ex: Ex, target: string, targetDims: readonly string[], ctx: RenderContext): string {
  // Inside year_sum or year_end a lag of the variable itself would read its own future: a cycle, so it becomes 1.
  const go = (e: Ex, inWindow = false): string => {
    switch (e.k) {
      case 'num':
        return e.v < 0 ? `(${e.v})` : String(e.v);
      case 'ref':
        return renderRef(e, target, targetDims, ctx);
      case 'bin':
        // Small powers only: x ^ big overflows everywhere and says little.
        return e.op === '^' ? `(${go(e.a, inWindow)}) ^ (${go(e.b, inWindow)} mod 3)` : `(${go(e.a, inWindow)}) ${e.op} (${go(e.b, inWindow)})`;
      case 'cond':
        return `(${go(e.c, inWindow)}) ? (${go(e.a, inWindow)}) : (${go(e.b, inWindow)})`;
      case 'fn1': {
        const a = go(e.a, inWindow || e.fn === 'year_sum' || e.fn === 'year_end');
        if (e.fn === '-') return `-(${a})`;
        if (e.fn === 'not') return `not (${a})`;
        if (e.fn === 'round') return `round(${a}, 2)`;
        return `${e.fn}(${a})`;
      }
      case 'fn2':
        return `${e.fn}(${go(e.a, inWindow)}, ${go(e.b, inWindow)})`;
      case 'lag':
        return `lag(${go(e.a, inWindow)}, ${e.n})`;
      case 'lagself':
        return inWindow ? '1' : `lag(${target}, ${e.n})`;
      case 'cal':
        return `${e.fn}()`;
    }
  };
  return go(ex);
}

function renderRef(e: Extract<Ex, { k: 'ref' }>, target: string, targetDims: readonly string[], ctx: RenderContext): string {
  const at = ctx.names.indexOf(target);
  const earlier = at > 0 ? ctx.names.slice(0, at) : [];
  const pool = ctx.acyclic ? earlier : e.back && earlier.length > 0 ? earlier : ctx.names;
  if (pool.length === 0) return '1';
  const name = pool[e.pick % pool.length]!;
  const extra = ctx.dimsOf(name).filter((d) => !targetDims.includes(d));
  if (extra.length === 0 || e.raw) return name;
  if (e.agg) {
    if (targetDims.length === 0) return `sum(${name})`;
    return extra.reduce((inner, dim) => `sum(${inner}, ${dim})`, name);
  }
  const members = extra.map((dim) => {
    const ids = DIMS.find((d) => d.name === dim)!.members.map((m) => m.id);
    return ids[e.slice % ids.length]!;
  });
  return [name, ...members].join('.');
}

const seriesArb = (months: number): fc.Arbitrary<SeriesInput> =>
  fc.oneof(
    num,
    fc.array(fc.option(num, { nil: null, freq: 6 }), { minLength: 1, maxLength: months }),
    fc.record({ fromOffset: fc.nat(months - 1), values: fc.array(fc.option(num, { nil: null, freq: 6 }), { minLength: 1, maxLength: 14 }) }).map(
      ({ fromOffset, values }) => ({ fromOffset, values }) as unknown as SeriesInput,
    ),
  );

/** A variable before rendering: its formula trees are rendered once every variable's name and dims are known. */
interface VariableSeed {
  dims: string[];
  values?: SeriesInput;
  formula?: Ex;
  memberFormula?: { member: number; ex: Ex };
}

const variableSeed = (months: number): fc.Arbitrary<VariableSeed> =>
  fc.record(
    {
      dims: fc.constantFrom(...DIM_CHOICES),
      values: seriesArb(months),
      formula: exArb,
      memberFormula: fc.record({ member: fc.nat(5), ex: exArb }),
    },
    { requiredKeys: ['dims'] },
  );

export interface Scenario {
  model: ModelDefinition;
  edits: EditSeed[][];
}

/** A calendar of 24-36 months from a random month of 2023, an optional as-of, 3-6 variables. */
export const modelArb = (acyclic: boolean): fc.Arbitrary<ModelDefinition> =>
  fc
  .record({ startMonth: fc.integer({ min: 1, max: 12 }), months: fc.integer({ min: 24, max: 36 }), asOf: fc.option(fc.nat(35)) })
  .chain(({ startMonth, months, asOf }) =>
    fc.array(variableSeed(months), { minLength: 3, maxLength: 6 }).map((seeds) => buildModel(startMonth, months, asOf, seeds, acyclic)),
  );

function monthAt(startMonth: number, offset: number): string {
  const ordinal = 2023 * 12 + startMonth - 1 + offset;
  return `${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
}

function buildModel(startMonth: number, months: number, asOf: number | null, seeds: VariableSeed[], acyclic: boolean): ModelDefinition {
  const names = seeds.map((_, i) => `v${i}`);
  const dimsOf = (name: string) => seeds[names.indexOf(name)]?.dims ?? [];
  const ctx: RenderContext = { names, dimsOf, acyclic };
  const variables = seeds.map((seed, i): VariableDefinition => {
    const name = names[i]!;
    const def: VariableDefinition = { name };
    if (seed.dims.length > 0) def.dims = seed.dims;
    if (seed.values !== undefined) def.values = concreteSeries(seed.values, startMonth);
    if (seed.formula !== undefined) def.formula = render(seed.formula, name, seed.dims, ctx);
    const keys = memberKeys(seed.dims);
    if (seed.memberFormula !== undefined && keys.length > 0) {
      def.memberFormulas = { [keys[seed.memberFormula.member % keys.length]!]: render(seed.memberFormula.ex, name, seed.dims, ctx) };
    }
    return def;
  });
  const calendar: ModelDefinition['calendar'] = { start: monthAt(startMonth, 0), end: monthAt(startMonth, months - 1) };
  if (asOf !== null) calendar.asOf = monthAt(startMonth, asOf % months);
  return { name: 'random', calendar, dimensions: DIMS, variables };
}

function concreteSeries(series: SeriesInput, startMonth: number): SeriesInput {
  if (typeof series === 'object' && !Array.isArray(series) && 'fromOffset' in series) {
    const { fromOffset, values } = series as unknown as { fromOffset: number; values: (number | null)[] };
    return { from: monthAt(startMonth, fromOffset), values };
  }
  return series;
}

export function memberKeys(dims: readonly string[]): string[] {
  return dims.reduce<string[]>(
    (keys, dim) => keys.flatMap((key) => DIMS.find((d) => d.name === dim)!.members.map((m) => (key === '' ? m.id : `${key}.${m.id}`))),
    [''],
  ).filter((key) => key !== '' || dims.length === 0);
}

/** An edit before it meets the workbook: picks are taken modulo what exists when it is applied. */
export type EditSeed =
  | { kind: 'setInput'; pick: number; member: number | null; month: number | null; value: number }
  | { kind: 'setValues'; pick: number; member: number | null; values: SeriesInput | null }
  | { kind: 'setFormula'; pick: number; member: number | null; formula: Ex | null }
  | { kind: 'addVariable'; dims: string[]; values: SeriesInput | null; formula: Ex | null }
  | { kind: 'removeVariable'; pick: number }
  | { kind: 'setAsOf'; month: number | null };

const memberPick = fc.option(fc.nat(5), { freq: 2 });

export const editSeedArb: fc.Arbitrary<EditSeed> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('setInput' as const), pick: fc.nat(7), member: memberPick, month: fc.option(fc.nat(35)), value: num }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('setValues' as const), pick: fc.nat(7), member: memberPick, values: fc.option(seriesArb(36), { freq: 4 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('setFormula' as const), pick: fc.nat(7), member: memberPick, formula: fc.option(exArb, { freq: 5 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('addVariable' as const), dims: fc.constantFrom(...DIM_CHOICES), values: fc.option(seriesArb(36)), formula: fc.option(exArb) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('removeVariable' as const), pick: fc.nat(7) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('setAsOf' as const), month: fc.option(fc.nat(35)) }), weight: 1 },
);

/**
 * The same setInput again with new values, one step each: how a user nudges a growth rate. Its repeats take the
 * workbook's remembered path for the cells the first one patched (see nudge-targets.ts).
 */
const nudgesArb: fc.Arbitrary<EditSeed[][]> = fc
  .record({
    pick: fc.nat(7),
    member: memberPick,
    month: fc.option(fc.nat(35)),
    values: fc.array(num, { minLength: 3, maxLength: 4 }),
    // Another edit before the last nudge: a formula, a new series or an as-of month may make what was remembered stale.
    between: fc.option(fc.oneof(editSeedArb.map((e) => [e]), fc.array(editSeedArb, { minLength: 2, maxLength: 3 }))),
  })
  .map(({ values, between, ...target }) => {
    const nudges: EditSeed[][] = values.map((value) => [{ kind: 'setInput' as const, ...target, value }]);
    if (between !== null) nudges.splice(nudges.length - 1, 0, between);
    return nudges;
  });

/** Each step is one edit (applied alone, not as a batch of one) or a batch of two or three; nudges come in runs. */
export const editStepsArb: fc.Arbitrary<EditSeed[][]> = fc
  .array(
    fc.oneof(
      { arbitrary: editSeedArb.map((e) => [[e]]), weight: 4 },
      { arbitrary: fc.array(editSeedArb, { minLength: 2, maxLength: 3 }).map((batch) => [batch]), weight: 1 },
      { arbitrary: nudgesArb, weight: 1 },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((runs) => runs.flat(1));

/** What an edit seed needs to know of the workbook it is applied to. */
export interface WorkbookView extends RenderContext {
  months: readonly string[];
  memberKeysOf(name: string): readonly string[];
}

let added = 0;

/** Resolves an edit seed against the workbook's current variables. Some results are invalid on purpose. */
export function concreteEdit(seed: EditSeed, view: WorkbookView): Edit {
  const name = (pick: number) => view.names[pick % Math.max(1, view.names.length)] ?? 'missing';
  const member = (variable: string, pick: number | null) => {
    const keys = view.memberKeysOf(variable);
    return pick === null || keys.length === 0 || keys[0] === '' ? undefined : keys[pick % keys.length];
  };
  const month = (pick: number) => view.months[pick % view.months.length]!;
  const startMonth = Number(view.months[0]!.slice(5, 7)) + (Number(view.months[0]!.slice(0, 4)) - 2023) * 12;
  switch (seed.kind) {
    case 'setInput': {
      const variable = name(seed.pick);
      const edit: Edit = { kind: 'setInput', variable, value: seed.value };
      const m = member(variable, seed.member);
      if (m !== undefined) edit.member = m;
      if (seed.month !== null) edit.month = month(seed.month);
      return edit;
    }
    case 'setValues': {
      const variable = name(seed.pick);
      const edit: Edit = { kind: 'setValues', variable, values: seed.values === null ? null : concreteSeries(seed.values, startMonth) };
      const m = member(variable, seed.member);
      if (m !== undefined) edit.member = m;
      return edit;
    }
    case 'setFormula': {
      const variable = name(seed.pick);
      const dims = view.dimsOf(variable);
      const edit: Edit = { kind: 'setFormula', variable, formula: seed.formula === null ? null : render(seed.formula, variable, dims, view) };
      const m = member(variable, seed.member);
      if (m !== undefined) edit.member = m;
      return edit;
    }
    case 'addVariable': {
      const variableName = `n${added++}`;
      const definition: VariableDefinition = { name: variableName };
      if (seed.dims.length > 0) definition.dims = seed.dims;
      if (seed.values !== null) definition.values = concreteSeries(seed.values, startMonth);
      if (seed.formula !== null) {
        const dimsOf = (n: string) => (n === variableName ? seed.dims : view.dimsOf(n));
        definition.formula = render(seed.formula, variableName, seed.dims, { names: [...view.names, variableName], dimsOf, acyclic: view.acyclic });
      }
      return { kind: 'addVariable', definition };
    }
    case 'removeVariable':
      return { kind: 'removeVariable', variable: name(seed.pick) };
    case 'setAsOf':
      return { kind: 'setAsOf', month: seed.month === null ? null : month(seed.month) };
  }
}
