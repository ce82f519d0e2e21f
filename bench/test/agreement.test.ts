import { describe, expect, it } from 'vitest';
import { compareSnapshots, relativeDifference } from '../src/engines/agreement.js';
import { Float64TradeModel } from '../src/engines/float64-model.js';
import { generateInputs } from '../src/synthetic/inputs.js';
import { SIZES } from '../src/synthetic/sizes.js';

function reference() {
  const model = new Float64TradeModel(generateInputs(SIZES.small));
  model.evaluateAll();
  return model.snapshot();
}

function copy(snapshot: ReturnType<typeof reference>) {
  return Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, Float64Array.from(v)])) as typeof snapshot;
}

describe('compareSnapshots', () => {
  it('counts every output cell and finds no mismatch when the values are equal', () => {
    const result = compareSnapshots(copy(reference()), reference());
    expect(result.mismatches).toBe(0);
    expect(result.checked).toBe(2 * 10 * 48 + 10 * 48 + 4 * 48);
  });

  it('reports a cell that differs by more than 1e-9 relative, and where', () => {
    const actual = copy(reference());
    actual.surplus_ytd[30] = actual.surplus_ytd[30]! * (1 + 1e-8);
    const result = compareSnapshots(actual, reference());
    expect(result.mismatches).toBe(1);
    expect(result.first).toMatchObject({ variable: 'surplus_ytd', index: 30 });
  });

  it('accepts a difference of summation order, under 1e-9 relative', () => {
    const actual = copy(reference());
    actual.annual_surplus[40] = actual.annual_surplus[40]! * (1 + 1e-13);
    expect(compareSnapshots(actual, reference()).mismatches).toBe(0);
  });

  it('treats an error on one side only as a mismatch', () => {
    const actual = copy(reference());
    actual.gdp_contribution[3] = 0;
    expect(compareSnapshots(actual, reference()).first).toMatchObject({ variable: 'gdp_contribution', index: 3 });
  });
});

describe('relativeDifference', () => {
  it('holds values near zero to an absolute 1e-9', () => {
    expect(relativeDifference(1e-12, 0)).toBeLessThan(1e-9);
    expect(relativeDifference(1e-6, 0)).toBeGreaterThan(1e-9);
  });
});
