/**
 * Monthly export and import totals, January 2024 to December 2025, from `monthly-totals.csv` and the official
 * cumulative growth rates of `growth-2025-annual.csv`. Every step is arithmetic on sourced figures, so the result is
 * `derived`, not official; each month says how it was made (`how`), and the model file prints that table.
 */
import { TradeDataError } from './trade-data-error.js';
import type { GrowthRow, MonthlyTotalRow } from './read-sources.js';

/**
 * January's share of the January-February total, in both years: customs reports the two months together (the
 * Lunar New Year moves between them), so no official split exists. We split by calendar days of 2025 (31 of 59) and
 * use the same share for 2024, so each month's y/y growth equals the reported two-month growth.
 */
export const JANUARY_SHARE = 31 / 59;

export interface MonthlyTotal {
  month: string;
  exports: number;
  imports: number;
  /** How the month was made, e.g. `reported`, `2025 level / (1 + y/y)`. */
  how: string;
}

export interface DerivedTotals {
  months: MonthlyTotal[];
  /** The official cumulative targets the 2025 months were benchmarked to. */
  benchmarks: { janNovExports: number; janNovImports: number; yearExports: number; yearImports: number };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const mm = (m: number): string => String(m).padStart(2, '0');

function find<T>(rows: T[], pred: (row: T) => boolean, what: string): T {
  const row = rows.find(pred);
  if (row === undefined) throw new TradeDataError('TRADE_DATA_MISSING', `no row for ${what}`);
  return row;
}

/**
 * Derives the 24 monthly totals:
 * 1. 2025 months as first reported; January and February split by `JANUARY_SHARE`.
 * 2. 2024 months: as reported where listed (November, December), else 2025 level / (1 + 2025 y/y).
 * 3. 2025 benchmarked to the official cumulative figures, which include later revisions the monthly first releases
 *    lack: January-November grows by the official Jan-Nov y/y on 2024's Jan-Nov; the gap is spread over January to
 *    October in proportion to their levels (November, the source article's month, stays as reported); December is the
 *    official full-year y/y on 2024 minus January-November.
 */
export function deriveMonthlyTotals(rows: MonthlyTotalRow[], growth2025: GrowthRow[]): DerivedTotals {
  const janFeb = find(rows, (r) => r.month === '2025-01/02', 'month 2025-01/02 in monthly-totals.csv');
  const y25: MonthlyTotal[] = [];
  const y24: MonthlyTotal[] = [];
  for (let m = 1; m <= 12; m++) {
    const reported2024 = rows.find((r) => r.month === `2024-${mm(m)}`);
    let r25: MonthlyTotalRow;
    let share = 1;
    if (m <= 2) {
      r25 = janFeb;
      share = m === 1 ? JANUARY_SHARE : 1 - JANUARY_SHARE;
    } else {
      r25 = find(rows, (r) => r.month === `2025-${mm(m)}`, `month 2025-${mm(m)} in monthly-totals.csv`);
    }
    const splitNote = m <= 2 ? `, split Jan ${(JANUARY_SHARE * 100).toFixed(1)}% / Feb` : '';
    y25.push({
      month: `2025-${mm(m)}`,
      exports: r25.exports * share,
      imports: r25.imports * share,
      how: `reported${splitNote}`,
    });
    y24.push(
      reported2024
        ? { month: `2024-${mm(m)}`, exports: reported2024.exports, imports: reported2024.imports, how: 'reported' }
        : {
            month: `2024-${mm(m)}`,
            exports: round2((r25.exports * share) / (1 + r25.exportsYoy / 100)),
            imports: round2((r25.imports * share) / (1 + r25.importsYoy / 100)),
            how: `2025 level / (1 + y/y)${splitNote}`,
          },
    );
  }

  const total = find(growth2025, (r) => r.id === 'total', 'total in growth-2025-annual.csv');
  const janNov = find(growth2025, (r) => r.id === 'total_jan_nov', 'total_jan_nov in growth-2025-annual.csv');
  const rate = (row: GrowthRow, flow: 'exportsYoy' | 'importsYoy'): number => {
    const value = row[flow];
    if (value === undefined) throw new TradeDataError('TRADE_DATA_MISSING', `no ${flow} for ${row.id}`);
    return 1 + value / 100;
  };
  const benchmarks = {
    janNovExports: round2(sum(y24.slice(0, 11).map((t) => t.exports)) * rate(janNov, 'exportsYoy')),
    janNovImports: round2(sum(y24.slice(0, 11).map((t) => t.imports)) * rate(janNov, 'importsYoy')),
    yearExports: round2(sum(y24.map((t) => t.exports)) * rate(total, 'exportsYoy')),
    yearImports: round2(sum(y24.map((t) => t.imports)) * rate(total, 'importsYoy')),
  };

  const nov = y25[10]!;
  const benchmark = (flow: 'exports' | 'imports', janNovTarget: number, yearTarget: number): void => {
    const janOct = y25.slice(0, 10);
    const factor = (janNovTarget - nov[flow]) / sum(janOct.map((t) => t[flow]));
    for (const t of janOct) t[flow] = round2(t[flow] * factor);
    nov[flow] = round2(nov[flow]);
    const dec = y25[11]!;
    dec[flow] = round2(yearTarget - sum(y25.slice(0, 11).map((t) => t[flow])));
  };
  benchmark('exports', benchmarks.janNovExports, benchmarks.yearExports);
  benchmark('imports', benchmarks.janNovImports, benchmarks.yearImports);
  for (const t of y25.slice(0, 10)) t.how += ', benchmarked to official Jan-Nov y/y';
  y25[11]!.how = 'official full-year y/y on 2024, minus Jan-Nov';
  return { months: [...y24, ...y25], benchmarks };
}
