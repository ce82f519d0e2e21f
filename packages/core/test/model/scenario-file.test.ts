import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../../src/model/errors.js';
import { parseScenario } from '../../src/model/load.js';
import { lineOf } from './fixtures.js';

const scenarioYaml = `# Steeper US decline.
name: us-decline-deepens
description: Exports to the US keep falling
base: baseline            # builds on the baseline
edits:
  - set: export_growth.us
    value: -40
    why: The eighth month of double-digit declines becomes the trend
  - set: export_growth.eu
    month: 2026-03
    value: 0
  - set: import_growth
    formula: export_growth / 2
  - set: import_growth.us
    formula: null
  - set: exports.us
    values: { from: 2026-01, values: [30, 31] }
  - set: exports.eu
    values: null
  - asOf: 2025-11
  - add: { name: tariff, unit: "%", values: 10 }
  - remove: tariff
`;

function problemsOf(text: string): ModelFileError {
  try {
    parseScenario(text, 'scenarios/x.yaml');
  } catch (error) {
    if (error instanceof ModelFileError) return error;
    throw error;
  }
  throw new Error('the scenario loaded without problems');
}

describe('parseScenario', () => {
  it('maps each form of edit to its ScenarioEdit', () => {
    expect(parseScenario(scenarioYaml, 'scenarios/x.yaml')).toEqual({
      name: 'us-decline-deepens',
      description: 'Exports to the US keep falling',
      base: 'baseline',
      edits: [
        {
          kind: 'setInput',
          variable: 'export_growth',
          member: 'us',
          value: -40,
          why: 'The eighth month of double-digit declines becomes the trend',
        },
        { kind: 'setInput', variable: 'export_growth', member: 'eu', month: '2026-03', value: 0 },
        { kind: 'setFormula', variable: 'import_growth', formula: 'export_growth / 2' },
        { kind: 'setFormula', variable: 'import_growth', member: 'us', formula: null },
        { kind: 'setValues', variable: 'exports', member: 'us', values: { from: '2026-01', values: [30, 31] } },
        { kind: 'setValues', variable: 'exports', member: 'eu', values: null },
        { kind: 'setAsOf', month: '2025-11' },
        { kind: 'addVariable', definition: { name: 'tariff', unit: '%', values: 10 } },
        { kind: 'removeVariable', variable: 'tariff' },
      ],
    });
  });

  it('takes a scenario without edits', () => {
    expect(parseScenario('name: baseline\nedits: []\n', 'b.yaml')).toEqual({ name: 'baseline', edits: [] });
    expect(parseScenario('name: baseline\n', 'b.yaml')).toEqual({ name: 'baseline', edits: [] });
  });

  it('refuses a set edit with two new values, at the edit', () => {
    const text = scenarioYaml.replace('    value: -40\n', '    value: -40\n    formula: "1"\n');
    const error = problemsOf(text);
    expect(error.problems[0]).toMatchObject({
      path: 'edits[0]',
      line: lineOf(text, 'set: export_growth.us'),
      message: 'a "set" edit needs exactly one of value, values, formula (found value and formula)',
    });
  });

  it('collects every bad edit with its line', () => {
    const text = scenarioYaml
      .replace('month: 2026-03', 'month: 2026-3')
      .replace('- asOf: 2025-11', '- asof: 2025-11')
      .replace('values: [30, 31]', 'values: [30, x]')
      .replace('add: { name: tariff,', 'add: { name: 9tariff,');
    const error = problemsOf(text);
    expect(error.problems.map((problem) => [problem.line, problem.path])).toEqual([
      [lineOf(text, '2026-3'), 'edits[1].month'],
      [lineOf(text, '[30, x]'), 'edits[4].values.values[1]'],
      [lineOf(text, 'asof'), 'edits[6].asof'],
      [lineOf(text, '9tariff'), 'edits[7].add.name'],
    ]);
    expect(error.problems[2]!.message).toBe('unknown field "asof" (did you mean "asOf"?)');
    expect(problemsOf('name: x\nedits:\n  - why: because\n').message).toBe(
      'scenarios/x.yaml:3:5: edits[0]: an edit needs one of set, asOf, add, remove',
    );
  });

  it('allows month only with a single value', () => {
    const text = scenarioYaml.replace('    formula: export_growth / 2\n', '    formula: export_growth / 2\n    month: 2026-01\n');
    expect(problemsOf(text).problems[0]).toMatchObject({ path: 'edits[2].month', message: '"month" goes with "value" only' });
  });

  it('refuses a target that is not VARIABLE or VARIABLE.MEMBER', () => {
    const error = problemsOf(scenarioYaml.replace('set: import_growth\n', 'set: import growth\n'));
    expect(error.problems[0]).toMatchObject({ path: 'edits[2].set', code: 'SCHEMA' });
  });
});
