import { describe, expect, it } from 'vitest';
import { cell, errorMessage, workbook } from './helpers.js';

describe('cell errors', () => {
  it('gives #DIV/0! for 1/0, 0/0, x mod 0 and mod(x, 0)', () => {
    const wb = workbook([
      { name: 'zero', values: 0 },
      { name: 'a', formula: '1 / zero' },
      { name: 'b', formula: '0 / 0' },
      { name: 'c', formula: '7 mod zero' },
      { name: 'd', formula: 'mod(7, zero)' },
      { name: 'e', formula: '7 % zero' },
    ]);
    for (const name of ['a', 'b', 'c', 'd', 'e']) expect(cell(wb, name, undefined, '2024-03'), name).toBe('#DIV/0!');
    expect(errorMessage(wb, 'a', undefined, '2024-03')).toMatch(/division by zero/);
  });

  it('gives #NUM! for sqrt(-1), log(0) and an overflow', () => {
    const wb = workbook([
      { name: 'a', formula: 'sqrt(-1)' },
      { name: 'b', formula: 'log(0)' },
      { name: 'c', formula: '10 ^ 400' },
      { name: 'd', formula: 'log10(-5)' },
    ]);
    for (const name of ['a', 'b', 'c', 'd']) expect(cell(wb, name, undefined, '2024-01'), name).toBe('#NUM!');
  });

  it('gives #NAME? with a "did you mean" for a mistyped variable, member or function-like name', () => {
    const wb = workbook([
      { name: 'exports', dims: ['region'], values: 10 },
      { name: 'a', formula: 'exprots * 2' },
      { name: 'b', formula: 'exports.uss + 1' },
      { name: 'c', formula: 'totally_unknown + 1' },
    ]);
    expect(cell(wb, 'a', undefined, '2024-01')).toBe('#NAME?');
    expect(errorMessage(wb, 'a', undefined, '2024-01')).toContain('did you mean "exports"');
    expect(cell(wb, 'b', undefined, '2024-01')).toBe('#NAME?');
    expect(errorMessage(wb, 'b', undefined, '2024-01')).toContain('did you mean "us"');
    expect(errorMessage(wb, 'c', undefined, '2024-01')).not.toContain('did you mean');
  });

  it('gives #VALUE! when a formula varies by a dimension its variable lacks', () => {
    const wb = workbook([
      { name: 'exports', dims: ['region'], values: 10 },
      { name: 'total', formula: 'exports * 2' },
      { name: 'dimension_as_value', dims: ['region'], formula: 'region + 1' },
    ]);
    expect(cell(wb, 'total', undefined, '2024-01')).toBe('#VALUE!');
    expect(errorMessage(wb, 'total', undefined, '2024-01')).toMatch(/sum\(exports, region\)/);
    expect(cell(wb, 'dimension_as_value', 'us', '2024-01')).toBe('#VALUE!');
  });

  it('gives #REF! for lag before the calendar start and a number after it', () => {
    const wb = workbook([
      { name: 'x', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] },
      { name: 'y', formula: 'lag(x, 3)' },
    ]);
    expect(cell(wb, 'y', undefined, '2024-03')).toBe('#REF!');
    expect(errorMessage(wb, 'y', undefined, '2024-03')).toContain('2024-01');
    expect(cell(wb, 'y', undefined, '2024-04')).toBe(1);
    expect(cell(wb, 'y', undefined, '2025-02')).toBe(11);
  });

  it('gives #REF! for a cell with neither input nor formula', () => {
    const wb = workbook([{ name: 'x', values: { from: '2024-06', values: [5] } }]);
    expect(cell(wb, 'x', undefined, '2024-05')).toBe('#REF!');
    expect(cell(wb, 'x', undefined, '2024-06')).toBe(5);
  });

  it('flows an error to the cells that depend on it, keeping its code and message', () => {
    const wb = workbook([
      { name: 'zero', values: 0 },
      { name: 'a', formula: '1 / zero' },
      { name: 'b', formula: 'a + 1' },
      { name: 'c', formula: 'lag(b, 1) * 2' },
    ]);
    expect(cell(wb, 'b', undefined, '2024-05')).toBe('#DIV/0!');
    expect(cell(wb, 'c', undefined, '2024-05')).toBe('#DIV/0!');
    expect(errorMessage(wb, 'c', undefined, '2024-05')).toBe(errorMessage(wb, 'a', undefined, '2024-05'));
  });

  it('keeps one bad region from poisoning the others or the rest of the month', () => {
    const wb = workbook([
      { name: 'base', dims: ['region'], values: { us: 0, eu: 4, asean: 5 } },
      { name: 'ratio', dims: ['region'], formula: '100 / base' },
      { name: 'eu_only', formula: 'ratio.eu * 2' },
      { name: 'total', formula: 'sum(ratio, region)' },
    ]);
    expect(cell(wb, 'ratio', 'us', '2024-01')).toBe('#DIV/0!');
    expect(cell(wb, 'ratio', 'eu', '2024-01')).toBe(25);
    expect(cell(wb, 'ratio', 'asean', '2024-01')).toBe(20);
    expect(cell(wb, 'eu_only', undefined, '2024-01')).toBe(50);
    // An aggregate over the bad member is itself an error: a total that silently skipped a member would mislead.
    expect(cell(wb, 'total', undefined, '2024-01')).toBe('#DIV/0!');
  });

  it('takes only the chosen branch of a conditional, as a spreadsheet IF does', () => {
    const wb = workbook([
      { name: 'zero', values: 0 },
      { name: 'safe', formula: 'zero == 0 ? 0 : 1 / zero' },
      { name: 'unsafe', formula: 'zero == 0 ? 1 / zero : 0' },
    ]);
    expect(cell(wb, 'safe', undefined, '2024-01')).toBe(0);
    expect(cell(wb, 'unsafe', undefined, '2024-01')).toBe('#DIV/0!');
  });
});

describe('cycles', () => {
  it('marks a same-month cycle #CYCLE! with its path, and its dependents, while the rest computes', () => {
    const wb = workbook([
      { name: 'a', formula: 'b + 1' },
      { name: 'b', formula: 'a * 2' },
      { name: 'after', formula: 'a + 100' },
      { name: 'fine', values: 7 },
      { name: 'also_fine', formula: 'fine * 2' },
    ]);
    expect(cell(wb, 'a', undefined, '2024-01')).toBe('#CYCLE!');
    expect(cell(wb, 'b', undefined, '2024-07')).toBe('#CYCLE!');
    expect(cell(wb, 'after', undefined, '2024-07')).toBe('#CYCLE!');
    expect(errorMessage(wb, 'a', undefined, '2024-01')).toMatch(/(a → b → a|b → a → b)/);
    expect(cell(wb, 'also_fine', undefined, '2024-07')).toBe(14);
  });

  it('marks a variable reading itself in the same month #CYCLE!', () => {
    const wb = workbook([{ name: 'x', formula: 'x + 1' }]);
    expect(cell(wb, 'x', undefined, '2024-01')).toBe('#CYCLE!');
    expect(errorMessage(wb, 'x', undefined, '2024-01')).toContain('x → x');
  });

  it('computes lag(x, n) of the variable itself as a recursion in time, not a cycle', () => {
    const wb = workbook([
      { name: 'x', values: { from: '2024-01', values: [100] }, formula: 'lag(x, 1) * 1.1' },
      { name: 'y', formula: 'lag(z, 1) + 1' },
      { name: 'z', values: { from: '2024-01', values: [0] }, formula: 'y * 2' },
    ]);
    expect(cell(wb, 'x', undefined, '2024-03')).toBeCloseTo(121);
    expect(cell(wb, 'x', undefined, '2025-12')).toBeCloseTo(100 * 1.1 ** 23);
    // y(t) = z(t-1) + 1, z(t) = 2 y(t): z = 0, 2, 6, 14, ...
    expect(cell(wb, 'z', undefined, '2024-04')).toBe(14);
    expect(cell(wb, 'y', undefined, '2024-04')).toBe(7);
  });

  it('treats a read of a later month of itself (year_sum) as a cycle', () => {
    const wb = workbook([{ name: 'x', values: { from: '2024-01', values: [1] }, formula: 'year_sum(x) / 12' }]);
    expect(cell(wb, 'x', undefined, '2024-05')).toBe('#CYCLE!');
  });
});
