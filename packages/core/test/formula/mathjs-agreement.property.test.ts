import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { Workbook, isCellError } from '../../src/index.js';

/**
 * mathjs is the reference for the formula language: on a scalar expression, wherever mathjs's own `evaluate` gives
 * a finite real number, the engine must give the same number.
 *
 * Deliberate differences, excluded here:
 * - Where any subexpression is not a finite real number in mathjs (1/0 is Infinity there, sqrt(-1) a complex
 *   number), the engine gives #DIV/0! or #NUM! at that point, and an error flows on where mathjs might recover
 *   (`0 and 1/0` is false in mathjs, #DIV/0! in the engine).
 * - `x mod 0` is x in mathjs and #DIV/0! in the engine, as the issue asks.
 * - `log(x, b)` with a base of 0 or below is 0 or complex in mathjs, #NUM! in the engine.
 */

type Tree =
  | { k: 'num'; v: number }
  | { k: 'const'; name: 'pi' | 'e' | 'true' | 'false' }
  | { k: 'neg'; a: Tree }
  | { k: 'not'; a: Tree }
  | { k: 'bin'; op: string; a: Tree; b: Tree }
  | { k: 'cond'; c: Tree; a: Tree; b: Tree }
  | { k: 'fn'; fn: string; args: Tree[] };

const NICE = [0, 1, 2, 3, 10, 100, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, 0.7, 1e-7, 12345.678];

const numberArb = fc.oneof(
  { arbitrary: fc.constantFrom(...NICE), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 1000 }), weight: 1 },
  { arbitrary: fc.double({ min: 1e-6, max: 1e6, noNaN: true }), weight: 1 },
);

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ k: fc.constant('num' as const), v: numberArb }),
    fc.record({ k: fc.constant('const' as const), name: fc.constantFrom('pi' as const, 'e' as const, 'true' as const, 'false' as const) }),
    fc.record({ k: fc.constant('neg' as const), a: tie('tree') }),
    fc.record({ k: fc.constant('not' as const), a: tie('tree') }),
    fc.record({
      k: fc.constant('bin' as const),
      op: fc.constantFrom('+', '-', '*', '/', '^', 'mod', '%', '<', '<=', '>', '>=', '==', '!=', 'and', 'or'),
      a: tie('tree'),
      b: tie('tree'),
    }),
    fc.record({ k: fc.constant('cond' as const), c: tie('tree'), a: tie('tree'), b: tie('tree') }),
    fc.record({
      k: fc.constant('fn' as const),
      fn: fc.constantFrom('abs', 'sqrt', 'exp', 'log', 'log10', 'round', 'floor', 'ceil', 'sign'),
      args: tie('tree').map((a) => [a]),
    }),
    fc.record({
      k: fc.constant('fn' as const),
      fn: fc.constantFrom('pow', 'mod', 'min', 'max'),
      args: fc.tuple(tie('tree'), tie('tree')),
    }),
    fc.record({ k: fc.constant('fn' as const), fn: fc.constant('round'), args: fc.tuple(tie('tree'), fc.constantFrom(0, 1, 2, 3).map((v): Tree => ({ k: 'num', v }))) }),
  ),
})).tree;

function text(tree: Tree): string {
  switch (tree.k) {
    case 'num':
      return String(tree.v);
    case 'const':
      return tree.name;
    case 'neg':
      return `-(${text(tree.a)})`;
    case 'not':
      return `not (${text(tree.a)})`;
    case 'bin':
      return `(${text(tree.a)}) ${tree.op} (${text(tree.b)})`;
    case 'cond':
      return `(${text(tree.c)}) ? (${text(tree.a)}) : (${text(tree.b)})`;
    case 'fn':
      return `${tree.fn}(${tree.args.map(text).join(', ')})`;
  }
}

function children(tree: Tree): Tree[] {
  switch (tree.k) {
    case 'num':
    case 'const':
      return [];
    case 'neg':
    case 'not':
      return [tree.a];
    case 'bin':
      return [tree.a, tree.b];
    case 'cond':
      return [tree.c, tree.a, tree.b];
    case 'fn':
      return tree.args;
  }
}

/** mathjs's value of an expression as a real number, or undefined when it is anything else or throws. */
function reference(expression: string): number | undefined {
  let result: unknown;
  try {
    result = evaluate(expression);
  } catch {
    return undefined;
  }
  if (typeof result === 'boolean') return result ? 1 : 0;
  return typeof result === 'number' && Number.isFinite(result) ? result : undefined;
}

/** Whether the expression stays inside the part of the language where the engine promises mathjs's numbers. */
function comparable(tree: Tree): boolean {
  if (reference(text(tree)) === undefined) return false;
  const isMod = (tree.k === 'bin' && (tree.op === 'mod' || tree.op === '%')) || (tree.k === 'fn' && tree.fn === 'mod');
  if (isMod && reference(text(children(tree)[1]!)) === 0) return false;
  return children(tree).every(comparable);
}

function engineValue(formula: string): number | string {
  const wb = Workbook.fromModel({ name: 'm', calendar: { start: '2024-01', end: '2024-01' }, dimensions: [], variables: [{ name: 'v', formula }] });
  const value = wb.value('v', undefined, '2024-01');
  return isCellError(value) ? `${value.code} ${value.message}` : value;
}

/** Relative 1e-9; near zero an absolute 1e-12, since mathjs's min and max treat numbers within 1e-15 as equal. */
function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= Math.max(1e-9 * Math.max(Math.abs(a), Math.abs(b)), 1e-12);
}

describe('the engine against mathjs', () => {
  it('gives mathjs’s number on random scalar expressions wherever mathjs gives a finite real number', { timeout: 0 }, () => {
    fc.assert(
      fc.property(treeArb, (tree) => {
        const formula = text(tree);
        fc.pre(formula.length < 1500 && comparable(tree));
        const expected = reference(formula)!;
        const actual = engineValue(formula);
        expect(typeof actual === 'number' && close(actual, expected), `${formula}: engine ${actual}, mathjs ${expected}`).toBe(true);
      }),
      { seed: 777, numRuns: 400 },
    );
  });

  it.each([
    ['floor(0.3 / 0.1)', 3],
    ['ceil(0.1 * 3 / 0.1 - 3 + 3)', 3],
    ['(0.3) mod (0.1)', evaluate('0.3 mod 0.1') as number],
    ['round(0.0000001)', 0],
    ['round(0.0000001, 2)', 0],
    ['round(1e21, 2)', 1e21],
    ['round(2.675, 2)', 2.68],
    ['round(-2.5)', -3],
    ['0.1 + 0.2 == 0.3', 1],
    ['7 % 3', 1],
    ['50%', 0.5],
  ])('gives %s = %d as mathjs does', (formula, expected) => {
    expect(reference(formula)).toBe(expected);
    const actual = engineValue(formula);
    expect(typeof actual === 'number' && close(actual, expected), `engine ${actual}`).toBe(true);
  });
});
