/**
 * Repeated single setInputs of the same cells (nudges) take a remembered path (nudge-targets.ts). These tests make
 * what it remembers stale in each way the workbook can, and check that the next nudge still lands and recomputes
 * everything that reads it.
 */
import { describe, expect, it } from 'vitest';
import { TradesheetError, Workbook, type ModelDefinition } from '../../src/index.js';
import { cell, expectSameCells } from './helpers.js';

/** Five partners, so that one partner's series is a small patch of the growth inputs (not a copy of them). */
const PARTNERS = ['us', 'eu', 'asean', 'japan', 'korea'];

const partnerModel = (): ModelDefinition => ({
  name: 'nudges',
  calendar: { start: '2024-01', end: '2025-12', asOf: '2024-12' },
  dimensions: [{ name: 'partner', members: PARTNERS.map((id) => ({ id, name: id })) }],
  variables: [
    { name: 'growth', dims: ['partner'], values: Object.fromEntries(PARTNERS.map((id, i) => [id, i])) },
    { name: 'exports', dims: ['partner'], values: Object.fromEntries(PARTNERS.map((id) => [id, 100])), formula: 'lag(exports, 12) * (1 + growth / 100)' },
    { name: 'total', formula: 'sum(exports, partner)' },
    { name: 'other', values: 1 },
  ],
});

function nudge(wb: Workbook, value: number, member = 'us') {
  return wb.apply({ kind: 'setInput', variable: 'growth', member, value });
}

describe('repeated nudges of the same cells', () => {
  it('recompute every reader, and only the nudged partner, each time', () => {
    const wb = Workbook.fromModel(partnerModel());
    for (const value of [1, 2, 3, 2]) {
      const change = nudge(wb, value);
      expect(cell(wb, 'exports', 'us', '2025-06')).toBeCloseTo(100 * (1 + value / 100), 12);
      const members = new Set(Array.from(change.changed.get('exports') ?? [], (i) => wb.cellAddress('exports', i).member));
      expect([...members]).toEqual(['us']);
      expect(change.changed.has('total')).toBe(true);
    }
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
  });

  it('reach a variable whose new formula reads the nudged one', () => {
    const wb = Workbook.fromModel(partnerModel());
    nudge(wb, 1);
    expect(nudge(wb, 2).changed.has('other')).toBe(false);
    wb.apply({ kind: 'setFormula', variable: 'other', formula: 'growth.us * 2' });
    const change = nudge(wb, 3);
    expect(change.changed.has('other')).toBe(true);
    expect(cell(wb, 'other', undefined, '2025-06')).toBe(6);
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
  });

  it('land in a series that a batch replaced since the last nudge', () => {
    const wb = Workbook.fromModel(partnerModel());
    nudge(wb, 1);
    nudge(wb, 2);
    wb.apply([{ kind: 'setValues', variable: 'growth', member: 'eu', values: 7 }, { kind: 'setInput', variable: 'growth', value: 4 }]);
    nudge(wb, 9);
    expect(cell(wb, 'growth', 'us', '2025-03')).toBe(9);
    expect(cell(wb, 'growth', 'eu', '2025-03')).toBe(4);
    expect(wb.toModel().variables.find((v) => v.name === 'growth')!.values).toMatchObject({ us: 9 });
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
  });

  it('follow a change of the as-of month and the removal of a reader', () => {
    const wb = Workbook.fromModel(partnerModel());
    nudge(wb, 1);
    nudge(wb, 2);
    wb.apply({ kind: 'setAsOf', month: '2025-06' });
    nudge(wb, 3);
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
    wb.apply({ kind: 'removeVariable', variable: 'total' });
    nudge(wb, 4);
    expect(wb.variableNames()).not.toContain('total');
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
  });

  it('undo one by one to the values before them, and redo to the last', () => {
    const wb = Workbook.fromModel(partnerModel());
    const original = Workbook.fromModel(partnerModel());
    for (const value of [5, 6, 7]) nudge(wb, value);
    const edited = Workbook.fromModel(wb.toModel());
    wb.undo();
    expect(cell(wb, 'growth', 'us', '2025-01')).toBe(6);
    wb.undo();
    wb.undo();
    expectSameCells(wb, original);
    wb.redo();
    wb.redo();
    wb.redo();
    expectSameCells(wb, edited);
    nudge(wb, 8);
    expect(cell(wb, 'growth', 'us', '2025-01')).toBe(8);
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
  });

  it('refuse a value that is not a finite number, changing nothing', () => {
    const wb = Workbook.fromModel(partnerModel());
    nudge(wb, 1);
    nudge(wb, 2);
    const model = JSON.stringify(wb.toModel());
    expect(() => nudge(wb, Number.POSITIVE_INFINITY)).toThrow(TradesheetError);
    expect(() => nudge(wb, Number.POSITIVE_INFINITY)).toThrow(/growth\.us: Infinity is not a finite number/);
    expect(JSON.stringify(wb.toModel())).toBe(model);
    wb.undo();
    expect(cell(wb, 'growth', 'us', '2025-01')).toBe(1);
  });
});
