import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../src/render-csv.js';
import { fixtureDocument } from './fixture.js';

type Row = { scenario: string; variable: string; region: string; period: string; value: string };

function rows(): Row[] {
  return parse(renderCsv(fixtureDocument()), { columns: true }) as Row[];
}

describe('renderCsv', () => {
  it('writes a tidy long table with the five documented columns', () => {
    const text = renderCsv(fixtureDocument());
    expect(text.split('\n')[0]).toBe('scenario,variable,region,period,value');
  });

  it('gives back every annual, regional and monthly figure when parsed', () => {
    const doc = fixtureDocument();
    const parsed = rows();
    const find = (scenario: string, variable: string, region: string, period: string): number => {
      const row = parsed.find((r) => r.scenario === scenario && r.variable === variable && r.region === region && r.period === period);
      expect(row, `${scenario} ${variable} ${region} ${period}`).toBeDefined();
      return Number(row!.value);
    };
    for (const s of doc.scenarios) {
      for (const y of s.annual) expect(find(s.name, 'surplus', '', String(y.year))).toBeCloseTo(y.surplus!, 4);
      for (const r of s.regions) {
        for (const y of r.annual) expect(find(s.name, 'balance', r.id, String(y.year))).toBeCloseTo(y.balance!, 4);
      }
      for (const m of s.monthly) expect(find(s.name, 'surplus_ytd', '', m.month)).toBeCloseTo(m.surplusYtd!, 4);
    }
    // 8 annual figures a year, 5 per region and year, 4 per month, for each scenario.
    expect(parsed).toHaveLength(2 * (2 * 8 + 3 * 2 * 5 + 24 * 4));
  });

  it('leaves the value empty where the model cannot compute a figure', () => {
    const doc = fixtureDocument();
    doc.scenarios[0]!.annual[0]!.contributionPp = null;
    const parsed = parse(renderCsv(doc), { columns: true }) as Row[];
    const row = parsed.find((r) => r.scenario === 'baseline' && r.variable === 'contribution_pp' && r.period === '2025');
    expect(row?.value).toBe('');
  });

  it('quotes a scenario name that holds a comma', () => {
    const doc = fixtureDocument();
    doc.scenarios[1]!.name = 'EU, flat';
    const parsed = parse(renderCsv(doc), { columns: true }) as Row[];
    expect(parsed.filter((r) => r.scenario === 'EU, flat').length).toBeGreaterThan(0);
  });
});
