/**
 * The comments the model file carries next to `exports` and `imports`: the monthly totals and the partner levels
 * with how each was derived, so a reader of the YAML sees why every number is what it is.
 */
import type { DerivedTotals } from './derive-totals.js';
import type { PartnerSeries } from './derive-partners.js';

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const f = (x: number, width = 8): string => x.toFixed(2).padStart(width);
const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
const pct = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`.padStart(7);

/** The 24 monthly totals the partner series add up to. */
export function totalsComment(totals: DerivedTotals): string {
  const b = totals.benchmarks;
  const lines = [
    'DERIVED, NOT OFFICIAL: customs publishes no monthly figures by partner. Actuals (2024-01 to 2025-12) are',
    "each partner's annual share of the month's total, so partners sum exactly to each total below (the rest",
    'of the world absorbs the rounding). Projected months: lag(x, 12) * (1 + growth / 100).',
    '',
    'Monthly totals (US$ bn), from monthly-totals.csv and growth-2025-annual.csv:',
    '  month      exports  imports  surplus  how',
    ...totals.months.map(
      (t) => `  ${t.month}  ${f(t.exports)} ${f(t.imports)} ${f(t.exports - t.imports)}  ${t.how}`,
    ),
    `2025 benchmarks (official cumulative y/y on the derived 2024): Jan-Nov exports ${b.janNovExports.toFixed(2)},`,
    `imports ${b.janNovImports.toFixed(2)}; full year exports ${b.yearExports.toFixed(2)}, ` +
      `imports ${b.yearImports.toFixed(2)}.`,
  ];
  return lines.join('\n');
}

/** Each partner's annual levels and the 2025 growth its series reproduces. */
export function partnerComment(series: PartnerSeries): string {
  const lines = [
    `Partner ${series.flow} (US$ bn): 2024 = the regions-2024.csv share of the derived 2024 total ` +
      `(${sum(series.partners.map((p) => p.level2024)).toFixed(2)});`,
    '2025 = 2024 grown by the official 2025 rate where growth-2025-annual.csv has one, the others scaled',
    `together to close the 2025 total (${signed(series.closingGrowth2025)}% each).`,
    '  region        2024     2025     y/y  basis',
    ...series.partners.map(
      (p) =>
        `  ${p.id.padEnd(10)} ${f(p.level2024)} ${f(p.level2025)} ${pct((p.level2025 / p.level2024 - 1) * 100)}  ` +
        (p.knownGrowth2025 === undefined ? 'closes the total' : 'official 2025 rate'),
    ),
  ];
  return lines.join('\n');
}
