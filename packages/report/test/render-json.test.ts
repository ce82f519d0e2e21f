import { describe, expect, it } from 'vitest';
import { renderJson } from '../src/render-json.js';
import { fixtureDocument } from './fixture.js';

describe('renderJson', () => {
  it('follows schema 1: top-level fields as documented', () => {
    const json = JSON.parse(renderJson(fixtureDocument())) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'schema', 'model', 'title', 'asOf', 'units', 'period', 'gdpContributionDefinition', 'regions',
      'modelAssumptions', 'scenarios', 'comparison',
    ]);
    expect(json.schema).toBe(1);
    expect(json.model).toBe('china-trade');
    expect(json.asOf).toBe('2025-12');
    expect(json.units).toMatchObject({ money: 'US$ bn' });
  });

  it('holds each scenario with annual, regions, monthly and assumptions, money in US$ bn', () => {
    const json = JSON.parse(renderJson(fixtureDocument()));
    const [baseline, flat] = json.scenarios;
    expect(Object.keys(baseline)).toEqual(['name', 'description', 'baseline', 'annual', 'milestones', 'regions', 'monthly', 'assumptions']);
    expect(baseline.annual[0]).toEqual({
      year: 2025, exports: 3771.7, imports: 2582.7, surplus: 1189, surplusPctGdp: 6.08, contributionPp: 1.6,
      exportGrowth: 5.5, importGrowth: -0.1, actualMonths: 12,
    });
    expect(Object.keys(baseline.regions[0])).toEqual(['id', 'name', 'annual']);
    expect(Object.keys(baseline.regions[0].annual[0])).toEqual(['year', 'exports', 'imports', 'balance', 'exportGrowth', 'exportShare']);
    expect(Object.keys(baseline.monthly[0])).toEqual(['month', 'exports', 'imports', 'surplus', 'surplusYtd', 'actual']);
    expect(flat.baseline).toBe(false);
    expect(flat.assumptions[0]).toMatchObject({ variable: 'export_growth', member: 'eu', setBy: 'eu-flat', from: '14.8', to: '0' });
  });

  it('compares each scenario with baseline, figure by figure, with the regions that drive the change', () => {
    const json = JSON.parse(renderJson(fixtureDocument()));
    expect(json.comparison).toHaveLength(1);
    const y2026 = json.comparison[0].annual[1];
    expect(json.comparison[0].scenario).toBe('eu-flat');
    expect(y2026.figures.surplus).toEqual({ baseline: 1340, scenario: 1260, difference: -80 });
    expect(y2026.drivers).toEqual([{ id: 'eu', name: 'European Union', balanceChange: -80, shareOfChange: 100 }]);
  });

  it('rounds floating-point noise away', () => {
    const doc = fixtureDocument();
    doc.scenarios[0]!.annual[0]!.surplus = 0.1 + 0.2;
    const json = JSON.parse(renderJson(doc));
    expect(json.scenarios[0].annual[0].surplus).toBe(0.3);
  });
});
