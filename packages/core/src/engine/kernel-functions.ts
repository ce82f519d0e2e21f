/**
 * The functions generated kernels call for operators and math functions they do not inline. Each is made once for
 * the process and shared by every workbook: V8 throws away optimised code that inlined a function specific to a
 * workbook when that workbook is collected (see codegen's `kernels`).
 */
import type { BinaryOp } from '../formula/ast.js';
import { applyBinary, MATH_FUNCTIONS } from './arithmetic.js';

/** Operators that are not inlined, one function each. */
const binaryFunctions = new Map<BinaryOp, (a: number, b: number) => number>();

export function binaryFunction(op: BinaryOp): (a: number, b: number) => number {
  let fn = binaryFunctions.get(op);
  if (!fn) {
    fn = (a: number, b: number) => applyBinary(op, a, b);
    binaryFunctions.set(op, fn);
  }
  return fn;
}

/** Math functions by name and arity, one wrapper each for the process. */
const mathFunctions = new Map<string, (...xs: number[]) => number>();

export function mathFunction(name: string, arity: number): (...xs: number[]) => number {
  const key = `${name}/${arity}`;
  let fn = mathFunctions.get(key);
  if (!fn) {
    fn = fixedArity(MATH_FUNCTIONS[name]!, arity);
    mathFunctions.set(key, fn);
  }
  return fn;
}

/**
 * A math function called with its arguments in one reused array: the generated loop calls it once per cell, and
 * the arguments are all evaluated before the call (and the functions never call back into a kernel), so the array
 * is never in use twice.
 */
function fixedArity(fn: (args: readonly number[]) => number, arity: number): (...xs: number[]) => number {
  const args = new Array<number>(arity).fill(0);
  if (arity === 1) {
    return (x: number) => {
      args[0] = x;
      return fn(args);
    };
  }
  if (arity === 2) {
    return (x: number, y: number) => {
      args[0] = x;
      args[1] = y;
      return fn(args);
    };
  }
  return (...xs: number[]) => fn(xs);
}
