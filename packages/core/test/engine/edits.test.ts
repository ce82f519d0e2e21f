import { describe, expect, it } from 'vitest';
import { FormulaError, TradesheetError, Workbook, type ChangeSet, type Edit } from '../../src/index.js';
import { allCells, cell, expectSameCells, model } from './helpers.js';

/** A small trade model: growth by region drives exports; totals and shares read them. */
const trade = () =>
  model(
    [
      { name: 'growth', dims: ['region'], values: { us: -10, eu: 20, asean: 5 } },
      { name: 'exports', dims: ['region'], values: { us: 100, eu: 50, asean: 30 }, formula: 'lag(exports, 12) * (1 + growth / 100)' },
      { name: 'total', formula: 'sum(exports, region)' },
      { name: 'share', dims: ['region'], formula: 'exports / total * 100' },
      { name: 'annual', formula: 'year_sum(total)' },
      { name: 'unrelated', values: 3 },
      { name: 'unrelated_double', formula: 'unrelated * 2' },
    ],
    { start: '2024-01', end: '2025-12', asOf: '2024-12' },
  );

/** Members touched by a ChangeSet, per variable. */
function touchedMembers(wb: Workbook, changed: ChangeSet['changed']): Map<string, Set<string | undefined>> {
  const result = new Map<string, Set<string | undefined>>();
  for (const [name, indices] of changed) result.set(name, new Set(Array.from(indices, (i) => wb.cellAddress(name, i).member)));
  return result;
}

function expectRefused(wb: Workbook, edit: Edit | Edit[], code: string): void {
  const cells = allCells(wb);
  const saved = JSON.stringify(wb.toModel());
  const undoable = wb.canUndo;
  let thrown: unknown;
  try {
    wb.apply(edit);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(TradesheetError);
  expect((thrown as TradesheetError).code).toBe(code);
  expect(allCells(wb)).toEqual(cells);
  expect(JSON.stringify(wb.toModel())).toBe(saved);
  expect(wb.canUndo).toBe(undoable);
}

describe('Workbook edits', () => {
  it('sets one input cell, one member, one month of every member, or everything with setInput', () => {
    const wb = Workbook.fromModel(trade());
    wb.apply({ kind: 'setInput', variable: 'growth', member: 'us', month: '2025-03', value: 0 });
    expect(cell(wb, 'exports', 'us', '2025-03')).toBe(100);
    expect(cell(wb, 'exports', 'us', '2025-04')).toBeCloseTo(90);
    wb.apply({ kind: 'setInput', variable: 'growth', member: 'eu', value: 0 });
    expect(cell(wb, 'exports', 'eu', '2025-07')).toBe(50);
    wb.apply({ kind: 'setInput', variable: 'growth', month: '2025-05', value: 100 });
    expect(cell(wb, 'exports', 'asean', '2025-05')).toBe(60);
    wb.apply({ kind: 'setInput', variable: 'growth', value: 50 });
    expect(cell(wb, 'total', undefined, '2025-09')).toBe(270);
  });

  it('replaces or removes a member’s series with setValues', () => {
    const wb = Workbook.fromModel(trade());
    wb.apply({ kind: 'setValues', variable: 'growth', member: 'us', values: { from: '2025-01', values: [1, 2, null, 4] } });
    expect(cell(wb, 'exports', 'us', '2025-02')).toBe(102);
    expect(cell(wb, 'exports', 'us', '2025-03')).toBe('#REF!');
    wb.apply({ kind: 'setValues', variable: 'growth', values: null });
    expect(cell(wb, 'exports', 'eu', '2025-02')).toBe('#REF!');
    expect(wb.toModel().variables.find((v) => v.name === 'growth')!.values).toBeUndefined();
  });

  it('sets and clears a variable formula and a member formula with setFormula', () => {
    const wb = Workbook.fromModel(trade());
    wb.apply({ kind: 'setFormula', variable: 'share', member: 'eu', formula: '42' });
    expect(cell(wb, 'share', 'eu', '2024-05')).toBe(42);
    expect(cell(wb, 'share', 'us', '2024-05')).toBeCloseTo(100 / 180 * 100);
    expect(wb.toModel().variables.find((v) => v.name === 'share')!.memberFormulas).toEqual({ eu: '42' });
    wb.apply({ kind: 'setFormula', variable: 'share', member: 'eu', formula: null });
    expect(cell(wb, 'share', 'eu', '2024-05')).toBeCloseTo(50 / 180 * 100);
    wb.apply({ kind: 'setFormula', variable: 'share', formula: null });
    expect(cell(wb, 'share', 'us', '2024-05')).toBe('#REF!');
  });

  it('adds a variable that existing #NAME? formulas then find, and removes it again', () => {
    const wb = Workbook.fromModel(trade());
    wb.apply({ kind: 'setFormula', variable: 'unrelated_double', formula: 'later * 2' });
    expect(cell(wb, 'unrelated_double', undefined, '2024-01')).toBe('#NAME?');
    wb.apply({ kind: 'addVariable', definition: { name: 'later', values: 21 } });
    expect(cell(wb, 'unrelated_double', undefined, '2024-01')).toBe(42);
    wb.apply({ kind: 'removeVariable', variable: 'later' });
    expect(cell(wb, 'unrelated_double', undefined, '2024-01')).toBe('#NAME?');
    expect(wb.variableNames()).not.toContain('later');
  });

  it('removes a variable that nothing reads', () => {
    const wb = Workbook.fromModel(trade());
    wb.apply({ kind: 'removeVariable', variable: 'unrelated_double' });
    expect(wb.variableNames()).not.toContain('unrelated_double');
    expect(cell(wb, 'total', undefined, '2024-01')).toBe(180);
    wb.undo();
    expect(cell(wb, 'unrelated_double', undefined, '2024-01')).toBe(6);
  });

  it('edits and then removes the same variable in one batch', () => {
    const wb = Workbook.fromModel(trade());
    wb.apply([
      { kind: 'setInput', variable: 'unrelated', value: 5 },
      { kind: 'removeVariable', variable: 'unrelated' },
    ]);
    expect(wb.variableNames()).not.toContain('unrelated');
    expect(cell(wb, 'unrelated_double', undefined, '2024-01')).toBe('#NAME?');
    wb.undo();
    expect(cell(wb, 'unrelated_double', undefined, '2024-01')).toBe(6);
  });

  it('undoes adding a variable that nothing reads', () => {
    const wb = Workbook.fromModel(trade());
    wb.apply({ kind: 'addVariable', definition: { name: 'scratch', values: 1 } });
    wb.undo();
    expect(wb.variableNames()).not.toContain('scratch');
    expectSameCells(wb, Workbook.fromModel(trade()));
  });

  it('moves the actuals boundary with setAsOf', () => {
    const wb = Workbook.fromModel(trade());
    wb.apply({ kind: 'setAsOf', month: '2024-06' });
    expect(wb.isActual('exports', 'us', '2024-07')).toBe(false);
    expect(cell(wb, 'exports', 'us', '2024-07')).toBe('#REF!');
    // Without an as-of month every input counts, so the constant inputs replace the projection.
    wb.apply({ kind: 'setAsOf', month: null });
    expect(wb.isActual('exports', 'us', '2025-07')).toBe(true);
    expect(cell(wb, 'exports', 'us', '2025-07')).toBe(100);
    expect(wb.calendar.asOf).toBeUndefined();
  });
});

describe('ChangeSet', () => {
  it('reports only the edited member’s cells of dependents, plus the totals', () => {
    const wb = Workbook.fromModel(trade());
    const change = wb.apply({ kind: 'setInput', variable: 'growth', member: 'eu', month: '2025-06', value: 0 });
    const touched = touchedMembers(wb, change.changed);
    expect([...touched.keys()].sort()).toEqual(['annual', 'exports', 'growth', 'share', 'total']);
    expect(touched.get('growth')).toEqual(new Set(['eu']));
    expect(touched.get('exports')).toEqual(new Set(['eu']));
    // Every region's share moves with the total, so all three are honest changes.
    expect(touched.get('share')!.size).toBe(3);
    expect(Array.from(change.changed.get('exports')!, (i) => wb.cellAddress('exports', i).month)).toEqual(['2025-06']);
    expect(change.count).toBe([...change.changed.values()].reduce((n, list) => n + list.length, 0));
  });

  it('reports the cells whose values changed and no others', () => {
    const wb = Workbook.fromModel(trade());
    const before = allCells(wb);
    const change = wb.apply({ kind: 'setInput', variable: 'growth', member: 'us', value: 0 });
    const after = allCells(wb);
    const reported = new Set<string>();
    for (const [name, indices] of change.changed) {
      for (const i of indices) {
        const { member, month } = wb.cellAddress(name, i);
        reported.add(`${name}|${member ?? ''}|${month}`);
      }
    }
    const differing = [...after.keys()].filter((key) => before.get(key) !== after.get(key));
    expect([...reported].sort()).toEqual(differing.sort());
  });

  it('reports nothing for an edit that changes no value', () => {
    const wb = Workbook.fromModel(trade());
    const change = wb.apply({ kind: 'setInput', variable: 'unrelated', value: 3 });
    expect(change.count).toBe(0);
  });
});

describe('undo and redo', () => {
  it('undoes a batch as one step and redoes it', () => {
    const wb = Workbook.fromModel(trade());
    const fresh = allCells(wb);
    wb.apply([
      { kind: 'setInput', variable: 'growth', value: 0 },
      { kind: 'setFormula', variable: 'share', formula: 'exports' },
      { kind: 'addVariable', definition: { name: 'extra', formula: 'total / 2' } },
    ]);
    const edited = allCells(wb);
    expect(wb.undo()).not.toBeNull();
    expect(allCells(wb)).toEqual(fresh);
    expect(wb.canUndo).toBe(false);
    wb.redo();
    expect(allCells(wb)).toEqual(edited);
    expect(wb.canRedo).toBe(false);
  });

  it('returns null with nothing to undo or redo, and a new edit clears the redo stack', () => {
    const wb = Workbook.fromModel(trade());
    expect(wb.undo()).toBeNull();
    expect(wb.redo()).toBeNull();
    wb.apply({ kind: 'setInput', variable: 'unrelated', value: 1 });
    wb.undo();
    expect(wb.canRedo).toBe(true);
    wb.apply({ kind: 'setInput', variable: 'unrelated', value: 2 });
    expect(wb.canRedo).toBe(false);
  });
});

describe('rejected edits', () => {
  it('leaves every cell and toModel() as they were after a bad formula', () => {
    const wb = Workbook.fromModel(trade());
    expectRefused(wb, { kind: 'setFormula', variable: 'total', formula: 'sum(exports, region' }, 'FORMULA_SYNTAX');
    expectRefused(wb, { kind: 'setFormula', variable: 'total', formula: 'x = 1' }, 'FORMULA_NOT_ALLOWED');
  });

  it('names the variable and position in the FormulaError', () => {
    const wb = Workbook.fromModel(trade());
    try {
      wb.apply({ kind: 'setFormula', variable: 'total', formula: 'exports.constructor' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FormulaError);
      const e = error as FormulaError;
      expect([e.code, e.variable, e.position, e.formula]).toEqual(['FORMULA_NOT_ALLOWED', 'total', 8, 'exports.constructor']);
    }
  });

  it('leaves the workbook as it was after an unknown variable, member, month or a bad value', () => {
    const wb = Workbook.fromModel(trade());
    expectRefused(wb, { kind: 'setInput', variable: 'nope', value: 1 }, 'UNKNOWN_VARIABLE');
    expectRefused(wb, { kind: 'setInput', variable: 'growth', member: 'mars', value: 1 }, 'UNKNOWN_MEMBER');
    expectRefused(wb, { kind: 'setInput', variable: 'growth', month: '2031-01', value: 1 }, 'MONTH_OUT_OF_RANGE');
    expectRefused(wb, { kind: 'setInput', variable: 'growth', value: Number.NaN }, 'BAD_VALUE');
    expectRefused(wb, { kind: 'removeVariable', variable: 'nope' }, 'UNKNOWN_VARIABLE');
    expectRefused(wb, { kind: 'addVariable', definition: { name: 'total' } }, 'DUPLICATE_VARIABLE');
    expectRefused(wb, { kind: 'addVariable', definition: { name: 'sum' } }, 'BAD_NAME');
    expectRefused(wb, { kind: 'setAsOf', month: '1999-01' }, 'MONTH_OUT_OF_RANGE');
  });

  it('rolls back a whole batch when its last edit is refused', () => {
    const wb = Workbook.fromModel(trade());
    expectRefused(
      wb,
      [
        { kind: 'setInput', variable: 'growth', value: 0 },
        { kind: 'removeVariable', variable: 'share' },
        { kind: 'addVariable', definition: { name: 'extra', dims: ['product'], values: 1 } },
        { kind: 'setAsOf', month: '2025-06' },
        { kind: 'setFormula', variable: 'total', formula: 'import("fs")' },
      ],
      'FORMULA_UNKNOWN_FUNCTION',
    );
    // The workbook still works after the rollback.
    wb.apply({ kind: 'setInput', variable: 'growth', member: 'us', value: 0 });
    expect(cell(wb, 'exports', 'us', '2025-05')).toBe(100);
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
  });

  // setInput changes the inputs array in place (an undoable patch); whole series are copied. Mixed in one batch on
  // one variable, undo and redo must still restore exactly each state, and a refused edit must leave none of it.
  it('undoes and redoes a batch mixing values set in place and series replaced, on one variable', () => {
    const wb = Workbook.fromModel(trade());
    const fresh = allCells(wb);
    const freshModel = JSON.stringify(wb.toModel());
    wb.apply([
      { kind: 'setInput', variable: 'growth', member: 'us', value: 1 },
      { kind: 'setValues', variable: 'growth', member: 'eu', values: [7, 7, 7] },
      { kind: 'setInput', variable: 'growth', member: 'us', value: 2 },
      { kind: 'setInput', variable: 'growth', member: 'eu', month: '2024-02', value: 9 },
    ]);
    const edited = allCells(wb);
    expect(cell(wb, 'growth', 'us', '2025-01')).toBe(2);
    expect(cell(wb, 'growth', 'eu', '2024-02')).toBe(9);
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
    wb.undo();
    expect(allCells(wb)).toEqual(fresh);
    expect(JSON.stringify(wb.toModel())).toBe(freshModel);
    wb.redo();
    expect(allCells(wb)).toEqual(edited);
    wb.undo();
    wb.redo();
    expect(allCells(wb)).toEqual(edited);
  });

  it('undoes single values set one after another in the order they were set', () => {
    const wb = Workbook.fromModel(trade());
    const states = [allCells(wb)];
    for (const value of [1, 2, 3]) {
      wb.apply({ kind: 'setInput', variable: 'growth', member: 'asean', value });
      states.push(allCells(wb));
    }
    for (let k = states.length - 2; k >= 0; k--) {
      wb.undo();
      expect(allCells(wb)).toEqual(states[k]);
    }
  });

  it('puts back values already set in place when a later edit of the batch is refused', () => {
    const wb = Workbook.fromModel(trade());
    expectRefused(
      wb,
      [
        { kind: 'setInput', variable: 'growth', member: 'us', value: 50 },
        { kind: 'setInput', variable: 'growth', value: 3 },
        { kind: 'setInput', variable: 'growth', member: 'eu', value: Number.NaN },
      ],
      'BAD_VALUE',
    );
  });

  // A variable whose own inputs did not change recomputes only from the first month its sources changed; a
  // year_sum reads the months after its own, so an edit in June changes the annual figure from January.
  it('recomputes an annual sum for the whole year of a mid-year edit, and nothing before it', () => {
    const wb = Workbook.fromModel(trade());
    wb.apply({ kind: 'setAsOf', month: '2025-12' });
    const change = wb.apply({ kind: 'setInput', variable: 'exports', member: 'us', month: '2025-06', value: 500 });
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
    const months = (name: string) => [...new Set(Array.from(change.changed.get(name) ?? [], (i) => wb.cellAddress(name, i).month))].sort();
    expect(months('exports')).toEqual(['2025-06']);
    expect(months('annual')).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    expect(months('total')).toEqual(['2025-06']);
  });

  // Where a repeated edit's dirtiness spreads is remembered (propagation-cache.ts) until the formulas change.
  it('recomputes what a new formula reads when the same edit is repeated after the formula changed', () => {
    const wb = Workbook.fromModel(trade());
    wb.apply({ kind: 'setInput', variable: 'growth', member: 'us', value: 1 });
    const before = wb.apply({ kind: 'setInput', variable: 'growth', member: 'us', value: 2 });
    expect(before.changed.has('unrelated_double')).toBe(false);
    wb.apply({ kind: 'setFormula', variable: 'unrelated_double', formula: 'growth.us * 2' });
    const change = wb.apply({ kind: 'setInput', variable: 'growth', member: 'us', value: 3 });
    expect(cell(wb, 'unrelated_double', undefined, '2025-06')).toBe(6);
    expect(change.changed.has('unrelated_double')).toBe(true);
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
    wb.undo();
    wb.undo();
    const again = wb.apply({ kind: 'setInput', variable: 'growth', member: 'us', value: 4 });
    expect(again.changed.has('unrelated_double')).toBe(false);
    expect(cell(wb, 'unrelated_double', undefined, '2025-06')).toBe(6);
    expectSameCells(wb, Workbook.fromModel(wb.toModel()));
  });

  it('gives a change set’s cells in ascending order, and refuses to read it after a later edit', () => {
    const wb = Workbook.fromModel(trade());
    const first = wb.apply({ kind: 'setInput', variable: 'growth', member: 'eu', value: 0 });
    const cells = first.changed.get('exports')!;
    expect(Array.from(cells)).toEqual([...cells].sort((a, b) => a - b));
    expect(first.count).toBe([...first.changed.values()].reduce((n, list) => n + list.length, 0));
    const second = wb.apply({ kind: 'setInput', variable: 'growth', member: 'us', value: 0 });
    expect(first.changed.get('exports')).toBe(cells); // read before the second edit: still there
    expect(() => second.changed.size).not.toThrow();
    const unread = wb.apply({ kind: 'setInput', variable: 'growth', member: 'asean', value: 0 });
    wb.undo();
    expect(() => unread.changed.get('exports')).toThrow(/read after a later edit/);
  });
});
