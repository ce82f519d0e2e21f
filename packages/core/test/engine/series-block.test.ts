/**
 * Values given as one block of every member (SeriesBlock), the form for programs that hold their data in typed
 * arrays: the workbook must hold exactly what the same values written per member give, and refuse a bad block.
 */
import { describe, expect, it } from 'vitest';
import { diffModels, modelToYaml, parseModel, TradesheetError, Workbook, type ModelDefinition, type VariableDefinition } from '../../src/index.js';
import { allCells, expectSameCells, model } from './helpers.js';

/** Flows by region × product (3 × 2 members), a first year of actuals, projected by a growth rate. */
const flows = (values: VariableDefinition['values']): ModelDefinition =>
  model(
    [
      { name: 'growth', dims: ['region'], values: { us: -10, eu: 20, asean: 5 } },
      { name: 'flows', dims: ['region', 'product'], values, formula: 'lag(flows, 12) * (1 + growth / 100)' },
      { name: 'total', formula: 'sum(flows)' },
    ],
    { start: '2024-01', end: '2025-12', asOf: '2024-12' },
  );

/** Member keys in member order: region × product, the product fastest. */
const KEYS = ['us.cars', 'us.chips', 'eu.cars', 'eu.chips', 'asean.cars', 'asean.chips'];

/** Member m's input for month i of the first year: distinct for every cell; member 3 has no input in March. */
const input = (m: number, i: number) => (m === 3 && i === 2 ? Number.NaN : 100 * (m + 1) + i);

const block = (months = 12, from?: string) => {
  const data = new Float64Array(KEYS.length * months);
  for (let m = 0; m < KEYS.length; m++) for (let i = 0; i < months; i++) data[m * months + i] = input(m, i);
  return from === undefined ? { months, data } : { from, months, data };
};

const perMember = () =>
  Object.fromEntries(KEYS.map((key, m) => [key, Array.from({ length: 12 }, (_, i) => (Number.isNaN(input(m, i)) ? null : input(m, i)))]));

describe('values as one block of every member', () => {
  it('give the workbook the same cells and the same model as the values written per member', () => {
    const fromBlock = Workbook.fromModel(flows(block()));
    const fromMembers = Workbook.fromModel(flows(perMember()));
    expectSameCells(fromBlock, fromMembers);
    expect(fromBlock.value('flows', 'eu.cars', '2024-05')).toBe(304);
    expect(fromBlock.isActual('flows', 'eu.chips', '2024-03')).toBe(false);
    expect(JSON.stringify(fromBlock.toModel())).toBe(JSON.stringify(fromMembers.toModel()));
  });

  it('start at `from`, and leave out months past the calendar’s end', () => {
    const wb = Workbook.fromModel(flows(block(24, '2024-07')));
    expect(wb.value('flows', 'us.chips', '2024-07')).toBe(200);
    expect(wb.isActual('flows', 'us.chips', '2024-06')).toBe(false);
    expect(wb.value('flows', 'asean.chips', '2024-12')).toBe(605);
    // 18 of the 24 months lie in the calendar (2024-07 to 2025-12).
    const values = wb.toModel().variables.find((v) => v.name === 'flows')!.values as Record<string, { from: string; values: number[] }>;
    expect(values['asean.chips']).toEqual({ from: '2024-07', values: Array.from({ length: 18 }, (_, i) => 600 + i) });
  });

  it('are refused, naming the variable, when the block is not members × months long', () => {
    const short = { months: 12, data: new Float64Array(KEYS.length * 12 - 1) };
    expect(() => Workbook.fromModel(flows(short))).toThrow(TradesheetError);
    expect(() => Workbook.fromModel(flows(short))).toThrow(/flows: a block of values needs 6 members × 12 months = 72 numbers, got 71/);
  });

  it('are refused, naming the member and the month, when a value is infinite', () => {
    const bad = block();
    bad.data[2 * 12 + 4] = Number.POSITIVE_INFINITY;
    expect(() => Workbook.fromModel(flows(bad))).toThrow(/flows\.eu\.cars: Infinity is not a finite number in 2024-05/);
  });

  it('can add a variable, and a refused one leaves the workbook as it was', () => {
    const wb = Workbook.fromModel(flows(perMember()));
    const cells = allCells(wb);
    const extra = (data: Float64Array): VariableDefinition => ({ name: 'extra', dims: ['region'], values: { months: 2, data } });
    expect(() => wb.apply({ kind: 'addVariable', definition: extra(new Float64Array(5)) })).toThrow(/extra: a block of values needs 3 members/);
    expect(allCells(wb)).toEqual(cells);
    wb.apply({ kind: 'addVariable', definition: extra(Float64Array.from([1, 2, 3, 4, 5, 6])) });
    expect(wb.series('extra', 'eu').slice(0, 3)).toEqual([3, 4, expect.anything()]);
  });

  it('are written to a model file per member, and compare equal to the same values per member', () => {
    const text = modelToYaml(flows(block()));
    expect(text).toContain('eu.cars');
    expect(text).not.toContain('data');
    expectSameCells(Workbook.fromModel(parseModel(text, 'flows.yaml')), Workbook.fromModel(flows(perMember())));
    expect(diffModels(flows(block()), flows(perMember()))).toEqual([]);
  });
});
