/** The agreement check: every output cell of an engine against the float64 reference, to a relative 1e-9. */
import { OUTPUT_VARIABLES, type OutputSnapshot, type OutputVariable } from './engine.js';

export const TOLERANCE = 1e-9;

export interface Agreement {
  checked: number;
  mismatches: number;
  /** Largest |a - b| / max(1, |a|, |b|) over the cells checked. */
  maxRelDiff: number;
  /** The first disagreeing cell, for the report. */
  first?: { variable: OutputVariable; index: number; actual: number; expected: number };
}

/**
 * Relative difference with a floor of 1 on the scale, so cells near zero are held to an absolute 1e-9. NaN (an error
 * value) agrees only with NaN.
 */
export function relativeDifference(actual: number, expected: number): number {
  if (Number.isNaN(actual) || Number.isNaN(expected)) return Number.isNaN(actual) && Number.isNaN(expected) ? 0 : Infinity;
  return Math.abs(actual - expected) / Math.max(1, Math.abs(actual), Math.abs(expected));
}

export function compareSnapshots(actual: OutputSnapshot, expected: OutputSnapshot, tolerance = TOLERANCE): Agreement {
  const result: Agreement = { checked: 0, mismatches: 0, maxRelDiff: 0 };
  for (const variable of OUTPUT_VARIABLES) {
    const [a, e] = [actual[variable], expected[variable]];
    if (a.length !== e.length) {
      result.mismatches += Math.max(a.length, e.length);
      result.maxRelDiff = Infinity;
      result.first ??= { variable, index: Math.min(a.length, e.length), actual: NaN, expected: NaN };
      continue;
    }
    for (let i = 0; i < e.length; i++) {
      const diff = relativeDifference(a[i]!, e[i]!);
      result.checked++;
      if (diff > result.maxRelDiff) result.maxRelDiff = diff;
      if (diff > tolerance) {
        result.mismatches++;
        result.first ??= { variable, index: i, actual: a[i]!, expected: e[i]! };
      }
    }
  }
  return result;
}
