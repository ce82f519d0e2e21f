import { describe, expect, it } from 'vitest';
import { Float64TradeModel } from '../src/engines/float64-model.js';
import { generateInputs } from '../src/synthetic/inputs.js';
import { SIZES } from '../src/synthetic/sizes.js';

const size = { name: 'small' as const, partners: 4, products: 3, months: 36 };

function evaluated(inputs = generateInputs(size)) {
  const model = new Float64TradeModel(inputs);
  model.evaluateAll();
  return { model, inputs };
}

describe('Float64TradeModel', () => {
  it('projects a flow as last year times one plus the partner growth', () => {
    const { model, inputs } = evaluated();
    const [p, k, months] = [2, 1, size.months];
    const row = (p * size.products + k) * months;
    const growth = inputs.exportGrowth[p]!;
    expect(model.exports[row + 5]).toBe(inputs.exportBase[(p * size.products + k) * 12 + 5]);
    expect(model.exports[row + 17]).toBeCloseTo(model.exports[row + 5]! * (1 + growth / 100), 12);
    expect(model.exports[row + 29]).toBeCloseTo(model.exports[row + 5]! * (1 + growth / 100) ** 2, 9);
  });

  it('sums the balance into the surplus, its year to date and its annual total', () => {
    const { model } = evaluated();
    const m = 14; // March of the second year
    let surplus = 0;
    for (let p = 0; p < size.partners; p++) surplus += model.balance[p * size.months + m]!;
    expect(model.surplus[m]).toBeCloseTo(surplus, 9);
    expect(model.surplusYtd[m]).toBeCloseTo(model.surplus[12]! + model.surplus[13]! + model.surplus[14]!, 9);
    const year = Array.from(model.surplus.subarray(12, 24)).reduce((a, b) => a + b, 0);
    expect(model.annualSurplus[m]).toBeCloseTo(year, 9);
    expect(model.annualSurplus[23]).toBe(model.annualSurplus[12]);
  });

  it('leaves the GDP contribution an error in the first year and computes it after', () => {
    const { model } = evaluated();
    expect(Number.isNaN(model.gdpContribution[11]!)).toBe(true);
    const expected = ((model.annualSurplus[12]! - model.annualSurplus[0]!) / model.gdp[0]!) * 100;
    expect(model.gdpContribution[12]).toBe(expected);
  });

  it('gives the same values after a one-partner edit as a fresh evaluation with that growth', () => {
    const inputs = generateInputs(SIZES.medium);
    const { model } = evaluated(inputs);
    model.setExportGrowth(7, 42);
    const changed = { ...inputs, exportGrowth: Float64Array.from(inputs.exportGrowth) };
    changed.exportGrowth[7] = 42;
    const { model: fresh } = evaluated(changed);
    expect(model.snapshot()).toEqual(fresh.snapshot());
    expect(model.surplus).not.toEqual(evaluated(inputs).model.surplus);
  });
});
