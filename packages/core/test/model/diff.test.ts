import { describe, expect, it } from 'vitest';
import { Workbook } from '../../src/engine/workbook.js';
import { diffModels } from '../../src/model/diff.js';
import type { ModelDefinition, VariableDefinition } from '../../src/model/types.js';
import { smallModel } from './fixtures.js';

function withVariable(name: string, change: Partial<VariableDefinition>): ModelDefinition {
  return {
    ...smallModel,
    variables: smallModel.variables.map((variable) => (variable.name === name ? { ...variable, ...change } : variable)),
  };
}

describe('diffModels', () => {
  it('finds nothing between a model and itself', () => {
    expect(diffModels(smallModel, structuredClone(smallModel))).toEqual([]);
  });

  it('reports one entry per member when every month changed the same way', () => {
    const after = withVariable('export_growth', { values: { us: -40, eu: 14.8 } });
    expect(diffModels(smallModel, after)).toEqual([
      { kind: 'input', variable: 'export_growth', member: 'us', before: -28.6, after: -40 },
    ]);
  });

  it('reports one entry for the variable when every member changed the same way', () => {
    const before = withVariable('export_growth', { values: 5 });
    const after = withVariable('export_growth', { values: { us: 6, eu: 6 } });
    expect(diffModels(before, after)).toEqual([{ kind: 'input', variable: 'export_growth', before: 5, after: 6 }]);
  });

  it('compares a number with a series cell by cell, in runs', () => {
    const before = withVariable('export_growth', { values: 5 });
    const list = Array.from({ length: 24 }, (_, i) => (i < 12 ? 5 : 7));
    const after = withVariable('export_growth', { values: { us: list, eu: { from: '2024-01', values: list } } });
    const run = { kind: 'input', variable: 'export_growth', month: '2025-01', to: '2025-12', before: 5, after: 7 };
    expect(diffModels(before, after)).toEqual([
      { ...run, member: 'us' },
      { ...run, member: 'eu' },
    ]);
  });

  it('reports removed inputs as null and single months without a range', () => {
    const after = withVariable('exports', { values: { us: { from: '2024-01', values: [40.1, 39] } } });
    expect(diffModels(smallModel, after)).toEqual([
      { kind: 'input', variable: 'exports', member: 'us', month: '2024-02', before: 38.2, after: 39 },
      { kind: 'input', variable: 'exports', member: 'eu', before: 30, after: null },
    ]);
  });

  it('reports formulas, member formulas, added and removed variables and the asOf month', () => {
    const after: ModelDefinition = {
      ...withVariable('exports', { formula: 'lag(exports, 12)', memberFormulas: { eu: '30' } }),
      calendar: { ...smallModel.calendar, asOf: '2024-11' },
    };
    after.variables = after.variables.filter((variable) => variable.name !== 'total_exports');
    after.variables.push({ name: 'tariff', values: 10 });
    expect(diffModels(smallModel, after)).toEqual([
      { kind: 'asOf', variable: '', before: '2024-12', after: '2024-11' },
      {
        kind: 'formula',
        variable: 'exports',
        before: 'lag(exports, 12) * (1 + export_growth / 100)',
        after: 'lag(exports, 12)',
      },
      { kind: 'formula', variable: 'exports', member: 'eu', before: null, after: '30' },
      { kind: 'removed', variable: 'total_exports', before: smallModel.variables[2], after: null },
      { kind: 'added', variable: 'tariff', before: null, after: { name: 'tariff', values: 10 } },
    ]);
  });

  it('reports a change of dimensions once, not cell by cell', () => {
    const after = withVariable('export_growth', { dims: [], values: 3 });
    expect(diffModels(smallModel, after)).toEqual([
      { kind: 'dims', variable: 'export_growth', before: ['region'], after: [] },
    ]);
  });

  it('shows what a scenario edit changed in a workbook', () => {
    const workbook = Workbook.fromModel(smallModel);
    workbook.apply({ kind: 'setInput', variable: 'exports', member: 'eu', month: '2024-06', value: 33 });
    expect(diffModels(smallModel, workbook.toModel())).toEqual([
      { kind: 'input', variable: 'exports', member: 'eu', month: '2024-06', before: 30, after: 33 },
    ]);
  });
});
