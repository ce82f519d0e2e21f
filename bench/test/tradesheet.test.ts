import { describe, expect, it } from 'vitest';
import { tradesheetEngine } from '../src/engines/tradesheet.js';
import { checkAgreement, measure } from '../src/runner/measure.js';
import { generateInputs } from '../src/synthetic/inputs.js';
import { toModelDefinition, monthKey } from '../src/synthetic/model-definition.js';
import { SIZES } from '../src/synthetic/sizes.js';

describe('toModelDefinition', () => {
  it('makes a model of P partners and K products over T months, the first year as actuals', () => {
    const definition = toModelDefinition(generateInputs(SIZES.medium));
    expect(definition.calendar).toEqual({ start: '2020-01', end: '2024-12', asOf: '2020-12' });
    expect(definition.dimensions.map((d) => d.members.length)).toEqual([50, 20]);
    const exports = definition.variables.find((v) => v.name === 'exports');
    // One block of every member's first year, member by member (partner × product, the product fastest).
    const block = exports?.values as { months: number; data: Float64Array };
    expect(block.months).toBe(12);
    expect(block.data).toHaveLength(1000 * 12);
    const workbook = tradesheetEngine(generateInputs(SIZES.medium)).build().snapshot();
    expect(workbook.exports[(3 * 20 + 7) * 60 + 5]).toBe(block.data[(3 * 20 + 7) * 12 + 5]);
  });

  it('names months from January 2020', () => {
    expect([0, 11, 12, 59].map(monthKey)).toEqual(['2020-01', '2020-12', '2021-01', '2024-12']);
  });
});

describe('tradesheetEngine', () => {
  it('agrees with the float64 reference on every output cell after a full evaluation and edits', () => {
    const inputs = generateInputs(SIZES.medium);
    const { last } = measure(tradesheetEngine, inputs, { reps: 1, fulls: 2, edits: 3 });
    const agreement = checkAgreement(last, inputs, { fulls: 2, edits: 3 });
    expect(agreement.first).toBeUndefined();
    expect(agreement.checked).toBe(123240);
  });
});
