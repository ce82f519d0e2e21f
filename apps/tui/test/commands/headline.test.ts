import type { AnnualHeadline, ComparisonYear, ReportDocument, ScenarioReport } from '@tradesheet/report';
import { describe, expect, it } from 'vitest';
import { renderHeadline } from '../../src/commands/headline.js';

function year(y: number, surplus: number): AnnualHeadline {
  return { year: y, exports: 3000 + surplus, imports: 3000, surplus, surplusPctGdp: 5, contributionPp: 0.1, exportGrowth: 5, importGrowth: 1, actualMonths: 0 };
}

function scenario(name: string, isBaseline: boolean, surpluses: number[]): ScenarioReport {
  return { name, description: null, isBaseline, annual: surpluses.map((s, i) => year(2026 + i, s)), milestones: [], regions: [], monthly: [], assumptions: [] };
}

function comparisonYear(y: number, baseline: number, other: number): ComparisonYear {
  const same = (v: number) => ({ baseline: v, scenario: v, difference: 0 });
  return {
    year: y,
    drivers: [],
    figures: {
      exports: { baseline: 3000 + baseline, scenario: 3000 + other, difference: other - baseline },
      imports: same(3000),
      surplus: { baseline, scenario: other, difference: other - baseline },
      surplusPctGdp: same(5),
      contributionPp: same(0.1),
      exportGrowth: same(5),
      importGrowth: same(1),
    },
  };
}

const doc = {
  model: { name: 'china-trade', title: 'China trade' },
  asOf: '2025-12',
  units: { money: 'US$ bn', growth: '% y/y', share: '% of exports', contribution: 'pp of GDP growth' },
  period: { from: 2026, to: 2027 },
  regions: [],
  gdpContributionDefinition: '',
  modelAssumptions: [],
  scenarios: [scenario('baseline', true, [1200, 1300]), scenario('custom', false, [1150, 1240])],
  comparison: [{ scenario: 'custom', annual: [comparisonYear(2026, 1200, 1150), comparisonYear(2027, 1300, 1240)] }],
} as ReportDocument;

describe('renderHeadline', () => {
  it('lays out each figure with a row per scenario and one for the difference, a column per year', () => {
    const text = renderHeadline(doc, 'text');
    expect(text).toMatch(/^\s+2026\s+2027$/m);
    expect(text).toMatch(/^Surplus$/m);
    expect(text).toMatch(/^ {2}baseline\s+\$1,200\.0 bn\s+\$1,300\.0 bn$/m);
    expect(text).toMatch(/^ {2}custom vs baseline\s+-\$50\.0 bn\s+-\$60\.0 bn$/m);
    expect(text).not.toContain('\u001b[');
  });

  it('colours differences by sign only when asked', () => {
    const text = renderHeadline(doc, 'text', true);
    expect(text).toContain('\u001b[31m'); // the surplus falls: red
    expect(text).toContain('\u001b[1m'); // bold headers
  });

  it('writes plain rounded numbers in JSON and CSV', () => {
    const json = JSON.parse(renderHeadline(doc, 'json')) as { years: number[]; rows: { figure: string; scenario: string; kind: string; values: number[] }[] };
    expect(json.years).toEqual([2026, 2027]);
    expect(json.rows).toContainEqual({ figure: 'surplus', scenario: 'custom', kind: 'difference', values: [-50, -60] });
    const csv = renderHeadline(doc, 'csv').split('\n');
    expect(csv[0]).toBe('scenario,figure,kind,year,value');
    expect(csv).toContain('custom,surplus,difference,2027,-60');
  });

  it('writes a Markdown table with one column per year', () => {
    const md = renderHeadline(doc, 'md');
    expect(md).toContain('| Figure | Scenario | 2026 | 2027 |');
    expect(md).toContain('| Surplus | custom vs baseline | -$50.0 bn | -$60.0 bn |');
  });
});
