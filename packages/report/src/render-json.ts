/**
 * The report as JSON, schema 1 (documented field by field in the package's README). The shape is written out here
 * rather than serialising the document as it is, so that a change to the document cannot change the schema
 * unnoticed. Numbers are rounded to 4 decimals (US$ 100,000 for money), which hides floating-point noise and
 * nothing an analyst reads.
 */
import type {
  AnnualHeadline,
  Assumption,
  ComparisonYear,
  Milestone,
  MonthlyPoint,
  RegionReport,
  ReportDocument,
} from './document.js';
import { HEADLINE_FIGURES } from './document.js';

export const JSON_SCHEMA_VERSION = 1;

type Num = number | null;

export interface JsonReport {
  schema: 1;
  model: string;
  title: string | null;
  asOf: string | null;
  units: { money: string; growth: string; share: string; contribution: string };
  period: { from: number; to: number };
  gdpContributionDefinition: string;
  regions: { id: string; name: string }[];
  modelAssumptions: Assumption[];
  scenarios: {
    name: string;
    description: string | null;
    baseline: boolean;
    annual: AnnualHeadline[];
    milestones: Milestone[];
    regions: RegionReport[];
    monthly: MonthlyPoint[];
    assumptions: Assumption[];
  }[];
  comparison: {
    scenario: string;
    annual: {
      year: number;
      figures: Record<string, { baseline: Num; scenario: Num; difference: Num }>;
      drivers: { id: string; name: string; balanceChange: number; shareOfChange: Num }[];
    }[];
  }[];
}

function round<T extends Num>(v: T): T {
  return (v === null ? null : Math.round(v * 1e4) / 1e4 + 0) as T;
}

const annual = (a: AnnualHeadline): AnnualHeadline => ({
  year: a.year,
  exports: round(a.exports),
  imports: round(a.imports),
  surplus: round(a.surplus),
  surplusPctGdp: round(a.surplusPctGdp),
  contributionPp: round(a.contributionPp),
  exportGrowth: round(a.exportGrowth),
  importGrowth: round(a.importGrowth),
  actualMonths: a.actualMonths,
});

const region = (r: RegionReport): RegionReport => ({
  id: r.id,
  name: r.name,
  annual: r.annual.map((y) => ({
    year: y.year,
    exports: round(y.exports),
    imports: round(y.imports),
    balance: round(y.balance),
    exportGrowth: round(y.exportGrowth),
    exportShare: round(y.exportShare),
  })),
});

const month = (m: MonthlyPoint): MonthlyPoint => ({
  month: m.month,
  exports: round(m.exports),
  imports: round(m.imports),
  surplus: round(m.surplus),
  surplusYtd: round(m.surplusYtd),
  actual: m.actual,
});

const milestone = (m: Milestone): Milestone => ({ ...m, value: round(m.value) });

const comparisonYear = (y: ComparisonYear): JsonReport['comparison'][number]['annual'][number] => ({
  year: y.year,
  figures: Object.fromEntries(
    HEADLINE_FIGURES.map((k) => {
      const f = y.figures[k];
      return [k, { baseline: round(f.baseline), scenario: round(f.scenario), difference: round(f.difference) }];
    }),
  ),
  drivers: y.drivers.map((d) => ({
    id: d.id,
    name: d.name,
    balanceChange: round(d.balanceChange),
    shareOfChange: round(d.shareOfChange),
  })),
});

export function toJsonReport(doc: ReportDocument): JsonReport {
  return {
    schema: JSON_SCHEMA_VERSION,
    model: doc.model.name,
    title: doc.model.title,
    asOf: doc.asOf,
    units: { ...doc.units },
    period: { ...doc.period },
    gdpContributionDefinition: doc.gdpContributionDefinition,
    regions: doc.regions.map((r) => ({ id: r.id, name: r.name })),
    modelAssumptions: doc.modelAssumptions.map((a) => ({ ...a })),
    scenarios: doc.scenarios.map((s) => ({
      name: s.name,
      description: s.description,
      baseline: s.isBaseline,
      annual: s.annual.map(annual),
      milestones: s.milestones.map(milestone),
      regions: s.regions.map(region),
      monthly: s.monthly.map(month),
      assumptions: s.assumptions.map((a) => ({ ...a })),
    })),
    comparison: doc.comparison.map((c) => ({ scenario: c.scenario, annual: c.annual.map(comparisonYear) })),
  };
}

/** The JSON report as text, indented by two spaces, ending in a newline. */
export function renderJson(doc: ReportDocument): string {
  return JSON.stringify(toJsonReport(doc), null, 2) + '\n';
}
