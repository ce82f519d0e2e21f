import { describe, expect, it } from 'vitest';
import { cell, workbook } from './helpers.js';

/** 1, 2, 3, ... one a month from 2024-01. */
const counting = Array.from({ length: 24 }, (_, t) => t + 1);

describe('time functions', () => {
  it('sums the year to date with ytd, restarting in January', () => {
    const wb = workbook([
      { name: 'x', values: counting },
      { name: 'y', formula: 'ytd(x)' },
    ]);
    expect(cell(wb, 'y', undefined, '2024-03')).toBe(1 + 2 + 3);
    expect(cell(wb, 'y', undefined, '2024-12')).toBe(78);
    expect(cell(wb, 'y', undefined, '2025-01')).toBe(13);
    expect(cell(wb, 'y', undefined, '2025-02')).toBe(13 + 14);
  });

  it('gives #REF! for ytd when the calendar starts after January of that year', () => {
    const wb = workbook([{ name: 'x', values: 1 }, { name: 'y', formula: 'ytd(x)' }], { start: '2024-03', end: '2025-12' });
    expect(cell(wb, 'y', undefined, '2024-05')).toBe('#REF!');
    expect(cell(wb, 'y', undefined, '2025-02')).toBe(2);
  });

  it('puts the full-year sum in every month of the year with year_sum, #REF! for a year leaving the calendar', () => {
    const wb = workbook([
      { name: 'x', values: counting },
      { name: 'y', formula: 'year_sum(x)' },
    ]);
    expect(cell(wb, 'y', undefined, '2024-01')).toBe(78);
    expect(cell(wb, 'y', undefined, '2024-12')).toBe(78);
    expect(cell(wb, 'y', undefined, '2025-06')).toBe(78 + 144);
    const short = workbook([{ name: 'x', values: 1 }, { name: 'y', formula: 'year_sum(x)' }], { start: '2024-01', end: '2025-06' });
    expect(cell(short, 'y', undefined, '2024-06')).toBe(12);
    expect(cell(short, 'y', undefined, '2025-03')).toBe('#REF!');
  });

  it('reads December of the cell’s year with year_end', () => {
    const wb = workbook([{ name: 'x', values: counting }, { name: 'y', formula: 'year_end(x)' }]);
    expect(cell(wb, 'y', undefined, '2024-02')).toBe(12);
    expect(cell(wb, 'y', undefined, '2025-12')).toBe(24);
  });

  it('gives year-on-year growth in percent with yoy, #REF! in the first year and #DIV/0! after a zero', () => {
    const wb = workbook([
      { name: 'x', values: [...Array.from({ length: 12 }, (_, t) => (t === 5 ? 0 : 100)), ...Array.from({ length: 12 }, () => 110)] },
      { name: 'y', formula: 'yoy(x)' },
    ]);
    expect(cell(wb, 'y', undefined, '2024-12')).toBe('#REF!');
    expect(cell(wb, 'y', undefined, '2025-01')).toBeCloseTo(10);
    expect(cell(wb, 'y', undefined, '2025-06')).toBe('#DIV/0!');
  });

  it('gives the calendar year and month with year() and month()', () => {
    const wb = workbook([{ name: 'y', formula: 'year() * 100 + month()' }], { start: '2024-11', end: '2025-02' });
    expect([...wb.series('y')]).toEqual([202411, 202412, 202501, 202502]);
  });

  it('lags by any whole number of months and nests with other time functions', () => {
    const wb = workbook([
      { name: 'x', values: counting },
      { name: 'y', formula: 'lag(ytd(x), 12)' },
      { name: 'z', formula: 'lag(lag(x, 2), 3)' },
    ]);
    expect(cell(wb, 'y', undefined, '2025-03')).toBe(6);
    expect(cell(wb, 'z', undefined, '2024-06')).toBe(1);
    expect(cell(wb, 'z', undefined, '2024-05')).toBe('#REF!');
  });
});

describe('dimensions and aggregations', () => {
  const flows = { name: 'flows', dims: ['region', 'product'], values: { 'us.cars': 1, 'us.chips': 2, 'eu.cars': 3, 'eu.chips': 4, 'asean.cars': 5, 'asean.chips': 6 } };

  it('aggregates over one dimension with sum/mean/min/max(x, dim), dropping it', () => {
    const wb = workbook([
      flows,
      { name: 'by_region', dims: ['region'], formula: 'sum(flows, product)' },
      { name: 'by_product', dims: ['product'], formula: 'mean(flows, region)' },
      { name: 'low', dims: ['product'], formula: 'min(flows, region)' },
      { name: 'high', dims: ['region'], formula: 'max(flows, product)' },
    ]);
    expect(cell(wb, 'by_region', 'eu', '2024-01')).toBe(7);
    expect(cell(wb, 'by_product', 'chips', '2024-01')).toBe(4);
    expect(cell(wb, 'low', 'cars', '2024-01')).toBe(1);
    expect(cell(wb, 'high', 'asean', '2024-01')).toBe(6);
  });

  it('aggregates over every member with one argument, and element-wise with two values', () => {
    const wb = workbook([
      flows,
      { name: 'total', formula: 'sum(flows)' },
      { name: 'average', formula: 'mean(flows)' },
      { name: 'floor_at_3', dims: ['region', 'product'], formula: 'max(flows, 3)' },
      { name: 'pair', formula: 'min(4, 9)' },
    ]);
    expect(cell(wb, 'total', undefined, '2024-01')).toBe(21);
    expect(cell(wb, 'average', undefined, '2024-01')).toBe(3.5);
    expect(cell(wb, 'floor_at_3', 'us.chips', '2024-01')).toBe(3);
    expect(cell(wb, 'floor_at_3', 'asean.cars', '2024-01')).toBe(5);
    expect(cell(wb, 'pair', undefined, '2024-01')).toBe(4);
  });

  it('slices members with dots, in either dimension order, and broadcasts scalars', () => {
    const wb = workbook([
      flows,
      { name: 'one', formula: 'flows.eu.chips' },
      { name: 'reversed', formula: 'flows.chips.eu' },
      { name: 'cars', dims: ['region'], formula: 'flows.cars * 10' },
      { name: 'shifted', dims: ['region', 'product'], formula: 'flows + 100' },
    ]);
    expect(cell(wb, 'one', undefined, '2024-01')).toBe(4);
    expect(cell(wb, 'reversed', undefined, '2024-01')).toBe(4);
    expect(cell(wb, 'cars', 'asean', '2024-01')).toBe(50);
    expect(cell(wb, 'shifted', 'eu.cars', '2024-01')).toBe(103);
  });

  it('computes a share of a total per region', () => {
    const wb = workbook([
      { name: 'exports', dims: ['region'], values: { us: 50, eu: 30, asean: 20 } },
      { name: 'share', dims: ['region'], formula: 'exports / sum(exports, region) * 100' },
    ]);
    expect(cell(wb, 'share', 'us', '2024-01')).toBeCloseTo(50);
    expect(cell(wb, 'share', 'asean', '2025-12')).toBeCloseTo(20);
  });

  it('uses a member formula for that member and the variable formula for the rest', () => {
    const wb = workbook([
      { name: 'base', dims: ['region'], values: 10 },
      { name: 'x', dims: ['region'], formula: 'base + 1', memberFormulas: { eu: 'base.us * 2' } },
    ]);
    expect(cell(wb, 'x', 'us', '2024-01')).toBe(11);
    expect(cell(wb, 'x', 'eu', '2024-01')).toBe(20);
    expect(cell(wb, 'x', 'asean', '2024-01')).toBe(11);
  });

  it('computes a member formula that reads other members of its own variable (no cell reads itself)', () => {
    // A residual member, as `rest = total - the named partners`: cell by cell there is no cycle.
    const wb = workbook([{ name: 'x', dims: ['region'], formula: '1', memberFormulas: { eu: '2', asean: 'x.us + x.eu' } }]);
    expect(cell(wb, 'x', 'us', '2024-01')).toBe(1);
    expect(cell(wb, 'x', 'eu', '2024-01')).toBe(2);
    expect(cell(wb, 'x', 'asean', '2024-01')).toBe(3);
  });
});

describe('inputs and the as-of month', () => {
  it('uses inputs up to asOf as actuals and the formula after', () => {
    const wb = workbook(
      [{ name: 'x', values: 5, formula: 'lag(x, 1) + 1' }],
      { start: '2024-01', end: '2024-12', asOf: '2024-03' },
    );
    expect(cell(wb, 'x', undefined, '2024-03')).toBe(5);
    expect(cell(wb, 'x', undefined, '2024-04')).toBe(6);
    expect(wb.isActual('x', undefined, '2024-03')).toBe(true);
    expect(wb.isActual('x', undefined, '2024-04')).toBe(false);
  });
});
