/**
 * Monthly flows by partner region, derived: no official monthly partner figures exist. Each partner gets its annual
 * share of the monthly total, so partners sum to every month's total; 2025 shares come from 2024 levels grown by the
 * partner's official 2025 growth where reported, the other partners scaled together to close the 2025 total.
 */
import { TradeDataError } from './trade-data-error.js';
import type { GrowthRow, RegionRow } from './read-sources.js';

export type Flow = 'exports' | 'imports';

export interface PartnerFlow {
  id: string;
  /** 24 monthly values, January 2024 to December 2025, US$ bn, 2 decimals. */
  months: number[];
  level2024: number;
  level2025: number;
  /** The official 2025 y/y this partner reproduces, or undefined when it was scaled to close the total. */
  knownGrowth2025: number | undefined;
}

export interface PartnerSeries {
  flow: Flow;
  partners: PartnerFlow[];
  /** Growth, %, of every partner without a reported 2025 rate (they share one scale factor). */
  closingGrowth2025: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Splits 24 monthly totals (`totals`, January 2024 first) among `regions` (in model order; `residualId` absorbs the
 * rounding so partners sum exactly, to the cent, to each month's total).
 */
export function derivePartnerSeries(
  flow: Flow,
  regions: RegionRow[],
  totals: number[],
  growth2025: GrowthRow[],
  residualId: string,
): PartnerSeries {
  if (totals.length !== 24) {
    throw new TradeDataError('TRADE_DATA_MONTHS', `expected 24 monthly totals, got ${totals.length}`);
  }
  const t24 = sum(totals.slice(0, 12));
  const t25 = sum(totals.slice(12));
  const csvTotal = sum(regions.map((r) => r[flow]));
  // The regions partition the official annual total; scale them to the derived months' 2024 sum, which differs
  // from the annual figure by the rounding of the reported monthly growth rates.
  const level2024 = regions.map((r) => (r[flow] / csvTotal) * t24);
  const yoyKey = flow === 'exports' ? 'exportsYoy' : 'importsYoy';
  const known = regions.map((r) => growth2025.find((g) => g.id === r.id)?.[yoyKey]);
  const knownSum = sum(level2024.map((l, i) => (known[i] === undefined ? 0 : l * (1 + known[i]! / 100))));
  const unknownBase = sum(level2024.map((l, i) => (known[i] === undefined ? l : 0)));
  if (unknownBase <= 0) throw new TradeDataError('TRADE_DATA_CLOSURE', `no ${flow} partner is left to close 2025`);
  const closing = (t25 - knownSum) / unknownBase;
  const level2025 = level2024.map((l, i) => (known[i] === undefined ? l * closing : l * (1 + known[i]! / 100)));

  const months = regions.map(() => [] as number[]);
  const residual = regions.findIndex((r) => r.id === residualId);
  if (residual < 0) throw new TradeDataError('TRADE_DATA_MISSING', `no residual region "${residualId}"`);
  totals.forEach((total, m) => {
    const [levels, yearTotal] = m < 12 ? [level2024, t24] : [level2025, t25];
    const values = levels.map((l) => round2((l / yearTotal) * total));
    values[residual] = 0;
    values[residual] = round2(total - sum(values));
    values.forEach((v, i) => months[i]!.push(v));
  });
  return {
    flow,
    closingGrowth2025: (closing - 1) * 100,
    partners: regions.map((r, i) => ({
      id: r.id,
      months: months[i]!,
      level2024: level2024[i]!,
      level2025: level2025[i]!,
      knownGrowth2025: known[i],
    })),
  };
}
