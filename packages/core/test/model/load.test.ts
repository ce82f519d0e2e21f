import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../../src/model/errors.js';
import { loadModelFile, loadScenarioFile, parseModel } from '../../src/model/load.js';
import { locateInText } from '../../src/model/locate.js';
import { lineOf, smallModel, smallModelYaml } from './fixtures.js';

function problemsOf(text: string): ModelFileError {
  try {
    parseModel(text, 'models/x.yaml');
  } catch (error) {
    if (error instanceof ModelFileError) return error;
    throw error;
  }
  throw new Error('the model loaded without problems');
}

describe('parseModel', () => {
  it('turns the file form into a model definition, variables in file order', () => {
    expect(parseModel(smallModelYaml, 'models/x.yaml')).toEqual(smallModel);
  });

  it('reads unquoted months as month keys and numbers as numbers', () => {
    const model = parseModel(smallModelYaml, 'models/x.yaml');
    expect(model.calendar.asOf).toBe('2024-12');
    expect(model.variables[1]!.values).toEqual({ us: { from: '2024-01', values: [40.1, 38.2] }, eu: 30 });
  });

  it('names the file, line and column of an unknown dimension and suggests the right one', () => {
    const text = smallModelYaml.replace('    dims: [region]\n    unit: USD bn', '    dims: [regoin]\n    unit: USD bn');
    const error = problemsOf(text);
    expect(error.code).toBe('INVALID_REFERENCE');
    expect(error.line).toBe(lineOf(text, '[regoin]'));
    expect(error.column).toBe(12);
    expect(error.path).toBe('variables.exports.dims[0]');
    expect(error.message).toBe(
      `models/x.yaml:${lineOf(text, '[regoin]')}:12: variables.exports.dims[0]: unknown dimension "regoin" (did you mean "region"?)`,
    );
  });

  it('reports an unknown field at its key, with a hint', () => {
    const text = smallModelYaml.replace('    formula: lag', '    formla: lag');
    const error = problemsOf(text);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      code: 'SCHEMA',
      line: lineOf(text, 'formla'),
      column: 5,
      path: 'variables.exports.formla',
      message: 'unknown field "formla" (did you mean "formula"?)',
    });
  });

  it('collects every problem of a file, schema and cross-checks together, in file order', () => {
    const text = smallModelYaml
      .replace('asOf: 2024-12', 'asOf: 2026-03')
      .replace('{ us: -28.6, eu: 14.8 }', '{ us: -28.6, euu: 14.8 }')
      .replace('from: 2024-01', 'from: 2024-13')
      .replace('    dims: [region]\n    unit: USD bn', '    dims: [regoin]\n    unit: USD bn')
      .replace('    formula: sum(exports, region)', '    formula: sum(exports, region)\n  orphan:\n    unit: x');
    const error = problemsOf(text);
    expect(error.problems.map((problem) => [problem.line, problem.code, problem.path])).toEqual([
      [lineOf(text, 'asOf'), 'INVALID_CALENDAR', 'calendar.asOf'],
      [lineOf(text, 'euu'), 'INVALID_REFERENCE', 'variables.export_growth.values.euu'],
      [lineOf(text, 'regoin'), 'INVALID_REFERENCE', 'variables.exports.dims[0]'],
      [lineOf(text, '2024-13'), 'SCHEMA', 'variables.exports.values.us.from'],
      [lineOf(text, 'orphan'), 'MISSING_VALUES', 'variables.orphan'],
    ]);
    expect(error.message.split('\n')).toHaveLength(5);
    expect(error.problems[1]!.message).toBe('unknown member "euu" of region (did you mean "eu"?)');
  });

  it('reports a value of the wrong kind at the value', () => {
    const text = smallModelYaml.replace('[40.1, 38.2]', '[40.1, lots]');
    const error = problemsOf(text);
    expect(error.problems[0]).toMatchObject({
      line: lineOf(text, 'lots'),
      column: text.split('\n')[lineOf(text, 'lots') - 1]!.indexOf('lots') + 1,
      path: 'variables.exports.values.us.values[1]',
    });
  });

  it('reports a missing field on the map that lacks it', () => {
    const text = smallModelYaml.replace('calendar: { start: 2024-01, end: 2025-12, asOf: 2024-12 }', 'calendar: { start: 2024-01 }');
    const error = problemsOf(text);
    expect(error.problems[0]).toMatchObject({ path: 'calendar', message: 'missing "end"', line: lineOf(text, 'calendar') });
  });

  it('rejects a month outside 01-12 and a calendar that ends before it starts', () => {
    const bad = problemsOf(smallModelYaml.replace('start: 2024-01', 'start: 2024-00'));
    expect(bad.problems[0]!.message).toMatch(/YYYY-MM/);
    const backwards = problemsOf(smallModelYaml.replace('end: 2025-12, asOf: 2024-12', 'end: 2023-12'));
    expect(backwards.problems[0]).toMatchObject({ code: 'INVALID_CALENDAR', path: 'calendar.end' });
  });

  it('rejects member keys of the wrong shape and series that leave the calendar', () => {
    const text = smallModelYaml
      .replace('memberSources: { us:', 'memberSources: { us.eu:')
      .replace('eu: 30', 'eu: { from: 2025-11, values: [1, 2, 3] }');
    const error = problemsOf(text);
    expect(error.problems.map((problem) => problem.message)).toEqual([
      'member key "us.eu" needs one member of each dimension: region',
      "3 values from 2025-11 run past the calendar's end (2025-12)",
    ]);
  });

  it('reports YAML syntax errors with their line, and nothing else', () => {
    const text = smallModelYaml.replace('    unit: USD bn\n    formula: sum', '    unit: USD bn\n    unit: again\n    formula: sum');
    const error = problemsOf(text);
    expect(error.code).toBe('YAML_SYNTAX');
    expect(error.line).toBe(lineOf(text, 'unit: again'));
  });

  it('says what shape it expected where a section has the wrong kind', () => {
    const text = smallModelYaml
      .replace('calendar: { start: 2024-01, end: 2025-12, asOf: 2024-12 }', 'calendar: 2024-01')
      .replace('memberSources: { us: { source: AP/Reuters, confidence: official } }', 'memberSources: { us: official }');
    expect(problemsOf(text).problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'calendar: expected { start: YYYY-MM, end: YYYY-MM, asOf: YYYY-MM }, got a string',
      'variables.export_growth.memberSources.us: expected { source: ..., confidence: ... }, got a string',
    ]);
    expect(problemsOf('- a list\n').message).toBe(
      'models/x.yaml:1:1: expected a model: a map with name, calendar, dimensions and variables, got a list',
    );
  });

  it('says so when the file is empty', () => {
    expect(problemsOf('# nothing yet\n').message).toBe('models/x.yaml:1:1: the file is empty');
  });

  it('rejects a variable name that formulas could not use', () => {
    const error = problemsOf(smallModelYaml.replace('  total_exports:', '  total-exports:'));
    expect(error.problems[0]).toMatchObject({ path: 'variables.total-exports', line: lineOf(smallModelYaml, 'total_exports:') });
  });
});

describe('loadModelFile', () => {
  it('loads the China model shipped with the package', () => {
    const model = loadModelFile(join(import.meta.dirname, '../../models/china-trade.yaml'));
    expect(model.dimensions[0]!.members).toHaveLength(14);
    expect(model.calendar).toEqual({ start: '2024-01', end: '2030-12', asOf: '2025-12' });
  });

  it('throws READ_FAILED naming a file that does not exist', () => {
    expect(() => loadModelFile('/nonexistent/model.yaml')).toThrow(
      expect.objectContaining({ code: 'READ_FAILED', file: '/nonexistent/model.yaml' }),
    );
  });
});

describe('loadScenarioFile', () => {
  it('loads every scenario shipped with the package', () => {
    const dir = join(import.meta.dirname, '../../scenarios');
    const names = readdirSync(dir).filter((file) => file.endsWith('.yaml'));
    expect(names.length).toBeGreaterThan(0);
    for (const file of names) expect(loadScenarioFile(join(dir, file)).name).toBe(file.replace(/\.yaml$/, ''));
  });
});

describe('locateInText', () => {
  it('finds the line and column of a formula, and of a variable name', () => {
    expect(locateInText(smallModelYaml, ['variables', 'exports', 'formula'])).toEqual({
      line: lineOf(smallModelYaml, 'formula: lag'),
      column: 14,
    });
    expect(locateInText(smallModelYaml, ['variables', 'total_exports'], 'key')).toEqual({
      line: lineOf(smallModelYaml, 'total_exports:'),
      column: 3,
    });
  });
});
