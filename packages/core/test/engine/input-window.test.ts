/**
 * Inputs are stored only up to the last month that has one (history), not for the whole calendar. These tests
 * cover the edges of that window: edits past its end, batches, undo, and the model read back out.
 */
import { describe, expect, it } from 'vitest';
import { Workbook, isCellError, type ModelDefinition } from '../../src/index.js';

const model: ModelDefinition = {
  name: 'window',
  calendar: { start: '2024-01', end: '2026-12', asOf: '2024-03' },
  dimensions: [{ name: 'region', members: [{ id: 'us', name: 'United States' }, { id: 'eu', name: 'European Union' }] }],
  variables: [
    // Three months of actuals for us, one for eu; the rest of the 36 months is projected.
    { name: 'exports', dims: ['region'], values: { us: [10, 11, 12], eu: [20] }, formula: 'lag(exports, 1) + 1' },
    { name: 'total', formula: 'sum(exports, region)' },
  ],
};

describe('inputs kept up to their last month', () => {
  it('projects every month after the actuals', () => {
    const wb = Workbook.fromModel(model);
    expect(wb.value('exports', 'us', '2024-03')).toBe(12);
    expect(wb.value('exports', 'us', '2024-04')).toBe(13);
    expect(wb.value('exports', 'eu', '2024-02')).toBe(21);
    expect(wb.value('exports', 'us', '2026-12')).toBe(45);
    expect(wb.isActual('exports', 'us', '2026-12')).toBe(false);
  });

  it('takes an input set past the last month with one, and undoes it', () => {
    const wb = Workbook.fromModel({ ...model, calendar: { ...model.calendar, asOf: '2026-12' } });
    wb.apply({ kind: 'setInput', variable: 'exports', member: 'eu', month: '2025-06', value: 100 });
    expect(wb.value('exports', 'eu', '2025-06')).toBe(100);
    expect(wb.value('exports', 'eu', '2025-07')).toBe(101);
    expect(wb.isActual('exports', 'eu', '2025-06')).toBe(true);
    wb.undo();
    expect(wb.value('exports', 'eu', '2025-06')).toBe(20 + 17);
    expect(wb.isActual('exports', 'eu', '2025-06')).toBe(false);
  });

  it('widens the inputs within a batch without losing an earlier edit of the same batch', () => {
    const wb = Workbook.fromModel({ ...model, calendar: { ...model.calendar, asOf: '2026-12' } });
    wb.apply([
      { kind: 'setInput', variable: 'exports', member: 'us', month: '2024-02', value: 50 },
      { kind: 'setInput', variable: 'exports', member: 'eu', month: '2026-01', value: 7 },
    ]);
    expect(wb.value('exports', 'us', '2024-02')).toBe(50);
    expect(wb.value('exports', 'eu', '2026-01')).toBe(7);
    expect(wb.value('exports', 'eu', '2026-02')).toBe(8);
  });

  it('writes a whole series longer than the old inputs, and clears it back to projection', () => {
    const wb = Workbook.fromModel({ ...model, calendar: { ...model.calendar, asOf: '2026-12' } });
    wb.apply({ kind: 'setValues', variable: 'exports', member: 'eu', values: { from: '2025-01', values: [1, 2, 3] } });
    expect(wb.value('exports', 'eu', '2025-03')).toBe(3);
    expect(isCellError(wb.value('exports', 'eu', '2024-01'))).toBe(true); // no input and lag before the start
    wb.apply({ kind: 'setValues', variable: 'exports', member: 'eu', values: null });
    expect(wb.isActual('exports', 'eu', '2025-03')).toBe(false);
  });

  it('reads the inputs back out exactly as they went in', () => {
    const wb = Workbook.fromModel(model);
    wb.apply({ kind: 'setInput', variable: 'exports', member: 'eu', month: '2026-12', value: 9 });
    const exports = wb.toModel().variables.find((v) => v.name === 'exports')!;
    expect(exports.values).toEqual({ us: { from: '2024-01', values: [10, 11, 12] }, eu: { from: '2024-01', values: [20, ...Array(34).fill(null), 9] } });
  });

  it('sets one value for every month of a variable that had inputs for a few', () => {
    const wb = Workbook.fromModel({ ...model, calendar: { ...model.calendar, asOf: '2026-12' } });
    const change = wb.apply({ kind: 'setInput', variable: 'exports', value: 5 });
    expect(wb.value('total', undefined, '2026-12')).toBe(10);
    expect(change.changed.get('exports')!.length).toBe(2 * 36);
  });
});
