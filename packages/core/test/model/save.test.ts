import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeWriteIo, type WriteIo } from '../../src/model/atomic-write.js';
import { loadModelFile, loadScenarioFile } from '../../src/model/load.js';
import { saveModelFile, saveScenarioFile } from '../../src/model/save.js';
import type { ModelDefinition, ScenarioDefinition } from '../../src/model/types.js';
import { smallModel } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tradesheet-save-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const scenario: ScenarioDefinition = {
  name: 'us-decline-deepens',
  description: 'Exports to the US keep falling, month after month, as the tariffs stay and re-routing is policed.',
  base: 'baseline',
  edits: [
    { kind: 'setInput', variable: 'export_growth', member: 'us', value: -40, why: 'The trend of 2025 goes on' },
    { kind: 'setInput', variable: 'export_growth', member: 'eu', month: '2026-03', value: 0 },
    { kind: 'setFormula', variable: 'import_growth', formula: 'export_growth / 2' },
    { kind: 'setFormula', variable: 'import_growth', member: 'us', formula: null },
    { kind: 'setValues', variable: 'exports', member: 'us', values: { from: '2026-01', values: [30, null, 31] } },
    { kind: 'setValues', variable: 'exports', values: null },
    { kind: 'setAsOf', month: '2025-11' },
    { kind: 'setAsOf', month: null },
    { kind: 'addVariable', definition: { name: 'tariff', unit: '%', values: 10, formula: '5' } },
    { kind: 'removeVariable', variable: 'tariff' },
  ],
};

describe('saveModelFile', () => {
  it('writes a model that loads back to an equal definition', () => {
    const path = join(dir, 'small.yaml');
    saveModelFile(path, smallModel);
    expect(loadModelFile(path)).toEqual(smallModel);
  });

  it('round-trips the China model, and writes long series twelve months to a line', () => {
    const china = loadModelFile(join(import.meta.dirname, '../../models/china-trade.yaml'));
    const path = join(dir, 'china.yaml');
    saveModelFile(path, china);
    expect(loadModelFile(path)).toEqual(china);
    const series = Array.from({ length: 20 }, (_, i) => (i % 7 === 3 ? null : 40 + i / 4));
    const model: ModelDefinition = { ...smallModel, variables: [{ name: 'x', values: series }] };
    saveModelFile(path, model);
    expect(loadModelFile(path)).toEqual(model);
    const lines = readFileSync(path, 'utf8').split('\n');
    const first = lines.findIndex((line) => line.startsWith('    values: ['));
    const counts = lines.slice(first, first + 2).map((line) => line.split(',').filter((item) => item.trim() !== '').length);
    expect(counts).toEqual([12, 8]);
  });

  it('refuses a model with problems and writes nothing', () => {
    const path = join(dir, 'bad.yaml');
    const bad: ModelDefinition = { ...smallModel, variables: [{ name: 'x', dims: ['regoin'], values: 1 }] };
    expect(() => saveModelFile(path, bad)).toThrow(
      expect.objectContaining({ code: 'INVALID_REFERENCE', line: undefined, path: 'variables.x.dims[0]' }),
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the comments of the file it overwrites', () => {
    const path = join(dir, 'small.yaml');
    saveModelFile(path, smallModel);
    const commented = readFileSync(path, 'utf8')
      .replace('name: small-trade', '# Hand-written notes.\nname: small-trade')
      .replace('  exports:\n', '  # Derived, not official.\n  exports:\n');
    writeFileSync(path, commented);
    const changed: ModelDefinition = {
      ...smallModel,
      calendar: { ...smallModel.calendar, asOf: '2025-06' },
      variables: [...smallModel.variables, { name: 'tariff', unit: '%', values: 10 }],
    };
    saveModelFile(path, changed);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('# Hand-written notes.\nname: small-trade');
    expect(text).toContain('  # Derived, not official.\n  exports:\n');
    expect(loadModelFile(path)).toEqual(changed);
  });
});

describe('saveScenarioFile', () => {
  it('writes every kind of edit so that it loads back equal', () => {
    const path = join(dir, 'us.yaml');
    saveScenarioFile(path, scenario);
    expect(loadScenarioFile(path)).toEqual(scenario);
    expect(readFileSync(path, 'utf8')).toContain('  - set: exports.us\n    values: { from: 2026-01, values: [ 30, null, 31 ] }\n');
  });

  it('keeps top comments and the comments of unchanged edits when it overwrites a file', () => {
    const path = join(dir, 'us.yaml');
    writeFileSync(
      path,
      [
        '# Written by hand: keep me.',
        '',
        'name: us-decline-deepens',
        'base: baseline # the November rates',
        'edits:',
        '  # The big one.',
        '  - set: export_growth.us',
        '    value: -40',
        '  # Europe holds.',
        '  - set: export_growth.eu',
        '    value: 14.8',
        '',
      ].join('\n'),
    );
    const next: ScenarioDefinition = {
      name: 'us-decline-deepens',
      base: 'baseline',
      edits: [
        { kind: 'setInput', variable: 'export_growth', member: 'us', value: -40 },
        { kind: 'setInput', variable: 'export_growth', member: 'eu', value: 0, why: 'scrutiny' },
        { kind: 'setAsOf', month: '2025-11' },
      ],
    };
    saveScenarioFile(path, next);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^# Written by hand: keep me\.\n\nname: us-decline-deepens\nbase: baseline # the November rates\n/);
    expect(text).toContain('  # The big one.\n  - set: export_growth.us\n    value: -40\n');
    expect(text).toContain('  # Europe holds.\n  - set: export_growth.eu\n    value: 0\n    why: scrutiny\n');
    expect(loadScenarioFile(path)).toEqual(next);
  });

  it('writes edits as a block list when the old file had an empty flow list', () => {
    const path = join(dir, 'baseline.yaml');
    writeFileSync(path, '# The model as shipped.\nname: baseline\nedits: []\n');
    const next: ScenarioDefinition = { name: 'baseline', edits: [{ kind: 'setAsOf', month: '2025-10', why: 'earlier' }] };
    saveScenarioFile(path, next);
    expect(readFileSync(path, 'utf8')).toBe('# The model as shipped.\nname: baseline\nedits:\n  - asOf: 2025-10\n    why: earlier\n');
  });

  it('leaves the old file intact and no temporary file when the write fails', () => {
    const path = join(dir, 'us.yaml');
    writeFileSync(path, 'name: old\nedits: []\n');
    const failingRename: WriteIo = {
      ...nodeWriteIo,
      rename: () => {
        throw new Error('EIO: i/o error, rename');
      },
    };
    expect(() => saveScenarioFile(path, scenario, { io: failingRename })).toThrow(
      expect.objectContaining({ code: 'SAVE_FAILED', file: path, message: expect.stringContaining(path) }),
    );
    expect(readFileSync(path, 'utf8')).toBe('name: old\nedits: []\n');
    expect(readdirSync(dir)).toEqual(['us.yaml']);
  });

  it('removes a half-written temporary file', () => {
    const path = join(dir, 'us.yaml');
    writeFileSync(path, 'name: old\nedits: []\n');
    const diskFull: WriteIo = {
      ...nodeWriteIo,
      writeFile: (temp, text) => {
        writeFileSync(temp, text.slice(0, 10));
        throw new Error('ENOSPC: no space left on device, write');
      },
    };
    expect(() => saveScenarioFile(path, scenario, { io: diskFull })).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual(['us.yaml']);
    expect(readFileSync(path, 'utf8')).toBe('name: old\nedits: []\n');
  });

  it('fails with SAVE_FAILED naming the path when the folder does not exist', () => {
    const path = join(dir, 'missing', 'us.yaml');
    expect(() => saveScenarioFile(path, scenario)).toThrow(expect.objectContaining({ code: 'SAVE_FAILED', file: path }));
  });

  it.skipIf(!canMakeReadOnly())('leaves the old file intact when its folder is read-only', () => {
    const folder = join(dir, 'locked');
    const path = join(folder, 'us.yaml');
    execFileSync('mkdir', [folder]);
    writeFileSync(path, 'name: old\nedits: []\n');
    setReadOnly(folder, true);
    try {
      expect(() => saveScenarioFile(path, scenario)).toThrow(expect.objectContaining({ code: 'SAVE_FAILED', file: path }));
    } finally {
      setReadOnly(folder, false);
    }
    expect(readFileSync(path, 'utf8')).toBe('name: old\nedits: []\n');
    expect(readdirSync(folder)).toEqual(['us.yaml']);
  });
});

/** chmod does not stop root; `chattr +i` does, where the file system supports it. */
function setReadOnly(folder: string, on: boolean): void {
  if (process.getuid?.() !== 0) chmodSync(folder, on ? 0o555 : 0o755);
  else execFileSync('chattr', [on ? '+i' : '-i', folder]);
}

function canMakeReadOnly(): boolean {
  if (process.getuid?.() !== 0) return true;
  const probe = mkdtempSync(join(tmpdir(), 'tradesheet-probe-'));
  try {
    execFileSync('chattr', ['+i', probe], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
