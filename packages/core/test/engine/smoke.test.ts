import { describe, expect, it } from 'vitest';
import { Workbook, isCellError, type ModelDefinition } from '../../src/index.js';

const model: ModelDefinition = {
  name: 'toy',
  calendar: { start: '2024-01', end: '2026-12', asOf: '2024-12' },
  dimensions: [{ name: 'region', members: [{ id: 'us', name: 'United States' }, { id: 'eu', name: 'European Union' }] }],
  variables: [
    { name: 'growth', dims: ['region'], unit: '%', values: { us: -10, eu: 20 } },
    { name: 'exports', dims: ['region'], values: { us: 100, eu: 50 }, formula: 'lag(exports, 12) * (1 + growth / 100)' },
    { name: 'total', formula: 'sum(exports, region)' },
    { name: 'annual', formula: 'year_sum(total)' },
    { name: 'share', dims: ['region'], formula: 'exports / total * 100' },
  ],
};

describe('Workbook smoke', () => {
  it('computes lag growth, aggregation and annual sums', () => {
    const wb = Workbook.fromModel(model);
    expect(wb.value('exports', 'us', '2025-03')).toBeCloseTo(90);
    expect(wb.value('exports', 'eu', '2026-03')).toBeCloseTo(72);
    expect(wb.value('total', undefined, '2025-01')).toBeCloseTo(150);
    expect(wb.value('annual', undefined, '2025-06')).toBeCloseTo(150 * 12);
    expect(wb.value('share', 'us', '2024-01')).toBeCloseTo(100 / 150 * 100);
  });

  it('recomputes only what an edit touches and undoes it', () => {
    const wb = Workbook.fromModel(model);
    const change = wb.apply({ kind: 'setInput', variable: 'growth', member: 'eu', value: 0 });
    expect(wb.value('exports', 'eu', '2025-03')).toBeCloseTo(50);
    expect(change.changed.get('exports')!.every((i) => wb.cellAddress('exports', i).member === 'eu')).toBe(true);
    wb.undo();
    expect(wb.value('exports', 'eu', '2025-03')).toBeCloseTo(60);
  });

  it('gives #DIV/0! and #NAME? as values', () => {
    const wb = Workbook.fromModel(model);
    wb.apply({ kind: 'setFormula', variable: 'share', formula: 'exports / 0' });
    const v = wb.value('share', 'us', '2024-01');
    expect(isCellError(v) && v.code).toBe('#DIV/0!');
    wb.apply({ kind: 'setFormula', variable: 'share', formula: 'exprots * 2' });
    const w = wb.value('share', 'us', '2024-01');
    expect(isCellError(w) && w.message).toContain('did you mean "exports"');
  });

  it('keeps the sign of a zero that an edit turns into a negative zero, as a fresh evaluation would', () => {
    const signed: ModelDefinition = {
      name: 'signed-zero',
      calendar: { start: '2024-01', end: '2024-03' },
      dimensions: [],
      variables: [
        { name: 'x', values: -1 },
        { name: 'y', formula: 'x * -1 * 0' },
      ],
    };
    const wb = Workbook.fromModel(signed);
    expect(Object.is(wb.value('y', undefined, '2024-01'), 0)).toBe(true);
    const change = wb.apply({ kind: 'setInput', variable: 'x', value: 1 });
    expect(Object.is(wb.value('y', undefined, '2024-01'), -0)).toBe(true);
    expect(change.changed.has('y')).toBe(false); // equal values: nothing for a screen to redraw
  });

  it('computes a formula shared by only some members for those members alone, once each', () => {
    const split: ModelDefinition = {
      name: 'split',
      calendar: { start: '2024-01', end: '2024-02' },
      dimensions: [
        { name: 'r', members: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }] },
        { name: 'p', members: [{ id: 'x', name: 'X' }, { id: 'y', name: 'Y' }] },
      ],
      variables: [
        { name: 'k', values: 1 },
        // Member a.x (the first) has the variable's formula; every other member has its own.
        { name: 'v', dims: ['r', 'p'], formula: 'k * 2', memberFormulas: { 'a.y': 'k * 3', 'b.x': 'k * 3', 'b.y': 'k * 3', 'c.x': 'k * 3', 'c.y': 'k * 3' } },
      ],
    };
    const wb = Workbook.fromModel(split);
    const change = wb.apply({ kind: 'setInput', variable: 'k', value: 10 });
    expect(wb.value('v', 'a.x', '2024-01')).toBe(20);
    expect(wb.value('v', 'c.y', '2024-01')).toBe(30);
    expect(change.changed.get('v')!.length).toBe(6 * 2);
  });
});
