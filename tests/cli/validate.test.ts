import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function scratch(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tradesheet-validate-')), name);
  writeFileSync(file, text);
  return file;
}

describe('tradesheet validate', () => {
  it('says ok and exits 0 for the shipped model and scenarios', async () => {
    const files = ['packages/core/models/china-trade.yaml', 'packages/core/scenarios/decoupling.yaml'].map((f) => path.join(repoRoot, f));
    const result = await runCli(['validate', ...files]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('china-trade.yaml: ok');
    expect(result.stdout).toContain('decoupling.yaml: ok');
  });

  it('prints every problem of a scenario file with its line, and exits 1', async () => {
    const file = scratch(
      'broken.yaml',
      ['name: broken', 'edits:', '  - set: export_growth.eu', '    value: zero', '  - set: 7', '    value: lots', ''].join('\n'),
    );
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((l) => l.startsWith(file));
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${escape(file)}:4:\\d+: edits\\[0\\]\\.value: `)),
      expect.stringMatching(new RegExp(`^${escape(file)}:5:\\d+: edits\\[1\\]\\.set: `)),
      expect.stringMatching(new RegExp(`^${escape(file)}:6:\\d+: edits\\[1\\]\\.value: `)),
    ]);
  });

  it('applies a well-formed scenario to the model and reports each edit the engine refuses at its line', async () => {
    const file = scratch(
      'unknown.yaml',
      ['name: unknown', 'edits:', '  - set: export_growth.eu', '    value: 0', '  - set: no_such_variable', '    value: 3', '  - set: export_growth', "    formula: 'nope * 2'", ''].join('\n'),
    );
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:5:5: edits[1]: `);
    expect(result.stderr).toContain('no_such_variable');
    expect(result.stderr).toContain(`${file}:7:5: edits[2]: #NAME? `);
  });

  it('points at the line and column of a formula the engine refuses', async () => {
    const file = scratch('bad-formula.yaml', ['name: bad-formula', 'edits:', '  - set: import_growth', "    formula: 'export_growth / '", ''].join('\n'));
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${escape(file)}:4:\\d+: `, 'm'));
  });

  it('points at the formula of a model that names a variable that does not exist, and only there', async () => {
    const shipped = readFileSync(path.join(repoRoot, 'packages/core/models/china-trade.yaml'), 'utf8');
    expect(shipped).toContain('formula: total_exports - total_imports');
    const text = shipped.replace('formula: total_exports - total_imports', 'formula: total_exports - total_imprts');
    const line = text.split('\n').findIndex((l) => l.includes('total_imprts')) + 1;
    const file = scratch('china-typo.yaml', text);
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    const problems = result.stderr.split('\n').filter((l) => l.startsWith(file));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${escape(file)}:${line}:\\d+: variables\\.surplus: #NAME\\? .*total_imprts`))]);
  });

  it('reports a YAML syntax error with its line', async () => {
    const file = scratch('syntax.yaml', ['name: syntax', 'edits:', '  - set: [unclosed', ''].join('\n'));
    const result = await runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/syntax\.yaml:\d+:\d+: /);
  });

  it('checks every file and still reports the good ones', async () => {
    const good = path.join(repoRoot, 'packages/core/scenarios/trade-truce.yaml');
    const bad = scratch('bad.yaml', 'name: bad\nedits: 7\n');
    const result = await runCli(['validate', bad, good]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('trade-truce.yaml: ok');
    expect(result.stderr).toContain('bad.yaml');
  });

  it('exits 2 when no file is given', async () => {
    const result = await runCli(['validate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing required argument 'file'");
  });
});
