import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('tradesheet exit codes and messages', () => {
  it('exits 2 with the flag named on stderr for an unknown flag', async () => {
    const result = await runCli(['report', '--colour']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--colour'");
    expect(result.stdout).toBe('');
  });

  it('exits 2 for an unknown subcommand', async () => {
    const result = await runCli(['reprot']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command|too many arguments/);
  });

  it('exits 2 for a --format that does not exist', async () => {
    const result = await runCli(['report', '--format', 'pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('pdf');
  });

  it('exits 2 with a pointer to the subcommands when stdout is not a terminal and no subcommand is given', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('tradesheet run');
    expect(result.stderr).toContain('tradesheet report');
  });

  it('exits 1 and points at the position of a broken --set formula', async () => {
    const result = await runCli(['run', '--set', 'import_growth=1+']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--set 'import_growth=1\+': formula error at position 3: /);
  });

  it('exits 1 and suggests the right name for a misspelt --set variable', async () => {
    const result = await runCli(['run', '--set', 'export_grwth.eu=0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--set export_grwth.eu=0: no variable "export_grwth" (did you mean export_growth?)');
  });

  it('exits 1 naming the member list for an unknown --set member', async () => {
    const result = await runCli(['run', '--set', 'export_growth.mars=0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no member "mars" of export_growth');
  });

  it('exits 1 naming --scenario when the scenario does not exist', async () => {
    const result = await runCli(['report', '--scenario', 'no-such-scenario']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--scenario no-such-scenario: no scenario of that name/);
  });

  it('exits 1 naming --as-of for a malformed month', async () => {
    const result = await runCli(['run', '--as-of', '2025-13']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--as-of 2025-13: expected a month as YYYY-MM');
  });

  it('prints help for every command on stdout and exits 0', async () => {
    for (const command of ['report', 'run', 'scenarios', 'validate', 'explain']) {
      const result = await runCli([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain(`Usage: tradesheet ${command}`);
    }
  });
});
