import { describe, expect, it } from 'vitest';
import { editLines, formulaLocation } from '../../src/commands/yaml-lines.js';

const scenario = [
  'name: s', // 1
  'description: >-', // 2
  '  - not an edit', // 3
  'edits:', // 4
  '  - set: export_growth.eu', // 5
  '    value: 0', // 6
  '    why: |', // 7
  '      - a dash inside a block', // 8
  '  # a comment', // 9
  '  - set: import_growth', // 10
  "    formula: 'export_growth / 2'", // 11
  '  - set: total', // 12
  "    formula: 'export_growth / 2'", // 13
  'base: other', // 14
].join('\n');

describe('editLines', () => {
  it('finds the line of each item of the top-level edits list, skipping nested dashes and other keys', () => {
    expect(editLines(scenario)).toEqual([5, 10, 12]);
  });

  it('returns no lines for a file without edits', () => {
    expect(editLines('name: x\n')).toEqual([]);
  });
});

describe('formulaLocation', () => {
  it('points at the character of the formula on its line', () => {
    expect(formulaLocation(scenario, 'export_growth / 2', 14, 10)).toEqual({ line: 11, column: 29 });
  });

  it('prefers the occurrence at or after the edit’s own line', () => {
    expect(formulaLocation(scenario, 'export_growth / 2', 0, 12)).toEqual({ line: 13, column: 15 });
  });

  it('falls back to the edit’s line when the formula is not written on one line', () => {
    expect(formulaLocation(scenario, 'not there', 3, 12)).toEqual({ line: 12, column: 1 });
  });
});
