import { Workbook, type ModelDefinition } from '@tradesheet/core';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/commands/explanation.js';
import { explainText } from '../../src/commands/explain-text.js';

const model: ModelDefinition = {
  name: 'tiny',
  calendar: { start: '2025-01', end: '2025-04', asOf: '2025-02' },
  dimensions: [{ name: 'region', members: [{ id: 'us', name: 'United States' }, { id: 'eu', name: 'European Union' }] }],
  variables: [
    { name: 'growth', dims: ['region'], unit: '%', values: { us: -10, eu: 5 }, source: 'an article', confidence: 'official' },
    { name: 'exports', dims: ['region'], unit: 'US$ bn', values: { us: [10, 11], eu: [20, 21] }, formula: 'lag(exports, 1) * (1 + growth / 100)' },
    { name: 'total', description: 'all exports', formula: 'sum(exports, region)' },
    { name: 'ratio', formula: 'total / 0' },
  ],
};

describe('explain', () => {
  it('shows an actual month as an input and a later month as the formula’s projection', () => {
    const wb = Workbook.fromModel(model);
    const actual = explain(wb, 'exports.us', '2025-02', 'baseline');
    expect(actual.values).toEqual([{ member: 'us', value: 11, actual: true }]);
    const projected = explain(wb, 'exports.us', '2025-03', 'baseline');
    expect(projected.values[0]?.value).toBeCloseTo(9.9, 9);
    expect(projected.values[0]?.actual).toBe(false);
    expect(projected.formula).toBe('lag(exports, 1) * (1 + growth / 100)');
  });

  it('gives the values of the same member for dependencies with members, and of scalars as they are', () => {
    const wb = Workbook.fromModel(model);
    const e = explain(wb, 'exports.eu', '2025-03', 'baseline');
    expect(e.dependsOn).toContainEqual({ variable: 'growth', member: 'eu', value: 5 });
    const t = explain(wb, 'total', '2025-01', 'baseline');
    expect(t.dependsOn).toEqual([{ variable: 'exports', member: null, value: null }]);
    expect(t.usedBy).toEqual(['ratio']);
  });

  it('lists every member when a variable with members is named alone', () => {
    const e = explain(Workbook.fromModel(model), 'growth', '2025-03', 'baseline');
    expect(e.values.map((v) => v.member)).toEqual(['us', 'eu']);
    expect(e.source).toBe('an article');
    expect(explainText(e)).toMatch(/^ {4}us {2}-10$/m);
    expect(explainText(e)).toMatch(/^ {4}eu {4}5$/m);
  });

  it('shows an error value with its message', () => {
    const text = explainText(explain(Workbook.fromModel(model), 'ratio', '2025-01', 'baseline'));
    expect(text).toMatch(/2025-01\s+#DIV\/0! \(/);
  });

  it('refuses an unknown variable with a suggestion and an unknown member with the list', () => {
    const wb = Workbook.fromModel(model);
    expect(() => explain(wb, 'totl', '2025-01', 'baseline')).toThrow('no variable "totl" (did you mean total?)');
    expect(() => explain(wb, 'growth.cn', '2025-01', 'baseline')).toThrow('no member "cn" of growth (members: us, eu)');
  });
});
