import { CellError } from '../errors.js';
import type { BinaryOp } from '../formula/ast.js';

/**
 * The numeric semantics shared by the fast and the checked path. Every operation that fails yields NaN here, and a
 * comparison or logical operation on NaN stays NaN, so a failure is never silently turned into a number.
 * Equality and order follow mathjs's tolerant comparison (relTol 1e-12, absTol 1e-15): mathjs is the language's
 * reference.
 */

const REL_TOL = 1e-12;
const ABS_TOL = 1e-15;

export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(a - b);
  return diff <= Math.max(REL_TOL * Math.max(Math.abs(a), Math.abs(b)), ABS_TOL);
}

/** Floored remainder with the sign of the divisor, as mathjs's `mod`. */
export function floorMod(a: number, b: number): number {
  if (b === 0) return NaN;
  return a - b * tolerantFloor(a / b);
}

export function applyBinary(op: BinaryOp, a: number, b: number): number {
  if (a !== a || b !== b) return NaN;
  switch (op) {
    case 'add':
      return a + b;
    case 'subtract':
      return a - b;
    case 'multiply':
      return a * b;
    case 'divide':
      return b === 0 ? NaN : a / b;
    case 'pow':
      return Math.pow(a, b);
    case 'mod':
      return floorMod(a, b);
    case 'smaller':
      return a < b && !nearlyEqual(a, b) ? 1 : 0;
    case 'smallerEq':
      return a < b || nearlyEqual(a, b) ? 1 : 0;
    case 'larger':
      return a > b && !nearlyEqual(a, b) ? 1 : 0;
    case 'largerEq':
      return a > b || nearlyEqual(a, b) ? 1 : 0;
    case 'equal':
      return nearlyEqual(a, b) ? 1 : 0;
    case 'unequal':
      return nearlyEqual(a, b) ? 0 : 1;
    case 'and':
      return a !== 0 && b !== 0 ? 1 : 0;
    case 'or':
      return a !== 0 || b !== 0 ? 1 : 0;
  }
}

/** The error a binary operation on two numbers gives, if it fails. */
export function binaryError(op: BinaryOp, a: number, b: number, result: number): CellError | undefined {
  if (result === result) return undefined;
  if ((op === 'divide' || op === 'mod') && b === 0) {
    return new CellError('#DIV/0!', op === 'divide' ? `division by zero (${a} / 0)` : `remainder by zero (${a} mod 0)`);
  }
  return new CellError('#NUM!', `${op} of ${a} and ${b} is not a real number`);
}

/** x × 10^n computed on the decimal digits of x, so 2.345 shifted by 2 is exactly 234.5. */
function shiftDecimal(x: number, n: number): number {
  const [mantissa, exponent] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent ?? 0) + n}`);
}

/** Round half away from zero to `digits` decimals, on the shortest decimal form of x (as mathjs does). */
export function roundTo(x: number, digits: number): number {
  if (x !== x || digits !== digits) return NaN;
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) return NaN;
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  return sign * shiftDecimal(Math.round(shiftDecimal(Math.abs(x), digits)), -digits);
}

/** floor and ceil snap a value within mathjs's tolerance of a whole number to it first: floor(0.3 / 0.1) is 3. */
export function tolerantFloor(x: number): number {
  const whole = Math.round(x);
  return nearlyEqual(x, whole) ? whole : Math.floor(x);
}

export function tolerantCeil(x: number): number {
  const whole = Math.round(x);
  return nearlyEqual(x, whole) ? whole : Math.ceil(x);
}

export type MathFunction = (args: readonly number[]) => number;

/** Element-wise math functions; NaN in, NaN out; a domain error is NaN (then #NUM!). */
export const MATH_FUNCTIONS: Readonly<Record<string, MathFunction>> = {
  abs: ([x]) => Math.abs(x!),
  sqrt: ([x]) => (x! < 0 ? NaN : Math.sqrt(x!)),
  exp: ([x]) => Math.exp(x!),
  log: ([x, base]) => {
    if (x! <= 0 || x !== x) return NaN;
    if (base === undefined) return Math.log(x!);
    if (base <= 0 || base === 1 || base !== base) return NaN;
    return Math.log(x!) / Math.log(base);
  },
  log10: ([x]) => (x! <= 0 ? NaN : Math.log10(x!)),
  round: ([x, digits]) => roundTo(x!, digits ?? 0),
  floor: ([x]) => tolerantFloor(x!),
  ceil: ([x]) => tolerantCeil(x!),
  sign: ([x]) => (x !== x ? NaN : Math.sign(x!)),
  pow: ([x, y]) => (x !== x || y !== y ? NaN : Math.pow(x!, y!)),
  mod: ([x, y]) => (x !== x || y !== y ? NaN : floorMod(x!, y!)),
  min: (args) => (args.some((a) => a !== a) ? NaN : Math.min(...args)),
  max: (args) => (args.some((a) => a !== a) ? NaN : Math.max(...args)),
};

export function mathError(name: string, args: readonly number[]): CellError {
  if (name === 'mod' && args[1] === 0) return new CellError('#DIV/0!', `remainder by zero (mod(${args[0]}, 0))`);
  return new CellError('#NUM!', `${name}(${args.join(', ')}) is not a real number`);
}
