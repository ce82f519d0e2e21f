import type { ModelDefinition } from '@tradesheet/core';
import { describe, expect, it } from 'vitest';
import { diffAssumptions, modelAssumptions } from '../../src/build/assumptions.js';

function model(): ModelDefinition {
  return {
    name: 'tiny',
    calendar: { start: '2025-01', end: '2026-12', asOf: '2025-12' },
    dimensions: [{ name: 'region', members: [{ id: 'us', name: 'United States' }, { id: 'eu', name: 'European Union' }] }],
    variables: [
      {
        name: 'export_growth',
        dims: ['region'],
        unit: '%',
        values: { us: -28.6, eu: 14.8 },
        source: 'growth-nov-2025.csv',
        confidence: 'official',
        memberSources: { eu: { source: 'Reuters', confidence: 'official' } },
      },
      { name: 'import_growth', dims: ['region'], unit: '%', values: 1.9, source: 'assumption: headline', confidence: 'assumption' },
      { name: 'exports', dims: ['region'], unit: 'US$ bn', values: { us: [1, 2], eu: [3, 4] }, formula: 'lag(exports, 12) * (1 + export_growth / 100)' },
    ],
  };
}

describe('diffAssumptions', () => {
  it('lists nothing when the workbook holds the model as it is', () => {
    expect(diffAssumptions(model(), model(), 'baseline')).toEqual([]);
  });

  it('does not count the same values written another way as a change', () => {
    const current = model();
    current.variables[1]!.values = { us: 1.9, eu: Array<number>(24).fill(1.9) };
    expect(diffAssumptions(model(), current, 'same')).toEqual([]);
  });

  it('lists a changed member with the old and new value, the months, the scenario and its reason', () => {
    const current = model();
    current.variables[0]!.values = { us: -28.6, eu: [...Array<number>(12).fill(14.8), ...Array<number>(12).fill(0)] };
    const [a, ...rest] = diffAssumptions(model(), current, 'eu-flat', [
      { kind: 'setValues', variable: 'export_growth', member: 'eu', values: 0, why: 'EU safeguards' },
    ]);
    expect(rest).toEqual([]);
    expect(a).toEqual({
      variable: 'export_growth',
      member: 'eu',
      memberName: 'European Union',
      change: 'values',
      from: '14.8',
      to: '0',
      months: { first: '2026-01', last: '2026-12' },
      unit: '%',
      setBy: 'eu-flat',
      why: 'EU safeguards',
      source: 'Reuters',
      confidence: 'official',
    });
  });

  it('gives no months when a value changes in every month, and summarises a changing series by its ends', () => {
    const current = model();
    current.variables[0]!.values = { us: -28.6, eu: { from: '2026-01', values: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] } };
    const [a] = diffAssumptions(model(), current, 'ramp');
    expect(a?.months).toBeNull();
    // 2025 loses its input (none), 2026 ramps from 0 to 11.
    expect(a?.to).toBe('none to 11');
    expect(a?.from).toBe('14.8');
  });

  it('lists a changed formula and a new variable', () => {
    const current = model();
    current.variables[2]!.formula = 'lag(exports, 12)';
    current.variables.push({ name: 'tariff', unit: '%', values: 10 });
    const list = diffAssumptions(model(), current, 'flat');
    expect(list.map((a) => [a.variable, a.change, a.from, a.to])).toEqual([
      ['exports', 'formula', 'lag(exports, 12) * (1 + export_growth / 100)', 'lag(exports, 12)'],
      ['tariff', 'added', null, null],
    ]);
  });

  it('lists a moved as-of month', () => {
    const current = model();
    current.calendar.asOf = '2025-11';
    expect(diffAssumptions(model(), current, 'article')[0]).toMatchObject({ variable: 'calendar.asOf', change: 'asOf', from: '2025-12', to: '2025-11' });
  });
});

describe('modelAssumptions', () => {
  it('lists the projection levers: one row per member, or one row when every member shares a value', () => {
    const list = modelAssumptions(model());
    expect(list.map((a) => [a.variable, a.member, a.to, a.source, a.confidence])).toEqual([
      ['export_growth', 'us', '-28.6', 'growth-nov-2025.csv', 'official'],
      ['export_growth', 'eu', '14.8', 'Reuters', 'official'],
      ['import_growth', null, '1.9', 'assumption: headline', 'assumption'],
    ]);
  });

  // An array of values starts at the calendar's start, though only the projected months (2026) are listed.
  it('reads a series written as an array from the calendar’s start, not from the first projected month', () => {
    const m = model();
    m.variables[1]!.values = [...Array<number>(12).fill(9), ...Array<number>(12).fill(2)];
    expect(modelAssumptions(m).find((a) => a.variable === 'import_growth')?.to).toBe('2');
  });

  it('reads values given as one block of every member (a model built in code) as per-member values', () => {
    const m = model();
    // us then eu, each 24 months: us 1 then 3, eu 2 then 4.
    const data = Float64Array.from([...Array<number>(12).fill(1), ...Array<number>(12).fill(3), ...Array<number>(12).fill(2), ...Array<number>(12).fill(4)]);
    m.variables[0]!.values = { months: 24, data };
    expect(modelAssumptions(m).filter((a) => a.variable === 'export_growth').map((a) => [a.member, a.to])).toEqual([
      ['us', '3'],
      ['eu', '4'],
    ]);
  });
});
