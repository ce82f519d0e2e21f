import { describe, expect, it } from 'vitest';
import { hyperformulaEngine } from '../src/engines/hyperformula.js';
import { a1, buildSheet, columnName, sheetLayout } from '../src/engines/hyperformula-sheet.js';
import { float64Engine } from '../src/engines/float64.js';
import { checkAgreement, measure } from '../src/runner/measure.js';
import { generateInputs } from '../src/synthetic/inputs.js';
import { SIZES } from '../src/synthetic/sizes.js';

describe('hyperformula sheet', () => {
  it('names columns past Z as spreadsheets do', () => {
    expect([0, 25, 26, 59, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'BH', 'ZZ', 'AAA']);
  });

  it('writes a projected flow as the cell 12 columns left times the growth cell', () => {
    const inputs = generateInputs({ name: 'small', partners: 3, products: 2, months: 24 });
    const at = sheetLayout(inputs.size);
    const row = at.exports(1, 1);
    expect(buildSheet(inputs)[row]![14]).toBe(`=${a1(row, 2)}*(1+$A$${at.exportGrowth(1) + 1}/100)`);
  });
});

describe('hyperformulaEngine', () => {
  it('agrees with the float64 reference on every output cell after a full evaluation and edits', () => {
    const inputs = generateInputs(SIZES.small);
    const { last } = measure(hyperformulaEngine, inputs, { reps: 1, fulls: 2, edits: 3 });
    const agreement = checkAgreement(last, inputs, { fulls: 2, edits: 3 });
    expect(agreement.mismatches).toBe(0);
    expect(agreement.checked).toBe(1632);
  });

  it('disagrees with the reference when it has not applied the same edits', () => {
    const inputs = generateInputs(SIZES.small);
    const model = hyperformulaEngine(inputs).build();
    expect(checkAgreement(model, inputs, { fulls: 1, edits: 3 }).mismatches).toBeGreaterThan(0);
  });
});

describe('measure', () => {
  it('returns a model that agrees with the reference, with positive timings', () => {
    const inputs = generateInputs(SIZES.small);
    const result = measure(float64Engine, inputs, { reps: 2, fulls: 3, edits: 3 });
    expect(checkAgreement(result.last, inputs, { fulls: 3, edits: 3 }).mismatches).toBe(0);
    expect(result.buildMs).toBeGreaterThan(0);
    expect(result.fullMs).toBeGreaterThan(0);
    expect(result.editMs).toBeGreaterThan(0);
    // Each full evaluation sets other rates than the one before: replaying one fewer ends elsewhere.
    expect(checkAgreement(result.last, inputs, { fulls: 2, edits: 3 }).mismatches).toBeGreaterThan(0);
  });
});
