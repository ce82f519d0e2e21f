import { describe, expect, it } from 'vitest';
import { findMilestones } from '../../src/build/milestones.js';
import type { MonthlyPoint } from '../../src/document.js';

function months(year: number, surpluses: number[], actual: boolean): MonthlyPoint[] {
  let ytd = 0;
  return surpluses.map((s, i) => {
    ytd += s;
    return { month: `${year}-${String(i + 1).padStart(2, '0')}`, exports: null, imports: null, surplus: s, surplusYtd: ytd, actual };
  });
}

describe('findMilestones', () => {
  it('finds the first month each year whose year-to-date surplus reaches the threshold', () => {
    const series = [...months(2025, Array<number>(12).fill(95), true), ...months(2026, Array<number>(12).fill(100), false)];
    const ytd = findMilestones(series).filter((m) => m.kind === 'ytd-threshold');
    // 95 x 11 = 1,045 first passes 1,000 in November; 100 x 10 = 1,000 reaches it in October.
    expect(ytd.map((m) => [m.year, m.month, m.value, m.actual])).toEqual([
      [2025, '2025-11', 1045, true],
      [2026, '2026-10', 1000, false],
    ]);
  });

  it('reports no threshold month in a year that never reaches it', () => {
    const found = findMilestones(months(2024, Array<number>(12).fill(80), true));
    expect(found.filter((m) => m.kind === 'ytd-threshold')).toEqual([]);
  });

  it('finds the record monthly surplus, the first of equal records', () => {
    const record = findMilestones(months(2025, [90, 120, 80, 120, 100, 90, 90, 90, 90, 90, 90, 90], true)).find(
      (m) => m.kind === 'record-month',
    );
    expect(record).toMatchObject({ month: '2025-02', value: 120 });
  });
});
