import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

interface ExplainJson {
  formula: string | null;
  values: { member: string | null; value: number | { error: string }; actual: boolean }[];
  dependsOn: { variable: string }[];
  usedBy: string[];
}

describe('tradesheet explain', () => {
  it('shows the formula, the value and what surplus depends on in November 2025', async () => {
    const result = await runCli(['explain', 'surplus', '--month', '2025-11']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/formula\s+total_exports - total_imports/);
    expect(result.stdout).toMatch(/2025-11\s+1\d\d(\.\d+)?/); // the article's record month: about $112 bn
    expect(result.stdout).toMatch(/depends on\s+.*total_exports = /);
    expect(result.stdout).toContain('used by');
  });

  it('gives the same facts as JSON', async () => {
    const result = await runCli(['explain', 'surplus', '--month', '2025-11', '--format', 'json']);
    const json = JSON.parse(result.stdout) as ExplainJson;
    expect(json.formula).toBe('total_exports - total_imports');
    expect(json.dependsOn.map((d) => d.variable).sort()).toEqual(['total_exports', 'total_imports']);
    const value = json.values[0]?.value;
    expect(typeof value === 'number' && value > 100 && value < 125).toBe(true);
  });

  it('explains one member of a variable, with its source', async () => {
    const result = await runCli(['explain', 'export_growth.eu']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('export_growth.eu');
    expect(result.stdout).toMatch(/source\s+\S/);
  });

  it('exits 1 and suggests a name for a misspelt variable', async () => {
    const result = await runCli(['explain', 'surplsu']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no variable "surplsu" (did you mean surplus?)');
  });

  it('exits 1 for a month outside the calendar', async () => {
    const result = await runCli(['explain', 'surplus', '--month', '2040-01']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--month 2040-01: outside');
  });
});
