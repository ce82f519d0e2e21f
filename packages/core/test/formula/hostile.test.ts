import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormulaError, TradesheetError, Workbook, isCellError, type ModelDefinition } from '../../src/index.js';

/**
 * Formulas written to escape the language: each must be refused with a FormulaError (a code and a position inside
 * the formula) or compute to a cell value, and none may reach JavaScript's globals or object machinery.
 */

const SENTINEL = '__tradesheetSentinel';
const globals = globalThis as Record<string, unknown>;

const base: ModelDefinition = {
  name: 'hostile',
  calendar: { start: '2024-01', end: '2024-03' },
  dimensions: [{ name: 'region', members: [{ id: 'us', name: 'US' }, { id: 'eu', name: 'EU' }] }],
  variables: [
    { name: 'x', values: 2 },
    { name: 'exports', dims: ['region'], values: 5 },
    { name: 'target', formula: '1' },
  ],
};

const ESCAPES = [
  // JavaScript's object machinery.
  'constructor',
  'x.constructor',
  'x.constructor.constructor("return process")()',
  'exports.constructor.prototype',
  '__proto__',
  'x.__proto__.polluted',
  'exports.__proto__',
  'toString()',
  'valueOf',
  'hasOwnProperty("x")',
  'prototype',
  'sum.constructor("globalThis.__tradesheetSentinel = 1")()',
  'cos.constructor("return 1")',
  'this',
  'globalThis',
  'process.exit(1)',
  'require("fs")',
  'eval("1")',
  'Function("return 1")()',
  // mathjs's own escape hatches.
  'import({evil: 1}, {override: true})',
  'evaluate("1 + 1")',
  'parse("1").compile()',
  'createUnit("foo")',
  'config({number: "BigNumber"})',
  'simplify("x")',
  'derivative("x^2", "x")',
  'reviver',
  'typed("f", {})',
  // Language constructs outside the allow-list.
  'f(x) = x',
  'x = 1',
  '__tradesheetSentinel = 1',
  '[1, 2]',
  '[1, 2][1]',
  'x[1]',
  'x["us"]',
  '"str"',
  "'str'",
  '{a: 1}',
  '1:3',
  'x; x',
  'x\nx',
  'a.b.c',
  'f(1).x',
  '(x).us',
  '5 inch to cm',
  '5!',
  "x'",
  'x ?? 1',
  'x?.constructor',
  '1 < x < 3',
  // Unicode tricks: look-alike letters, invisible characters, line separators.
  'ｘ + 1',
  'х + 1',
  'x\u200b + 1',
  '\u202ex + 1',
  'x\u2028+ 1',
  'ä + 1',
  'π',
  '\ud800',
  // Huge numbers and exponents.
  '1e999999',
  '10 ^ 10 ^ 10',
  '2 ^ 1024',
  '(-8) ^ (1/3)',
  '9'.repeat(400),
  // Sizes: long and deep.
  'x'.repeat(10_000),
  `1${'+1'.repeat(5_000)}`,
  `${'('.repeat(300)}1${')'.repeat(300)}`,
  `${'('.repeat(10_000)}1${')'.repeat(10_000)}`,
  `${'['.repeat(300)}1${']'.repeat(300)}`,
  `${'abs('.repeat(300)}1${')'.repeat(300)}`,
  `${'-'.repeat(1_999)}1`,
];

type Outcome = { kind: 'refused'; error: FormulaError } | { kind: 'value'; value: number } | { kind: 'error'; code: string };

/** Enters a formula in a workbook, as a user would, and says what happened. */
function enter(formula: string): Outcome {
  const wb = Workbook.fromModel(base);
  try {
    wb.apply({ kind: 'setFormula', variable: 'target', formula });
  } catch (error) {
    if (error instanceof FormulaError) return { kind: 'refused', error };
    throw error;
  }
  const value = wb.value('target', undefined, '2024-02');
  return isCellError(value) ? { kind: 'error', code: value.code } : { kind: 'value', value };
}

function expectContained(formula: string, outcome: Outcome): void {
  if (outcome.kind === 'refused') {
    expect(outcome.error.code, formula).toMatch(/^FORMULA_[A-Z_]+$/);
    expect(outcome.error.position, formula).toBeGreaterThanOrEqual(0);
    expect(outcome.error.position, formula).toBeLessThanOrEqual(formula.length);
    expect(outcome.error.message.length, formula).toBeGreaterThan(0);
  } else if (outcome.kind === 'error') {
    expect(['#DIV/0!', '#NUM!', '#NAME?', '#VALUE!', '#REF!', '#CYCLE!'], formula).toContain(outcome.code);
  }
}

describe('hostile formulas', () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  const functionKeys = Object.getOwnPropertyNames(Function.prototype).sort();

  beforeAll(() => {
    globals[SENTINEL] = 'untouched';
  });

  afterAll(() => {
    delete globals[SENTINEL];
  });

  it.each(ESCAPES.map((formula) => [formula.length > 40 ? `${formula.slice(0, 40)}… (${formula.length} chars)` : formula, formula]))(
    'contains %j',
    (_, formula) => {
      const outcome = enter(formula);
      expectContained(formula, outcome);
      expect(globals[SENTINEL]).toBe('untouched');
    },
  );

  it('refuses every escape through JavaScript or mathjs machinery at entry', () => {
    for (const formula of ['x.constructor', '__proto__', 'import({evil: 1})', 'evaluate("1")', 'createUnit("foo")', 'config({})', 'f(x) = x', 'x = 1', '[1, 2]', '"str"', 'sum.constructor("x")()']) {
      expect(enter(formula).kind, formula).toBe('refused');
    }
  });

  it('gives a cell error, not a crash, for names that mean something in JavaScript', () => {
    for (const formula of ['this', 'globalThis', 'process', 'require', 'window', 'Object', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString']) {
      expect(enter(formula), formula).toEqual({ kind: 'error', code: '#NAME?' });
    }
  });

  it('contains random strings built from dangerous pieces', () => {
    const pieces = fc.constantFrom(
      'constructor', '__proto__', 'prototype', 'x', 'exports', 'us', '.', '(', ')', '[', ']', '{', '}', '"', "'", '=', ':', ';',
      ',', '?', '+', '*', '^', '!', ' ', '\n', '1', '1e308', 'import', 'evaluate', 'createUnit', 'config', 'f', 'lag', 'sum',
      'region', 'globalThis', 'process', 'ä', '\u200b', '`', '$', '\\', 'mod', 'not', 'and', 'to', 'cm',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join('')), (formula) => {
        expectContained(formula, enter(formula));
      }),
      { seed: 4242, numRuns: 400 },
    );
    expect(globals[SENTINEL]).toBe('untouched');
  });

  it('contains random unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (formula) => {
        expectContained(formula, enter(formula));
      }),
      { seed: 4243, numRuns: 400 },
    );
  });

  it('leaves JavaScript’s prototypes, the sentinel and the shared mathjs instance untouched', () => {
    for (const formula of ESCAPES) enter(formula);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(functionKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(globals[SENTINEL]).toBe('untouched');
    // The engine's mathjs is private: the shared instance still computes with plain numbers.
    expect(typeof evaluate('0.1 + 0.2')).toBe('number');
  });

  it('refuses a formula that is not a string with a TradesheetError, not a crash', () => {
    const wb = Workbook.fromModel(base);
    for (const formula of [42, {}, ['x']]) {
      expect(() => wb.apply({ kind: 'setFormula', variable: 'target', formula: formula as unknown as string }), String(formula)).toThrow(TradesheetError);
    }
    expect(wb.value('target', undefined, '2024-01')).toBe(1);
  });

  it('refuses a variable name that no formula could mention', () => {
    const wb = Workbook.fromModel(base);
    for (const name of ['constructor', '__proto__', 'toString']) {
      let thrown: unknown;
      try {
        wb.apply({ kind: 'addVariable', definition: { name, values: 1 } });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, name).toBeInstanceOf(TradesheetError);
      expect((thrown as TradesheetError).code, name).toBe('BAD_NAME');
    }
  });
});
