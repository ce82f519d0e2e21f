import { describe, expect, it } from 'vitest';
import { isCellError, Workbook } from '../../src/index.js';
import type { ModelDefinition } from '../../src/model/types.js';
import { CHINA_REGION_IDS, loadChinaModel } from '../../src/trade/index.js';

const model = loadChinaModel();
const open = (def: ModelDefinition = model): Workbook => Workbook.fromModel(def);

/** A cell that must hold a number; a CellError fails the test with its message. */
function num(wb: Workbook, name: string, member: string | undefined, month: string): number {
  const value = wb.value(name, member, month);
  if (isCellError(value)) throw new Error(`${name}.${member ?? ''} ${month}: ${value.code} ${value.message}`);
  return value;
}

describe('the China model', () => {
  const wb = open();

  it('reproduces the 2024 surplus of 992 bn (GAC 992.1)', () => {
    expect(Math.abs(num(wb, 'annual_surplus', undefined, '2024-12') - 992)).toBeLessThanOrEqual(1);
  });

  it('reproduces the January-November 2025 surplus of 1,076 bn', () => {
    expect(Math.abs(num(wb, 'surplus_ytd', undefined, '2025-11') - 1076)).toBeLessThanOrEqual(2);
  });

  it('reproduces the 2025 surplus of 1,189 bn', () => {
    expect(Math.abs(num(wb, 'annual_surplus', undefined, '2025-12') - 1189)).toBeLessThanOrEqual(5);
  });

  it('reproduces the November 2025 surplus of 111.7 bn', () => {
    expect(Math.abs(num(wb, 'surplus', undefined, '2025-11') - 111.7)).toBeLessThanOrEqual(0.5);
  });

  it('reproduces the reported 2025 growth of total trade and of the partners that have one', () => {
    expect(num(wb, 'export_growth_realised', undefined, '2025-12')).toBeCloseTo(5.5, 1);
    expect(num(wb, 'import_growth_realised', undefined, '2025-12')).toBeCloseTo(0, 1);
    const reported = { us: -20, eu: 8.4, asean: 13.4, africa: 25.8, latam: 7, india: 12.8, russia: -9.9 };
    for (const [region, growth] of Object.entries(reported)) {
      expect(num(wb, 'export_growth_realised_by_region', region, '2025-12'), region).toBeCloseTo(growth, 1);
    }
  });

  it('adds the partners up to the reported monthly total', () => {
    expect(num(wb, 'total_exports', undefined, '2025-11')).toBeCloseTo(330.3, 6);
    expect(num(wb, 'total_imports', undefined, '2025-11')).toBeCloseTo(218.6, 6);
    expect(num(wb, 'total_exports', undefined, '2024-12')).toBeCloseTo(335.6, 6);
  });

  it('projects a month as the same month a year earlier grown by the assumption', () => {
    expect(wb.isActual('exports', 'us', '2025-12')).toBe(true);
    expect(wb.isActual('exports', 'us', '2026-01')).toBe(false);
    expect(num(wb, 'exports', 'us', '2026-03')).toBeCloseTo(num(wb, 'exports', 'us', '2025-03') * (1 - 0.286), 9);
    expect(num(wb, 'imports', 'eu', '2027-05')).toBeCloseTo(num(wb, 'imports', 'eu', '2026-05') * 1.019, 9);
  });

  it('computes GDP in dollars, the surplus as % of GDP and the contribution to nominal growth', () => {
    const gdp2024 = num(wb, 'gdp_usd', undefined, '2024-12');
    expect(gdp2024).toBeCloseTo((134.9 * 1000) / 7.12, 6);
    expect(num(wb, 'gdp_usd', undefined, '2025-12')).toBeCloseTo((140.19 * 1000) / 7.17, 6);
    const s24 = num(wb, 'annual_surplus', undefined, '2024-12');
    const s25 = num(wb, 'annual_surplus', undefined, '2025-12');
    expect(num(wb, 'surplus_pct_gdp', undefined, '2024-12')).toBeCloseTo((s24 / gdp2024) * 100, 9);
    expect(num(wb, 'gdp_contribution_pp', undefined, '2025-12')).toBeCloseTo(((s25 - s24) / gdp2024) * 100, 9);
    expect(num(wb, 'gdp_cny', undefined, '2026-12')).toBeCloseTo(140.19 * 1.04, 9);
    for (const year of [2026, 2027, 2028, 2029, 2030]) {
      expect(Number.isFinite(num(wb, 'gdp_contribution_pp', undefined, `${year}-12`))).toBe(true);
    }
  });

  it('gives export shares that add up to 100%', () => {
    const shares = CHINA_REGION_IDS.map((r) => num(wb, 'export_share', r, '2030-12'));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
  });

  it('moves only that region flows and the totals when one region growth changes', () => {
    const book = open();
    const before = (name: string, r: string) => book.series(name, r).slice();
    const exportsBefore = Object.fromEntries(CHINA_REGION_IDS.map((r) => [r, before('exports', r)]));
    const importsBefore = Object.fromEntries(CHINA_REGION_IDS.map((r) => [r, before('imports', r)]));
    const totalBefore = num(book, 'annual_exports', undefined, '2027-12');
    const changes = book.apply({ kind: 'setInput', variable: 'export_growth', member: 'eu', value: 0 });

    const changedExports = Array.from(changes.changed.get('exports') ?? [], (i) => book.cellAddress('exports', i));
    expect(changedExports.length).toBeGreaterThan(0);
    expect(new Set(changedExports.map((c) => c.member))).toEqual(new Set(['eu']));
    expect(changedExports.every((c) => c.month >= '2026-01')).toBe(true);
    expect(changes.changed.has('imports')).toBe(false);
    for (const r of CHINA_REGION_IDS) {
      if (r !== 'eu') expect(book.series('exports', r), r).toEqual(exportsBefore[r]);
      expect(book.series('imports', r), r).toEqual(importsBefore[r]);
    }
    expect(book.series('exports', 'eu').slice(0, 24)).toEqual(exportsBefore['eu']!.slice(0, 24));
    expect(num(book, 'annual_exports', undefined, '2027-12')).toBeLessThan(totalBefore);
  });

  it("takes December 2025 from the November rates when asOf is November 2025 (the article's vantage point)", () => {
    const book = open();
    book.apply({ kind: 'setAsOf', month: '2025-11' });
    expect(book.isActual('exports', 'eu', '2025-12')).toBe(false);
    expect(num(book, 'exports', 'eu', '2025-12')).toBeCloseTo(num(book, 'exports', 'eu', '2024-12') * 1.148, 9);
    expect(num(book, 'surplus_ytd', undefined, '2025-11')).toBeCloseTo(num(wb, 'surplus_ytd', undefined, '2025-11'), 9);
  });

  it('runs past 2030 when the calendar end is moved', () => {
    const book = open({ ...model, calendar: { ...model.calendar, end: '2035-12' } });
    expect(num(book, 'annual_surplus', undefined, '2035-12')).toBeGreaterThan(0);
    const surplus2030 = num(wb, 'annual_surplus', undefined, '2030-12');
    expect(num(book, 'annual_surplus', undefined, '2030-12')).toBeCloseTo(surplus2030, 6);
  });
});
