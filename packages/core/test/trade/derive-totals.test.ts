import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readChinaSources } from '../../src/trade/build/read-sources.js';
import { deriveMonthlyTotals, JANUARY_SHARE } from '../../src/trade/build/derive-totals.js';

const dataDir = fileURLToPath(new URL('../../data/china/', import.meta.url));
const sources = readChinaSources(dataDir);
const { months } = deriveMonthlyTotals(sources.monthlyTotals, sources.growth2025);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const at = (month: string) => months.find((t) => t.month === month)!;

describe('deriveMonthlyTotals', () => {
  it('gives 24 months from January 2024 to December 2025', () => {
    expect(months.map((t) => t.month)).toHaveLength(24);
    expect(months[0]!.month).toBe('2024-01');
    expect(months[23]!.month).toBe('2025-12');
  });

  it('derives an unlisted 2024 month as the 2025 level over one plus its growth', () => {
    // March 2025: exports 313.9 at +12.4% y/y, imports 211.3 at -4.3%.
    expect(at('2024-03').exports).toBeCloseTo(313.9 / 1.124, 2);
    expect(at('2024-03').imports).toBeCloseTo(211.3 / 0.957, 2);
  });

  it('keeps the 2024 months the data lists', () => {
    expect(at('2024-11').exports).toBe(311.9);
    expect(at('2024-12').imports).toBe(230.8);
  });

  it('splits January and February by the same share in both years, so each keeps the reported growth', () => {
    const jan = at('2024-01').exports;
    const feb = at('2024-02').exports;
    expect(jan / (jan + feb)).toBeCloseTo(JANUARY_SHARE, 3);
    expect(jan + feb).toBeCloseTo(540 / 1.023, 1);
  });

  it('keeps November 2025, the source article month, as reported', () => {
    expect(at('2025-11').exports).toBe(330.3);
    expect(at('2025-11').imports).toBe(218.6);
  });

  it('benchmarks January-November 2025 to the official cumulative growth (+5.4% exports, -0.6% imports)', () => {
    const growth = (flow: 'exports' | 'imports') =>
      (sum(months.slice(12, 23).map((t) => t[flow])) / sum(months.slice(0, 11).map((t) => t[flow])) - 1) * 100;
    expect(growth('exports')).toBeCloseTo(5.4, 2);
    expect(growth('imports')).toBeCloseTo(-0.6, 2);
  });

  it('makes full-year 2025 grow by the official +5.5% exports and 0.0% imports', () => {
    const growth = (flow: 'exports' | 'imports') =>
      (sum(months.slice(12).map((t) => t[flow])) / sum(months.slice(0, 12).map((t) => t[flow])) - 1) * 100;
    expect(growth('exports')).toBeCloseTo(5.5, 2);
    expect(growth('imports')).toBeCloseTo(0, 2);
  });

  it('fails naming the month when a 2025 month is missing from the data', () => {
    const rows = sources.monthlyTotals.filter((r) => r.month !== '2025-07');
    expect(() => deriveMonthlyTotals(rows, sources.growth2025)).toThrow(/2025-07/);
  });
});
