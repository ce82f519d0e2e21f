/**
 * The limit: the synthetic trade model written by hand over Float64Arrays, with no formulas, no graph and no
 * per-cell objects. It computes exactly what the model's formulas say, in the same order of operations and of
 * summation, so the other engines must agree with it to 1e-9.
 */
import { BASE_MONTHS, type SyntheticInputs } from '../synthetic/inputs.js';
import type { OutputSnapshot } from './engine.js';

export class Float64TradeModel {
  readonly exportGrowth: Float64Array;
  readonly importGrowth: Float64Array;
  /** Index (partner × products + product) × months + month. */
  readonly exports: Float64Array;
  readonly imports: Float64Array;
  /** Index partner × months + month. */
  readonly balance: Float64Array;
  readonly surplus: Float64Array;
  readonly surplusYtd: Float64Array;
  readonly annualSurplus: Float64Array;
  readonly gdp: Float64Array;
  /** NaN in the first year, where the formula's lag leaves the calendar (`#REF!` in the engine). */
  readonly gdpContribution: Float64Array;
  private readonly partners: number;
  private readonly products: number;
  private readonly months: number;
  private readonly sumExports: Float64Array;
  private readonly sumImports: Float64Array;

  constructor(inputs: SyntheticInputs) {
    const { partners, products, months } = inputs.size;
    this.partners = partners;
    this.products = products;
    this.months = months;
    this.exportGrowth = Float64Array.from(inputs.exportGrowth);
    this.importGrowth = Float64Array.from(inputs.importGrowth);
    this.exports = new Float64Array(partners * products * months);
    this.imports = new Float64Array(partners * products * months);
    for (let row = 0; row < partners * products; row++) {
      for (let m = 0; m < BASE_MONTHS; m++) {
        this.exports[row * months + m] = inputs.exportBase[row * BASE_MONTHS + m]!;
        this.imports[row * months + m] = inputs.importBase[row * BASE_MONTHS + m]!;
      }
    }
    this.balance = new Float64Array(partners * months);
    this.surplus = new Float64Array(months);
    this.surplusYtd = new Float64Array(months);
    this.annualSurplus = new Float64Array(months);
    this.gdp = Float64Array.from(inputs.gdp);
    this.gdpContribution = new Float64Array(months);
    this.sumExports = new Float64Array(months);
    this.sumImports = new Float64Array(months);
  }

  /** Compute every formula cell. */
  evaluateAll(): void {
    for (let p = 0; p < this.partners; p++) this.evaluatePartner(p, true);
    this.evaluateTotals();
  }

  /** The one-partner edit: only that partner's flows and balance, then the scalar totals. */
  setExportGrowth(partner: number, value: number): void {
    this.exportGrowth[partner] = value;
    this.projectRows(this.exports, this.exportGrowth, partner);
    this.evaluateBalance(partner);
    this.evaluateTotals();
  }

  setAllGrowth(exportGrowth: number, importGrowth: number): void {
    this.exportGrowth.fill(exportGrowth);
    this.importGrowth.fill(importGrowth);
    this.evaluateAll();
  }

  snapshot(): OutputSnapshot {
    return {
      exports: this.exports,
      imports: this.imports,
      balance: this.balance,
      surplus: this.surplus,
      surplus_ytd: this.surplusYtd,
      annual_surplus: this.annualSurplus,
      gdp_contribution: this.gdpContribution,
    };
  }

  private evaluatePartner(partner: number, both: boolean): void {
    this.projectRows(this.exports, this.exportGrowth, partner);
    if (both) this.projectRows(this.imports, this.importGrowth, partner);
    this.evaluateBalance(partner);
  }

  /** `lag(x, 12) * (1 + growth / 100)` for the partner's product rows, after the first year. */
  private projectRows(flows: Float64Array, growth: Float64Array, partner: number): void {
    const months = this.months;
    const factor = 1 + growth[partner]! / 100;
    for (let row = partner * this.products; row < (partner + 1) * this.products; row++) {
      const start = row * months;
      for (let m = start + BASE_MONTHS; m < start + months; m++) flows[m] = flows[m - BASE_MONTHS]! * factor;
    }
  }

  /** `sum(exports, product) - sum(imports, product)`, summing products in member order. */
  private evaluateBalance(partner: number): void {
    const { months, sumExports, sumImports } = this;
    sumExports.fill(0);
    sumImports.fill(0);
    for (let row = partner * this.products; row < (partner + 1) * this.products; row++) {
      const start = row * months;
      for (let m = 0; m < months; m++) {
        sumExports[m] = sumExports[m]! + this.exports[start + m]!;
        sumImports[m] = sumImports[m]! + this.imports[start + m]!;
      }
    }
    for (let m = 0; m < months; m++) this.balance[partner * months + m] = sumExports[m]! - sumImports[m]!;
  }

  /** surplus = sum(balance, partner); surplus_ytd = ytd(surplus); annual_surplus = year_sum(surplus); GDP contribution. */
  private evaluateTotals(): void {
    const { months, partners } = this;
    this.surplus.fill(0);
    for (let p = 0; p < partners; p++) {
      for (let m = 0; m < months; m++) this.surplus[m] = this.surplus[m]! + this.balance[p * months + m]!;
    }
    let running = 0;
    for (let m = 0; m < months; m++) {
      // A running sum adds the same terms in the same order as summing January..month afresh.
      running = m % 12 === 0 ? this.surplus[m]! : running + this.surplus[m]!;
      this.surplusYtd[m] = running;
    }
    for (let m = 0; m < months; m++) {
      const year = m - (m % 12);
      this.annualSurplus[m] = this.surplusYtd[year + 11]!;
      this.gdpContribution[m] =
        m < 12 ? NaN : ((this.annualSurplus[m]! - this.annualSurplus[m - 12]!) / this.gdp[m - 12]!) * 100;
    }
  }
}
