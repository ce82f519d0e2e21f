/**
 * Milestones of a monthly series: for each year, the first month whose year-to-date surplus reaches a threshold
 * (the source article's "$1 trillion"), and the record monthly surplus of the report's period.
 */
import type { Milestone, MonthlyPoint } from '../document.js';

/** US$ bn: one trillion dollars. */
export const DEFAULT_YTD_THRESHOLDS = [1000];

export function findMilestones(monthly: MonthlyPoint[], thresholds: number[] = DEFAULT_YTD_THRESHOLDS): Milestone[] {
  const out: Milestone[] = [];
  const years = [...new Set(monthly.map((m) => Number(m.month.slice(0, 4))))];
  for (const year of years) {
    const months = monthly.filter((m) => Number(m.month.slice(0, 4)) === year);
    for (const threshold of thresholds) {
      const first = months.find((m) => m.surplusYtd !== null && m.surplusYtd >= threshold);
      if (!first || first.surplusYtd === null) continue;
      out.push({
        kind: 'ytd-threshold',
        month: first.month,
        year,
        value: first.surplusYtd,
        threshold,
        actual: first.actual,
        description: `The year-to-date surplus of ${year} first reaches ${threshold} (US$ bn)`,
      });
    }
  }
  let record: MonthlyPoint | undefined;
  for (const m of monthly) {
    if (m.surplus !== null && (record?.surplus === undefined || record.surplus === null || m.surplus > record.surplus)) {
      record = m;
    }
  }
  if (record && record.surplus !== null) {
    out.push({
      kind: 'record-month',
      month: record.month,
      year: Number(record.month.slice(0, 4)),
      value: record.surplus,
      actual: record.actual,
      description: 'The largest monthly surplus of the period',
    });
  }
  return out;
}
