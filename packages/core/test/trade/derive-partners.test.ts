import { describe, expect, it } from 'vitest';
import { derivePartnerSeries } from '../../src/trade/build/derive-partners.js';
import type { GrowthRow, RegionRow } from '../../src/trade/build/read-sources.js';

const region = (id: string, exports: number): RegionRow => ({
  id,
  name: id,
  exports,
  imports: 0,
  confidence: 'derived',
  source: 'test',
});
const growth = (id: string, exportsYoy: number): GrowthRow => ({
  id,
  exportsYoy,
  importsYoy: undefined,
  period: '2025',
  confidence: 'official',
  source: 'test',
});
const regions = [region('a', 300), region('b', 100), region('c', 50), region('rest', 50)];
// 2024 sums to 500.04, 2025 to 560.12: uneven months with rounding to the cent.
const totals = [
  ...[41.11, 40.01, 42.02, 43.3, 39.9, 41.7, 42.0, 40.5, 41.9, 42.6, 41.3, 43.71],
  ...[46.01, 45.2, 47.3, 48.1, 44.9, 46.7, 47.0, 45.5, 46.9, 47.6, 46.3, 48.61],
];
const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);

describe('derivePartnerSeries', () => {
  const series = derivePartnerSeries('exports', regions, totals, [growth('a', 20), growth('b', -10)], 'rest');

  it('makes partners sum exactly (to the cent) to every month total', () => {
    totals.forEach((total, m) => {
      expect(sum(series.partners.map((p) => p.months[m]!))).toBeCloseTo(total, 9);
    });
  });

  it('reproduces the reported 2025 growth of the partners that have one', () => {
    const realised = (id: string) => {
      const p = series.partners.find((x) => x.id === id)!;
      return (sum(p.months.slice(12)) / sum(p.months.slice(0, 12)) - 1) * 100;
    };
    expect(realised('a')).toBeCloseTo(20, 1);
    expect(realised('b')).toBeCloseTo(-10, 1);
  });

  it('scales the partners without a reported rate together to close the 2025 total', () => {
    const t24 = sum(totals.slice(0, 12));
    const t25 = sum(totals.slice(12));
    const knownIn2025 = (t24 * 0.6 * 1.2 + t24 * 0.2 * 0.9) / t24;
    const closing = ((t25 / t24 - knownIn2025) / 0.2 - 1) * 100;
    expect(series.closingGrowth2025).toBeCloseTo(closing, 6);
    const c = series.partners.find((p) => p.id === 'c')!;
    expect((c.level2025 / c.level2024 - 1) * 100).toBeCloseTo(closing, 6);
  });

  it("gives each partner its annual share of the month's total", () => {
    const a = series.partners.find((p) => p.id === 'a')!;
    expect(a.months[0]).toBeCloseTo(0.6 * totals[0]!, 2);
  });

  it('refuses when every partner has a reported rate, since none is left to close the total', () => {
    const all = regions.map((r) => growth(r.id, 5));
    expect(() => derivePartnerSeries('exports', regions, totals, all, 'rest')).toThrow(/close 2025/);
  });
});
