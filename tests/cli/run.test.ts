import { describe, expect, it } from 'vitest';
import { runCli, runCliInTerminal } from './run-cli.js';

interface HeadlineJson {
  years: number[];
  rows: { figure: string; scenario: string; kind: 'value' | 'difference'; values: (number | null)[] }[];
}

function figure(json: HeadlineJson, name: string, scenario: string, year: number, kind: 'value' | 'difference' = 'value'): number | null {
  const row = json.rows.find((r) => r.figure === name && r.scenario === scenario && r.kind === kind);
  if (!row) throw new Error(`no ${kind} row for ${name} in ${scenario}`);
  return row.values[json.years.indexOf(year)] ?? null;
}

describe('tradesheet run', () => {
  it('prints the headline table of the baseline', async () => {
    const result = await runCli(['run']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Surplus');
    expect(result.stdout).toMatch(/\b2026\b/);
    expect(result.stdout).toContain('baseline');
    // Piped output carries no colour codes.
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('lowers the 2026 surplus when exports to the EU stop growing', async () => {
    const plain = JSON.parse((await runCli(['run', '--format', 'json'])).stdout) as HeadlineJson;
    const result = await runCli(['run', '--set', 'export_growth.eu=0', '--format', 'json']);
    expect(result.code).toBe(0);
    const what = JSON.parse(result.stdout) as HeadlineJson;
    const before = figure(plain, 'surplus', 'baseline', 2026);
    const after = figure(what, 'surplus', 'custom', 2026);
    expect(before).not.toBeNull();
    expect(after).not.toBeNull();
    expect(after!).toBeLessThan(before! - 10);
    expect(figure(what, 'surplus', 'custom', 2026, 'difference')).toBeCloseTo(after! - before!, 6);
    // Actual years do not move.
    expect(figure(what, 'surplus', 'custom', 2024, 'difference')).toBeCloseTo(0, 9);
  });

  it('shows the ad-hoc scenario and its difference in the text table', async () => {
    const result = await runCli(['run', '--set', 'export_growth.eu=0', '--from', '2026', '--to', '2027']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('custom vs baseline');
    expect(result.stdout).not.toMatch(/\b2025\b.*\b2026\b/);
  });

  it('takes a formula as --set VALUE, as the app does', async () => {
    const result = await runCli(['run', '--set', 'import_growth=export_growth / 2', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as HeadlineJson;
    expect(figure(json, 'imports', 'custom', 2026, 'difference')).not.toBeCloseTo(0, 3);
  });

  it('writes the headline as CSV that parses back into rows of five fields', async () => {
    const result = await runCli(['run', '--format', 'csv', '--from', '2026', '--to', '2026']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('scenario,figure,kind,year,value');
    expect(lines.slice(1).every((line) => line.split(',').length === 5)).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^baseline,surplus,value,2026,\d+(\.\d+)?$/));
  });

  it('colours the table at a terminal, and not with NO_COLOR set', async () => {
    const args = ['run', '--set', 'export_growth.eu=0', '--from', '2026', '--to', '2026'];
    const coloured = await runCliInTerminal(args);
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain('\u001b[1mSurplus');
    expect(coloured.stdout).toContain('\u001b[31m'); // the surplus falls against baseline: red
    const plain = await runCliInTerminal(args, { NO_COLOR: '1' });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Surplus');
    expect(plain.stdout).not.toContain('\u001b[');
  });
});
