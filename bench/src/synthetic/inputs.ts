/**
 * The synthetic trade model's input data, generated from a fixed seed so that every engine, in every worker
 * process, starts from exactly the same numbers.
 */
import type { BenchSize } from './sizes.js';

/** Months of input values per flow: the first calendar year; formulas project every later month. */
export const BASE_MONTHS = 12;

export interface SyntheticInputs {
  size: BenchSize;
  partnerIds: string[];
  productIds: string[];
  /** % y/y, one per partner. */
  exportGrowth: Float64Array;
  importGrowth: Float64Array;
  /** First-year flows, US$ bn: index (partner × products + product) × 12 + month. */
  exportBase: Float64Array;
  importBase: Float64Array;
  /** Nominal GDP, US$ bn, the year's figure in each of its months: one entry per calendar month. */
  gdp: Float64Array;
}

/** mulberry32: small, fast and the same on every platform, which is all a bench seed needs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateInputs(size: BenchSize, seed = 20240101): SyntheticInputs {
  const random = seededRandom(seed);
  const { partners, products, months } = size;
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();

  const exportGrowth = new Float64Array(partners);
  const importGrowth = new Float64Array(partners);
  for (let p = 0; p < partners; p++) {
    exportGrowth[p] = between(-5, 15);
    importGrowth[p] = between(-5, 10);
  }
  const flows = partners * products * BASE_MONTHS;
  const exportBase = new Float64Array(flows);
  const importBase = new Float64Array(flows);
  for (let i = 0; i < flows; i++) {
    // Imports run below exports on average, so the surplus stays well away from zero and relative error means something.
    exportBase[i] = between(1, 100);
    importBase[i] = between(0.5, 70);
  }
  // GDP about five times a year's exports, growing 5% a year.
  const yearlyExports = partners * products * 12 * 50.5;
  const gdp = new Float64Array(months);
  for (let m = 0; m < months; m++) gdp[m] = 5 * yearlyExports * 1.05 ** Math.floor(m / 12);

  return {
    size,
    partnerIds: Array.from({ length: partners }, (_, p) => `p${p}`),
    productIds: Array.from({ length: products }, (_, k) => `k${k}`),
    exportGrowth,
    importGrowth,
    exportBase,
    importBase,
    gdp,
  };
}
