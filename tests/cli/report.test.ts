import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { outputDir, runCli } from './run-cli.js';

interface JsonReport {
  schema: number;
  model: string;
  asOf: string | null;
  period: { from: number; to: number };
  regions: { id: string; name: string }[];
  scenarios: { name: string; baseline: boolean; annual: { year: number; surplus: number | null }[]; monthly: unknown[] }[];
  comparison: { scenario: string; annual: { year: number; figures: Record<string, { difference: number | null }> }[] }[];
}

describe('tradesheet report', () => {
  it('prints JSON that parses and follows schema 1, baseline first', async () => {
    const result = await runCli(['report', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as JsonReport;
    expect(json.schema).toBe(1);
    expect(json.model).toBe('china-trade');
    expect(json.asOf).toBe('2025-12');
    expect(json.regions.map((r) => r.id)).toEqual([
      'us', 'eu', 'asean', 'japan', 'korea', 'hong_kong', 'taiwan', 'india', 'russia', 'africa', 'latam', 'australia', 'uk', 'rest',
    ]);
    expect(json.scenarios[0]).toMatchObject({ baseline: true });
    expect(json.comparison).toEqual([]);
    const y2025 = json.scenarios[0]?.annual.find((y) => y.year === 2025);
    // The record surplus of the source article: about a trillion dollars in 2025.
    expect(y2025?.surplus).toBeGreaterThan(900);
  });

  it('compares several --scenario flags against baseline, in the order given', async () => {
    const result = await runCli(['report', '--scenario', 'decoupling', '--scenario', 'trade-truce', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as JsonReport;
    expect(json.scenarios.map((s) => s.name).slice(1)).toEqual(['decoupling', 'trade-truce']);
    expect(json.comparison.map((c) => c.scenario)).toEqual(['decoupling', 'trade-truce']);
  });

  it('numbers a scenario given twice, and baseline given as a scenario, so the report can tell them apart', async () => {
    const result = await runCli(['report', '--scenario', 'baseline', '--scenario', 'trade-truce', '--scenario', 'trade-truce', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as JsonReport;
    expect(json.scenarios.map((s) => s.name)).toEqual(['baseline', 'baseline (2)', 'trade-truce', 'trade-truce (2)']);
  });

  it('writes CSV that parses back into the five documented columns', async () => {
    const result = await runCli(['report', '--format', 'csv', '--set', 'export_growth.eu=0']);
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout);
    expect(rows[0]).toEqual(['scenario', 'variable', 'region', 'period', 'value']);
    expect(rows.slice(1).every((r) => r.length === 5)).toBe(true);
    const surplus2026 = (scenario: string) => rows.find((r) => r[0] === scenario && r[1] === 'surplus' && r[2] === '' && r[3] === '2026')?.[4];
    expect(Number(surplus2026('custom'))).toBeLessThan(Number(surplus2026('baseline')));
  });

  it('writes Markdown and text with the headline table', async () => {
    const md = await runCli(['report', '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# /);
    expect(md.stdout).toContain('| Year |');
    const text = await runCli(['report']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('2026');
    expect(text.stdout).not.toContain('\u001b[');
  });

  it('writes --out atomically and keeps stdout empty', async () => {
    const dir = outputDir('cli');
    const file = path.join(dir, 'report.md');
    const result = await runCli(['report', '--format', 'md', '--out', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toMatch(/^# /);
  });

  it('loads a scenario file as the app saves it, by path and by name from --dir', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tradesheet-e2e-'));
    writeFileSync(
      path.join(dir, 'eu-stall.yaml'),
      ['name: eu-stall', 'description: Exports to the EU stop growing.', 'edits:', '  - set: export_growth.eu', '    value: 0', ''].join('\n'),
    );
    const byPath = await runCli(['report', '--scenario', path.join(dir, 'eu-stall.yaml'), '--format', 'json']);
    expect(byPath.stderr).toBe('');
    expect(byPath.code).toBe(0);
    const json = JSON.parse(byPath.stdout) as JsonReport;
    expect(json.comparison[0]?.annual.find((y) => y.year === 2026)?.figures.surplus?.difference).toBeLessThan(0);
    const byName = await runCli(['report', '--dir', dir, '--scenario', 'eu-stall', '--format', 'json']);
    expect(byName.code).toBe(0);
    expect(JSON.parse(byName.stdout)).toEqual(json);
  });

  it('limits the years with --from and --to', async () => {
    const result = await runCli(['report', '--format', 'json', '--from', '2026', '--to', '2027']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as JsonReport;
    expect(json.period).toEqual({ from: 2026, to: 2027 });
  });

  it('moves the last month of actuals with --as-of', async () => {
    const result = await runCli(['report', '--format', 'json', '--as-of', '2025-11']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as JsonReport).asOf).toBe('2025-11');
  });
});
