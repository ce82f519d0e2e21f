import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ModelDefinition, ScenarioDefinition } from '@tradesheet/core';
import { describe, expect, it } from 'vitest';
import type { ScenarioSources } from '../../src/commands/scenario-source.js';
import { buildWhatIf } from '../../src/commands/what-if.js';

const model: ModelDefinition = {
  name: 'tiny',
  calendar: { start: '2025-01', end: '2026-12', asOf: '2025-12' },
  dimensions: [{ name: 'region', members: [{ id: 'us', name: 'United States' }, { id: 'eu', name: 'European Union' }] }],
  variables: [
    { name: 'growth', dims: ['region'], values: { us: -10, eu: 10 } },
    { name: 'exports', dims: ['region'], values: { us: 10, eu: 20 }, formula: 'lag(exports, 12) * (1 + growth / 100)' },
    { name: 'total', formula: 'sum(exports, region)' },
  ],
};

function sources(files: Record<string, ScenarioDefinition> = {}): ScenarioSources {
  const root = mkdtempSync(path.join(tmpdir(), 'tradesheet-whatif-'));
  return {
    cwd: root,
    dir: path.join(root, 'scenarios'),
    library: Object.keys(files).map((name) => ({ name, file: path.join(root, `${name}.yaml`) })),
    loadFile: (file) => files[path.basename(file, '.yaml')] ?? { name: 'missing', edits: [] },
  };
}

function failure(run: () => unknown): Error & { code?: string } {
  try {
    run();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('did not fail');
}

describe('buildWhatIf', () => {
  it('makes one "custom" scenario of the --set edits, on top of the model', () => {
    const w = buildWhatIf(model, sources(), { set: ['growth.eu=0', 'growth.us=growth.eu - 5'] });
    expect(w.scenarios.map((s) => s.name)).toEqual(['custom']);
    const custom = w.scenarios[0]!.workbook;
    expect(custom.value('exports', 'eu', '2026-03')).toBeCloseTo(20, 9);
    expect(custom.value('exports', 'us', '2026-03')).toBeCloseTo(9.5, 9);
    expect(w.baseline.value('total', undefined, '2026-03')).toBeCloseTo(9 + 22, 9);
  });

  it('points a broken --set formula at its position, counted from 1 in the formula', () => {
    const error = failure(() => buildWhatIf(model, sources(), { set: ['growth=1+'] }));
    expect(error.message).toMatch(/^--set 'growth=1\+': formula error at position 3: /);
    expect(error.message).toContain('\n  1+\n    ^');
  });

  it('refuses a formula naming something unknown, which the engine would keep as #NAME?', () => {
    const error = failure(() => buildWhatIf(model, sources(), { set: ['growth.us=nope * 2'] }));
    expect(error.code).toBe('CLI_UNKNOWN_NAME');
    expect(error.message).toMatch(/^--set 'growth\.us=nope \* 2': #NAME\? /);
  });

  it('applies a scenario and its base in order, and keeps the edits with their reasons for the report', () => {
    const files: Record<string, ScenarioDefinition> = {
      slow: { name: 'slow', edits: [{ kind: 'setInput', variable: 'growth', value: 0, why: 'demand cools' }] },
      slower: { name: 'slower', base: 'slow', edits: [{ kind: 'setInput', variable: 'growth', member: 'us', value: -50 }] },
    };
    const w = buildWhatIf(model, sources(files), { scenario: ['slower'] });
    const slower = w.scenarios[0]!;
    expect(slower.edits.map((e) => e.why)).toEqual(['demand cools', undefined]);
    expect(slower.workbook.value('exports', 'us', '2026-01')).toBeCloseTo(5, 9);
    expect(slower.workbook.value('exports', 'eu', '2026-01')).toBeCloseTo(20, 9);
  });

  it('moves the last month of actuals for the baseline and every scenario with --as-of', () => {
    const w = buildWhatIf(model, sources(), { asOf: '2025-06', set: ['growth=0'] });
    expect(w.baseline.calendar.asOf).toBe('2025-06');
    expect(w.scenarios[0]!.workbook.calendar.asOf).toBe('2025-06');
  });
});
