/**
 * The report document: every figure of a projection report as plain data, before any formatting. `buildReport`
 * makes it from workbooks; each renderer (text, Markdown, HTML, JSON, CSV) only lays it out. Money is in US$
 * billions, growth and shares in percent, contributions to GDP growth in percentage points. A figure the model
 * cannot compute (a formula error, e.g. growth in the calendar's first year) is `null`.
 */

/** A calendar month as `YYYY-MM`. */
export type Month = string;

/** The figures of one calendar year for the whole economy. */
export interface AnnualHeadline {
  year: number;
  exports: number | null;
  imports: number | null;
  surplus: number | null;
  /** Annual surplus as % of nominal GDP in US dollars. */
  surplusPctGdp: number | null;
  /** Net exports' contribution to GDP growth, pp (see `ReportDocument.gdpContributionDefinition`). */
  contributionPp: number | null;
  /** Full-year export growth, y/y %. */
  exportGrowth: number | null;
  /** Full-year import growth, y/y %. */
  importGrowth: number | null;
  /** Months of the year (0-12) whose totals are actuals rather than projections. */
  actualMonths: number;
}

/** Headline figures a comparison reports, in display order. */
export const HEADLINE_FIGURES = [
  'exports',
  'imports',
  'surplus',
  'surplusPctGdp',
  'contributionPp',
  'exportGrowth',
  'importGrowth',
] as const;
export type HeadlineFigure = (typeof HEADLINE_FIGURES)[number];

/** One region's figures for one year. */
export interface RegionYear {
  year: number;
  exports: number | null;
  imports: number | null;
  /** Exports minus imports. */
  balance: number | null;
  /** Full-year export growth to this region, y/y %. */
  exportGrowth: number | null;
  /** This region's share of China's full-year exports, %. */
  exportShare: number | null;
}

export interface RegionReport {
  id: string;
  name: string;
  annual: RegionYear[];
}

export interface MonthlyPoint {
  month: Month;
  exports: number | null;
  imports: number | null;
  surplus: number | null;
  surplusYtd: number | null;
  /** True when the month's totals are actuals (every region's exports are inputs). */
  actual: boolean;
}

/**
 * A notable month. `ytd-threshold`: the first month of `year` whose year-to-date surplus reaches `threshold`.
 * `record-month`: the largest monthly surplus of the report's period.
 */
export interface Milestone {
  kind: 'ytd-threshold' | 'record-month';
  month: Month;
  year: number;
  value: number;
  threshold?: number;
  actual: boolean;
  /** A sentence for readers, without number formatting: renderers write their own. */
  description: string;
}

/**
 * An input that differs from the model's defaults. `setBy` is the scenario that set it (or `model` for the model's
 * own assumptions); `why` the reason saved with the scenario's edit, `source` the model's source for the default.
 */
export interface Assumption {
  variable: string;
  member: string | null;
  memberName: string | null;
  /** What changed: an input's values, or a formula. */
  change: 'values' | 'formula' | 'added' | 'removed' | 'asOf';
  /** The default, summarised: a number, `a to b` for a series, or a formula. Null when the model has none. */
  from: string | null;
  /** The value in this scenario, summarised the same way. */
  to: string | null;
  /** First and last month the value differs; null when it differs in every month of the calendar, or is no series. */
  months: { first: Month; last: Month } | null;
  unit: string | null;
  setBy: string;
  why: string | null;
  source: string | null;
  /** The model's confidence in the default: `official`, `derived`, `assumption`... */
  confidence: string | null;
}

export interface ScenarioReport {
  name: string;
  description: string | null;
  isBaseline: boolean;
  annual: AnnualHeadline[];
  milestones: Milestone[];
  regions: RegionReport[];
  monthly: MonthlyPoint[];
  assumptions: Assumption[];
}

export interface FigureComparison {
  baseline: number | null;
  scenario: number | null;
  /** scenario - baseline; null when either is. */
  difference: number | null;
}

/** A region's part in the change of the surplus. */
export interface RegionDriver {
  id: string;
  name: string;
  /** Change of the region's balance against baseline, US$ bn. */
  balanceChange: number;
  /** balanceChange as % of the change in total surplus; null when the surplus does not change. */
  shareOfChange: number | null;
}

export interface ComparisonYear {
  year: number;
  figures: Record<HeadlineFigure, FigureComparison>;
  /** Regions whose balance changes, largest change first. */
  drivers: RegionDriver[];
}

export interface ScenarioComparison {
  scenario: string;
  annual: ComparisonYear[];
}

export interface ReportUnits {
  money: string;
  growth: string;
  share: string;
  contribution: string;
}

export interface ReportDocument {
  model: { name: string; title: string | null };
  /** Last month of actuals; later months are projections. */
  asOf: Month | null;
  units: ReportUnits;
  period: { from: number; to: number };
  regions: { id: string; name: string }[];
  /** How the model computes `contributionPp`, in words and as its formula. */
  gdpContributionDefinition: string;
  /** The model's own projection assumptions (inputs marked as assumptions), with their sources. */
  modelAssumptions: Assumption[];
  /** Baseline first, then each scenario in the order given. */
  scenarios: ScenarioReport[];
  /** One entry per scenario (not the baseline). */
  comparison: ScenarioComparison[];
}

export const REPORT_UNITS: ReportUnits = {
  money: 'US$ bn',
  growth: '% y/y',
  share: '% of exports',
  contribution: 'pp of GDP growth',
};
