/**
 * The functions a formula may call, declared with their metadata (as HyperFormula declares its functions): the
 * checker reads arity from here, the compiler the implementation, `tradesheet explain` and the docs the description.
 */

export type FunctionKind = 'math' | 'aggregate' | 'time' | 'calendar';

export interface FunctionSpec {
  name: string;
  kind: FunctionKind;
  minArgs: number;
  maxArgs: number;
  syntax: string;
  description: string;
  example: string;
}

const specs: FunctionSpec[] = [
  { name: 'abs', kind: 'math', minArgs: 1, maxArgs: 1, syntax: 'abs(x)', description: 'absolute value', example: 'abs(balance)' },
  { name: 'sqrt', kind: 'math', minArgs: 1, maxArgs: 1, syntax: 'sqrt(x)', description: 'square root; #NUM! below zero', example: 'sqrt(4) = 2' },
  { name: 'exp', kind: 'math', minArgs: 1, maxArgs: 1, syntax: 'exp(x)', description: 'e to the power x', example: 'exp(0) = 1' },
  { name: 'log', kind: 'math', minArgs: 1, maxArgs: 2, syntax: 'log(x[, base])', description: 'natural logarithm, or to a base; #NUM! at or below zero', example: 'log(100, 10) = 2' },
  { name: 'log10', kind: 'math', minArgs: 1, maxArgs: 1, syntax: 'log10(x)', description: 'base-10 logarithm', example: 'log10(1000) = 3' },
  { name: 'round', kind: 'math', minArgs: 1, maxArgs: 2, syntax: 'round(x[, digits])', description: 'round half away from zero, to digits decimals', example: 'round(2.345, 2) = 2.35' },
  { name: 'floor', kind: 'math', minArgs: 1, maxArgs: 1, syntax: 'floor(x)', description: 'round down', example: 'floor(2.7) = 2' },
  { name: 'ceil', kind: 'math', minArgs: 1, maxArgs: 1, syntax: 'ceil(x)', description: 'round up', example: 'ceil(2.1) = 3' },
  { name: 'sign', kind: 'math', minArgs: 1, maxArgs: 1, syntax: 'sign(x)', description: '-1, 0 or 1', example: 'sign(-3) = -1' },
  { name: 'pow', kind: 'math', minArgs: 2, maxArgs: 2, syntax: 'pow(x, y)', description: 'x to the power y', example: 'pow(1.05, 2)' },
  { name: 'mod', kind: 'math', minArgs: 2, maxArgs: 2, syntax: 'mod(x, y)', description: 'remainder with the sign of y; #DIV/0! when y is 0', example: 'mod(7, 3) = 1' },
  { name: 'min', kind: 'aggregate', minArgs: 1, maxArgs: 16, syntax: 'min(x, dim) | min(x) | min(a, b, ...)', description: 'smallest over a dimension, over all members, or of its arguments', example: 'min(export_growth, region)' },
  { name: 'max', kind: 'aggregate', minArgs: 1, maxArgs: 16, syntax: 'max(x, dim) | max(x) | max(a, b, ...)', description: 'largest over a dimension, over all members, or of its arguments', example: 'max(0, balance)' },
  { name: 'sum', kind: 'aggregate', minArgs: 1, maxArgs: 2, syntax: 'sum(x, dim) | sum(x)', description: 'total over a dimension (dropping it) or over all members', example: 'sum(exports, region)' },
  { name: 'mean', kind: 'aggregate', minArgs: 1, maxArgs: 2, syntax: 'mean(x, dim) | mean(x)', description: 'average over a dimension or over all members', example: 'mean(export_growth, region)' },
  { name: 'lag', kind: 'time', minArgs: 2, maxArgs: 2, syntax: 'lag(x, n)', description: 'x, n months earlier (n a positive whole number); #REF! before the calendar starts', example: 'lag(exports, 12)' },
  { name: 'ytd', kind: 'time', minArgs: 1, maxArgs: 1, syntax: 'ytd(x)', description: "sum of x from January of the cell's year to the cell's month", example: 'ytd(surplus)' },
  { name: 'yoy', kind: 'time', minArgs: 1, maxArgs: 1, syntax: 'yoy(x)', description: 'year-on-year growth in percent: (x / lag(x, 12) - 1) * 100', example: 'yoy(total_exports)' },
  { name: 'year_sum', kind: 'time', minArgs: 1, maxArgs: 1, syntax: 'year_sum(x)', description: "sum of x over the cell's calendar year, in every month of it", example: 'year_sum(surplus)' },
  { name: 'year_end', kind: 'time', minArgs: 1, maxArgs: 1, syntax: 'year_end(x)', description: "x at December of the cell's year", example: 'year_end(surplus_ytd)' },
  { name: 'year', kind: 'calendar', minArgs: 0, maxArgs: 0, syntax: 'year()', description: 'calendar year of the cell', example: 'year() >= 2027 ? 0 : 5' },
  { name: 'month', kind: 'calendar', minArgs: 0, maxArgs: 0, syntax: 'month()', description: 'month of the year (1-12) of the cell', example: 'month() == 12' },
];

export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(specs.map((spec) => [spec.name, spec]));

/** Names a formula may use for something other than a variable: functions and constants. */
export const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
]);
