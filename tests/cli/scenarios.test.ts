import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('tradesheet scenarios', () => {
  it("lists the model's scenarios with their descriptions", async () => {
    const result = await runCli(['scenarios']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\s+decoupling\s+Decoupling: the US decline deepens/m);
    expect(result.stdout).toMatch(/^\s+trade-truce\s+\S/m);
  });

  it('adds the scenarios saved in the --dir folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tradesheet-e2e-'));
    writeFileSync(path.join(dir, 'mine.yaml'), 'name: mine\ndescription: My own what-if.\nedits: []\n');
    const result = await runCli(['scenarios', '--dir', dir, '--format', 'json']);
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as { name: string; description: string | null; source: string }[];
    expect(list.find((s) => s.name === 'mine')).toMatchObject({ description: 'My own what-if.' });
    expect(list.find((s) => s.name === 'decoupling')).toMatchObject({ source: 'model' });
  });

  it('takes --dir before the subcommand too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tradesheet-e2e-'));
    writeFileSync(path.join(dir, 'mine.yaml'), 'name: mine\ndescription: My own what-if.\nedits: []\n');
    const listed = await runCli(['--dir', dir, 'scenarios']);
    expect(listed.stdout).toMatch(/^\s+mine\s+My own what-if\./m);
    const run = await runCli(['--dir', dir, 'run', '--scenario', 'mine', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
