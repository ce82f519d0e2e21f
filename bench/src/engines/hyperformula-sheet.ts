/**
 * The synthetic trade model as one A1 sheet for HyperFormula: one row per (variable, member), one column per month
 * (month m in column m), the lag of 12 months a column offset. The growth rates, constant per partner, sit in
 * column A of their rows.
 */
import { BASE_MONTHS, type SyntheticInputs } from '../synthetic/inputs.js';
import type { BenchSize } from '../synthetic/sizes.js';

export type SheetCell = number | string | null;

/** 0-based row of each block of the sheet. */
export interface SheetLayout {
  exportGrowth(partner: number): number;
  importGrowth(partner: number): number;
  exports(partner: number, product: number): number;
  imports(partner: number, product: number): number;
  balance(partner: number): number;
  surplus: number;
  surplusYtd: number;
  annualSurplus: number;
  gdp: number;
  gdpContribution: number;
  rows: number;
}

export function sheetLayout({ partners: p, products: k }: BenchSize): SheetLayout {
  const flows = 2 * p;
  const totals = 3 * p + 2 * p * k;
  return {
    exportGrowth: (partner) => partner,
    importGrowth: (partner) => p + partner,
    exports: (partner, product) => flows + partner * k + product,
    imports: (partner, product) => flows + p * k + partner * k + product,
    balance: (partner) => flows + 2 * p * k + partner,
    surplus: totals,
    surplusYtd: totals + 1,
    annualSurplus: totals + 2,
    gdp: totals + 3,
    gdpContribution: totals + 4,
    rows: totals + 5,
  };
}

/** Column letters of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A1 address of a 0-based (row, column). */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function buildSheet(inputs: SyntheticInputs): SheetCell[][] {
  const { partners, products, months } = inputs.size;
  const at = sheetLayout(inputs.size);
  const sheet: SheetCell[][] = Array.from({ length: at.rows }, () => new Array<SheetCell>(months).fill(null));
  const set = (row: number, col: number, value: SheetCell) => {
    sheet[row]![col] = value;
  };

  for (let p = 0; p < partners; p++) {
    set(at.exportGrowth(p), 0, inputs.exportGrowth[p]!);
    set(at.importGrowth(p), 0, inputs.importGrowth[p]!);
    const exportGrowth = `$A$${at.exportGrowth(p) + 1}`;
    const importGrowth = `$A$${at.importGrowth(p) + 1}`;
    for (let k = 0; k < products; k++) {
      const base = (p * products + k) * BASE_MONTHS;
      const [ex, im] = [at.exports(p, k), at.imports(p, k)];
      for (let m = 0; m < months; m++) {
        if (m < BASE_MONTHS) {
          set(ex, m, inputs.exportBase[base + m]!);
          set(im, m, inputs.importBase[base + m]!);
        } else {
          set(ex, m, `=${a1(ex, m - 12)}*(1+${exportGrowth}/100)`);
          set(im, m, `=${a1(im, m - 12)}*(1+${importGrowth}/100)`);
        }
      }
    }
    for (let m = 0; m < months; m++) {
      const exportRange = `${a1(at.exports(p, 0), m)}:${a1(at.exports(p, products - 1), m)}`;
      const importRange = `${a1(at.imports(p, 0), m)}:${a1(at.imports(p, products - 1), m)}`;
      set(at.balance(p), m, `=SUM(${exportRange})-SUM(${importRange})`);
    }
  }

  for (let m = 0; m < months; m++) {
    const january = m - (m % 12);
    set(at.surplus, m, `=SUM(${a1(at.balance(0), m)}:${a1(at.balance(partners - 1), m)})`);
    set(at.surplusYtd, m, `=SUM(${a1(at.surplus, january)}:${a1(at.surplus, m)})`);
    set(at.annualSurplus, m, `=SUM(${a1(at.surplus, january)}:${a1(at.surplus, january + 11)})`);
    set(at.gdp, m, inputs.gdp[m]!);
    // The first year has no previous year: left empty, as the engine's `#REF!`.
    if (m >= 12) {
      const [now, before] = [a1(at.annualSurplus, m), a1(at.annualSurplus, m - 12)];
      set(at.gdpContribution, m, `=(${now}-${before})/${a1(at.gdp, m - 12)}*100`);
    }
  }
  return sheet;
}
