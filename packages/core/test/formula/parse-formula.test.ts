import { describe, expect, it } from 'vitest';
import { FormulaError, MAX_FORMULA_LENGTH, MAX_NESTING, mentionedNames, parseFormula } from '../../src/index.js';

/** The FormulaError a formula is refused with, or fails the test. */
function refusal(formula: string): FormulaError {
  try {
    parseFormula(formula, 'x');
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw new Error(`"${formula.slice(0, 80)}" threw ${String(error)}, not a FormulaError`);
  }
  throw new Error(`"${formula.slice(0, 80)}" was accepted`);
}

describe('parseFormula', () => {
  it('accepts the whole language', () => {
    const accepted = [
      '1 + 2 - 3 * 4 / 5 ^ 2',
      '7 % 3 + 7 mod 3',
      '-x + +y',
      'a < b or a <= b and not (a > b) or a >= b or a == b or a != b',
      'growth > 0 ? exports * 2 : exports',
      '((x))',
      'exports.us + flows.us.cars',
      'abs(x) + min(1, 2) + max(1, 2, 3) + round(x, 2) + floor(x) + ceil(x) + sqrt(4) + exp(1) + log(2) + log(8, 2)',
      'log10(100) + pow(2, 3) + sign(-1) + mod(7, 3)',
      'lag(x, 12) + sum(x, region) + mean(x, region) + min(x, region) + max(x, region) + sum(x) + mean(x)',
      'ytd(x) + yoy(x) + year_sum(x) + year_end(x) + year() + month()',
      'pi * e',
      'true + false',
    ];
    for (const formula of accepted) expect(() => parseFormula(formula), formula).not.toThrow();
  });

  it('turns member access into a reference with its members in written order', () => {
    expect(parseFormula('flows.us.cars')).toEqual({ kind: 'ref', name: 'flows', members: ['us', 'cars'], position: 0 });
  });

  it('lists the variables and dimensions a formula mentions', () => {
    expect([...mentionedNames(parseFormula('sum(exports.us, region) + lag(imports, 1) * pi'))].sort()).toEqual(['exports', 'imports', 'pi', 'region']);
  });

  it.each([
    ['a = 1', 'FORMULA_NOT_ALLOWED', 2],
    ['f(x) = x ^ 2', 'FORMULA_NOT_ALLOWED', 5],
    ['import({a: 1})', 'FORMULA_UNKNOWN_FUNCTION', 0],
    ['1 + evaluate("1 + 1")', 'FORMULA_UNKNOWN_FUNCTION', 4],
    ['parse("1")', 'FORMULA_UNKNOWN_FUNCTION', 0],
    ['createUnit("foo")', 'FORMULA_UNKNOWN_FUNCTION', 0],
    ['[1, 2]', 'FORMULA_NOT_ALLOWED', 0],
    ['x + "text"', 'FORMULA_NOT_ALLOWED', 4],
    ['exports["us"]', 'FORMULA_NOT_ALLOWED', 7],
    ['x.constructor', 'FORMULA_NOT_ALLOWED', 2],
    ['1 + __proto__', 'FORMULA_NOT_ALLOWED', 4],
    ['process.exit(1)', 'FORMULA_NOT_ALLOWED', 12],
    ['a; b', 'FORMULA_NOT_ALLOWED', 1],
    ['{a: 1}', 'FORMULA_NOT_ALLOWED', 0],
    ['1:3', 'FORMULA_NOT_ALLOWED', 1],
    ['5!', 'FORMULA_NOT_ALLOWED', 1],
    ['2 to cm', 'FORMULA_NOT_ALLOWED', 2],
    ['x & 1', 'FORMULA_NOT_ALLOWED', 2],
    ['cos(1)', 'FORMULA_UNKNOWN_FUNCTION', 0],
    ['lag(x, 0)', 'FORMULA_BAD_ARGUMENT', 0],
    ['2 * lag(x, n)', 'FORMULA_BAD_ARGUMENT', 4],
    ['sqrt(1, 2)', 'FORMULA_ARITY', 0],
    ['x + ', 'FORMULA_SYNTAX', 4],
    ['(x', 'FORMULA_SYNTAX', 2],
    ['', 'FORMULA_EMPTY', 0],
  ])('refuses %j with %s at position %i', (formula, code, position) => {
    const error = refusal(formula);
    expect(error.code).toBe(code);
    expect(error.position).toBe(position);
    expect(error.formula).toBe(formula);
    expect(error.variable).toBe('x');
    expect(error.message).toContain(`position ${position + 1}`);
  });

  it('points at the offending character with a caret', () => {
    expect(refusal('1 + x.constructor').pointer()).toBe('1 + x.constructor\n      ^');
  });

  it('refuses deep nesting with FORMULA_TOO_DEEP instead of overflowing the parser (300 and 10,000 levels)', () => {
    const deep300 = refusal(`${'('.repeat(300)}1${')'.repeat(300)}`);
    expect(deep300.code).toBe('FORMULA_TOO_DEEP');
    expect(deep300.position).toBe(MAX_NESTING);
    const deep10k = refusal(`${'('.repeat(10_000)}1${')'.repeat(10_000)}`);
    expect(['FORMULA_TOO_DEEP', 'FORMULA_TOO_LONG']).toContain(deep10k.code);
    expect(deep10k.position).toBeLessThan(20_001);
    expect(() => parseFormula(`${'('.repeat(MAX_NESTING)}1${')'.repeat(MAX_NESTING)}`)).not.toThrow();
  });

  it('refuses long chains that nest without brackets (operators, unary minus, powers, conditionals, functions)', () => {
    for (const formula of [
      `1${'+1'.repeat(900)}`,
      `${'-'.repeat(1500)}1`,
      `2${'^2'.repeat(900)}`,
      `1${'?1:1'.repeat(300)}`,
      `${'not '.repeat(400)}1`,
      `${'abs('.repeat(60)}1${')'.repeat(60)}${'+abs(1)'.repeat(200)}`,
    ]) {
      const error = refusal(formula);
      expect(error.code, formula.slice(0, 20)).toBe('FORMULA_TOO_DEEP');
      expect(error.position).toBeLessThanOrEqual(formula.length);
    }
  });

  it('refuses a formula over the length limit, pointing inside it', () => {
    const error = refusal('x'.repeat(10_000));
    expect(error.code).toBe('FORMULA_TOO_LONG');
    expect(error.position).toBe(MAX_FORMULA_LENGTH);
    expect(() => parseFormula(`1${'+1'.repeat(100)}`)).not.toThrow();
  });

  it('reports the variable of each refusal even when the same text was refused for another variable', () => {
    expect(() => parseFormula('a = 1', 'first')).toThrow(/first/);
    expect(() => parseFormula('a = 1', 'second')).toThrow(/second/);
  });
});
