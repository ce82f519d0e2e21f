import { describe, expect, it } from 'vitest';
import { Session } from '../../src/app/session.js';
import { assumptionColumns, assumptionValue, nudgeAssumption, regions, scalarAssumptions } from '../../src/app/assumptions.js';
import { headlineValue, HEADLINES, projectedYears, regionDrivers } from '../../src/app/results.js';
import { cellInfo, sheetColumns, sheetRows } from '../../src/app/sheet-model.js';
import { chinaModel } from './fixtures.js';

const surplus = HEADLINES[0];

describe('Session', () => {
  it('tracks the edits as the scenario to save, folding repeated nudges', () => {
    const s = new Session(chinaModel(), { name: 'baseline', edits: [] });
    expect(s.dirty).toBe(false);
    s.apply(nudgeAssumption(s.wb, 'export_growth', 'eu', 0.5)!);
    s.apply(nudgeAssumption(s.wb, 'export_growth', 'eu', 0.5)!);
    expect(s.dirty).toBe(true);
    expect(assumptionValue(s.wb, 'export_growth', 'eu')).toBeCloseTo(15.8);
    expect(s.toScenario('eu-up').edits).toEqual([{ kind: 'setInput', variable: 'export_growth', member: 'eu', value: 15.8 }]);
  });

  it('undoes and redoes in step with the workbook, and is clean again at the saved point', () => {
    const s = new Session(chinaModel(), { name: 'baseline', edits: [] });
    const before = headlineValue(s.wb, surplus, 2026);
    s.apply({ kind: 'setInput', variable: 'export_growth', member: 'eu', value: 0 });
    const after = headlineValue(s.wb, surplus, 2026);
    expect(after).not.toEqual(before);
    s.markSaved('/tmp/x.yaml', 'x');
    expect(s.dirty).toBe(false);
    expect(s.undo()).not.toBeNull();
    expect(headlineValue(s.wb, surplus, 2026)).toEqual(before);
    expect(s.dirty).toBe(true);
    expect(s.toScenario().edits).toEqual([]);
    s.redo();
    expect(headlineValue(s.wb, surplus, 2026)).toEqual(after);
    expect(s.dirty).toBe(false);
  });

  it("starts from an opened scenario's edits, which undo cannot remove", () => {
    const edits = [{ kind: 'setInput' as const, variable: 'export_growth', member: 'us', value: -40 }];
    const s = new Session(chinaModel(), { name: 'us-down', edits });
    expect(assumptionValue(s.wb, 'export_growth', 'us')).toBe(-40);
    expect(s.canUndo).toBe(false);
    expect(s.undo()).toBeNull();
    expect(assumptionValue(s.wb, 'export_growth', 'us')).toBe(-40);
    expect(s.dirty).toBe(false);
    expect(s.toScenario().edits).toEqual(edits);
  });

  it('leaves everything as it was when the engine refuses an edit', () => {
    const s = new Session(chinaModel(), { name: 'baseline', edits: [] });
    expect(() => s.apply({ kind: 'setFormula', variable: 'exports', formula: 'lag(exports, 12) * (' })).toThrow();
    expect(s.dirty).toBe(false);
    expect(s.canUndo).toBe(false);
  });
});

describe('assumptions and results of the China model', () => {
  const s = new Session(chinaModel(), { name: 'baseline', edits: [] });

  it('finds export and import growth as the per-region assumptions, and the scalar ones', () => {
    expect(assumptionColumns(s.wb).map((c) => c.variable)).toEqual(['export_growth', 'import_growth']);
    expect(scalarAssumptions(s.wb).map((c) => c.variable)).toContain('nominal_gdp_growth');
    expect(regions(s.wb)).toHaveLength(14);
    expect(regions(s.wb)[1]).toEqual({ id: 'eu', name: 'European Union (27)' });
  });

  it('projects the years after the as-of month', () => {
    expect(projectedYears(s.wb)).toEqual([2026, 2027, 2028, 2029, 2030]);
  });

  it('names the regions that drive a difference, largest first', () => {
    const edited = new Session(chinaModel(), { name: 'x', edits: [{ kind: 'setInput', variable: 'export_growth', member: 'eu', value: 0 }] });
    const drivers = regionDrivers(edited.wb, s.baseline, 2026);
    expect(drivers[0]?.id).toBe('eu');
    expect(drivers[0]!.delta).toBeLessThan(0);
  });

  it('describes a sheet cell: formula, value, unit and whether it is an input', () => {
    const rows = sheetRows(s.wb);
    const row = rows.find((r) => r.variable === 'exports' && r.member === 'eu')!;
    const projected = cellInfo(s.wb, row, '2026-03');
    expect(projected.formula).toContain('lag(exports, 12)');
    expect(projected.isInput).toBe(false);
    expect(typeof projected.value).toBe('number');
    expect(cellInfo(s.wb, row, '2025-03').isInput).toBe(true);
    expect(sheetColumns(s.wb, 'year').map((c) => c.label)).toEqual(['Dec 2024', 'Dec 2025', 'Dec 2026', 'Dec 2027', 'Dec 2028', 'Dec 2029', 'Dec 2030']);
  });
});
