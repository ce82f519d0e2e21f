import { describe, expect, it } from 'vitest';
import type { ScenarioEdit } from '@tradesheet/core';
import { compactEdits } from '../../src/app/compact-edits.js';

const set = (variable: string, member: string | undefined, value: number): ScenarioEdit =>
  member === undefined ? { kind: 'setInput', variable, value } : { kind: 'setInput', variable, member, value };

describe('compactEdits', () => {
  it('keeps only the last of repeated nudges to one cell', () => {
    const edits = [set('export_growth', 'eu', 15.3), set('export_growth', 'eu', 15.8), set('export_growth', 'eu', 16.3)];
    expect(compactEdits(edits)).toEqual([set('export_growth', 'eu', 16.3)]);
  });

  it('keeps edits of different members and variables apart, in order', () => {
    const edits = [set('export_growth', 'eu', 1), set('import_growth', 'eu', 2), set('export_growth', 'us', 3), set('export_growth', 'eu', 4)];
    expect(compactEdits(edits)).toEqual([set('import_growth', 'eu', 2), set('export_growth', 'us', 3), set('export_growth', 'eu', 4)]);
  });

  it('keeps an earlier edit when another edit of the same variable sits between', () => {
    const formula: ScenarioEdit = { kind: 'setFormula', variable: 'export_growth', member: 'eu', formula: '3' };
    const edits = [set('export_growth', 'eu', 1), formula, set('export_growth', 'eu', 2)];
    expect(compactEdits(edits)).toEqual(edits);
  });

  it('never folds across a change of the as-of month', () => {
    const edits: ScenarioEdit[] = [set('x', undefined, 1), { kind: 'setAsOf', month: '2025-11' }, set('x', undefined, 2)];
    expect(compactEdits(edits)).toEqual(edits);
  });
});
