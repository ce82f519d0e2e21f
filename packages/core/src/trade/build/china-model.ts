/**
 * Assembles the China trade model (a ModelDefinition) from the source CSVs: inputs with their provenance, and the
 * formulas that compute everything else. The comments returned beside it explain each derivation in the YAML file.
 */
import type { ModelDefinition, Provenance, VariableDefinition } from '../../model/types.js';
import { CHINA_REGION_IDS, RESIDUAL_REGION } from '../regions.js';
import { deriveMonthlyTotals, type DerivedTotals } from './derive-totals.js';
import { derivePartnerSeries, type PartnerSeries } from './derive-partners.js';
import { formulaVariables } from './china-formulas.js';
import { partnerComment, totalsComment } from './derivation-comments.js';
import type { ChinaSources, MacroRow } from './read-sources.js';
import { TradeDataError } from './trade-data-error.js';

/** Export growth assumed for destinations without a reported November rate: what they imply together. */
export const UNREPORTED_EXPORT_GROWTH = 9.6;
/** Nominal GDP growth assumed after 2025: about 2025's own nominal pace (3.9%: 5.0% real, a falling deflator). */
export const DEFAULT_NOMINAL_GDP_GROWTH = 4.0;

/** The comment at the top of the generated model file. */
export const CHINA_MODEL_HEADER = `GENERATED FILE: do not edit by hand; edit data/china/*.csv or src/trade/build/ and run
  npm run data -w @tradesheet/core
(scripts/build-china-model.ts). To change an assumption, apply a scenario (scenarios/*.yaml) or edit the
workbook; every formula below is plain text and can be changed.

China's goods trade (customs basis: exports FOB, imports CIF, US$ bn) by partner region. Inputs carry their
source and confidence (official, approximate, derived, residual, assumption: see data/china/README.md).
Monthly partner figures are DERIVED, not official: see the comment above \`exports\`.
asOf: inputs up to calendar.asOf are actuals; later months come from the formulas (projections).
Set asOf to 2025-11 for the source article's vantage point (December 2025 becomes a projection).`;

export interface BuiltChinaModel {
  model: ModelDefinition;
  /** Comment to print above a variable in the YAML file, by variable name. */
  comments: Map<string, string>;
  totals: DerivedTotals;
  partners: { exports: PartnerSeries; imports: PartnerSeries };
}

function macro(rows: MacroRow[], indicator: string, period: string): MacroRow {
  const row = rows.find((r) => r.indicator === indicator && r.period === period);
  if (!row) throw new TradeDataError('TRADE_DATA_MISSING', `macro.csv has no ${indicator} for ${period}`);
  return row;
}

const annualValues = (v2024: number, v2025: number): number[] => [
  ...Array<number>(12).fill(v2024),
  ...Array<number>(12).fill(v2025),
];

const cite = (file: string, row: { source: string; confidence: string }): Provenance => ({
  source: `${file}: ${row.source}`,
  confidence: row.confidence,
});

/** Builds the model from the sources read by `readChinaSources`. */
export function buildChinaModel(src: ChinaSources): BuiltChinaModel {
  const ids = src.regions.map((r) => r.id);
  if (ids.join(',') !== CHINA_REGION_IDS.join(',')) {
    throw new TradeDataError('TRADE_DATA_REGIONS', `regions-2024.csv rows must be ${CHINA_REGION_IDS.join(', ')}`);
  }
  const totals = deriveMonthlyTotals(src.monthlyTotals, src.growth2025);
  const partnerGrowth = src.growth2025.filter((g) => !g.id.startsWith('total'));
  const split = (flow: 'exports' | 'imports'): PartnerSeries =>
    derivePartnerSeries(flow, src.regions, totals.months.map((t) => t[flow]), partnerGrowth, RESIDUAL_REGION);
  const partners = {
    exports: split('exports'),
    imports: split('imports'),
  };
  const novTotal = src.monthlyTotals.find((r) => r.month === '2025-11');
  if (!novTotal) throw new TradeDataError('TRADE_DATA_MISSING', 'monthly-totals.csv has no 2025-11');

  const exportGrowth: Record<string, number> = {};
  const exportGrowthSources: Record<string, Provenance> = {};
  for (const region of src.regions) {
    const row = src.growthNov2025.find((g) => g.id === region.id);
    if (row?.exportsYoy !== undefined) {
      exportGrowth[region.id] = row.exportsYoy;
      exportGrowthSources[region.id] = cite('growth-nov-2025.csv', row);
    } else {
      exportGrowth[region.id] = UNREPORTED_EXPORT_GROWTH;
      exportGrowthSources[region.id] = {
        source:
          `assumption: no November 2025 rate reported for ${region.name}; destinations without a reported rate ` +
          `together imply about +${UNREPORTED_EXPORT_GROWTH}% (backed out of the +5.9% headline)` +
          (row?.source && !row.source.includes('imply about') ? `; note: ${row.source}` : ''),
        confidence: 'assumption',
      };
    }
  }

  const flowSources = (series: PartnerSeries): Record<string, Provenance> =>
    Object.fromEntries(
      series.partners.map((p) => {
        const region = src.regions.find((r) => r.id === p.id)!;
        const growth =
          p.knownGrowth2025 === undefined
            ? '2025 scaled with the other partners without a reported rate to close the 2025 total ' +
              `(${fmtPct(series.closingGrowth2025)})`
            : `2025 = 2024 grown ${fmtPct(p.knownGrowth2025)} (official 2025 rate, growth-2025-annual.csv)`;
        const residual = p.id === RESIDUAL_REGION ? '; also absorbs the rounding of each month' : '';
        return [
          p.id,
          {
            source:
              'derived: annual share x monthly total; 2024 share from regions-2024.csv ' +
              `(${region.confidence}: ${region.source}); ${growth}${residual}`,
            confidence: p.id === RESIDUAL_REGION ? 'residual' : 'derived',
          },
        ];
      }),
    );
  const flowValues = (series: PartnerSeries): Record<string, number[]> =>
    Object.fromEntries(series.partners.map((p) => [p.id, p.months]));

  const gdp24 = macro(src.macro, 'gdp_nominal_cny', '2024');
  const gdp25 = macro(src.macro, 'gdp_nominal_cny', '2025');
  const fx24 = macro(src.macro, 'usd_cny_average', '2024');
  const fx25 = macro(src.macro, 'usd_cny_average', '2025');
  const nominal2025 = (gdp25.value / gdp24.value - 1) * 100;

  const inputs: VariableDefinition[] = [
    {
      name: 'export_growth',
      dims: ['region'],
      unit: '%',
      description: 'Export growth y/y applied to projected months: month m = same month a year earlier x (1 + g/100).',
      values: exportGrowth,
      source: 'growth-nov-2025.csv: November 2025 export growth by destination (the source article)',
      confidence: 'official',
      memberSources: exportGrowthSources,
    },
    {
      name: 'import_growth',
      dims: ['region'],
      unit: '%',
      description: 'Import growth y/y applied to projected months, by region of origin.',
      values: novTotal.importsYoy,
      source:
        `assumption: the November 2025 headline import growth (${fmtPct(novTotal.importsYoy)}, ` +
        'monthly-totals.csv) for every region; no partner rates were reported',
      confidence: 'assumption',
    },
    {
      name: 'nominal_gdp_growth',
      unit: '%',
      description: 'Nominal GDP growth a year, in yuan, for years after the last GDP actual (2025).',
      values: DEFAULT_NOMINAL_GDP_GROWTH,
      source:
        `assumption: about 2025's nominal pace (${nominal2025.toFixed(1)}%: ${gdp24.value} to ${gdp25.value} ` +
        'CNY trn, macro.csv), real growth near 5% with a slightly falling GDP deflator',
      confidence: 'assumption',
    },
    {
      name: 'gdp_cny',
      unit: 'CNY trn',
      description:
        'Nominal GDP, the full-year figure in every month of its year; after 2025 grown by nominal_gdp_growth.',
      values: annualValues(gdp24.value, gdp25.value),
      formula: 'lag(gdp_cny, 12) * (1 + nominal_gdp_growth / 100)',
      source: `macro.csv: 2024 ${gdp24.source}; 2025 ${gdp25.source}`,
      confidence: 'official',
    },
    {
      name: 'usd_cny_assumption',
      unit: 'CNY per USD',
      description: 'Yuan per dollar assumed for years after 2025.',
      values: fx25.value,
      source: `assumption: the 2025 average rate holds (macro.csv: ${fx25.source})`,
      confidence: 'assumption',
    },
    {
      name: 'usd_cny',
      unit: 'CNY per USD',
      description: 'Average yuan per dollar of the year; after 2025 usd_cny_assumption.',
      values: annualValues(fx24.value, fx25.value),
      formula: 'usd_cny_assumption',
      source: `macro.csv: ${fx24.source}`,
      confidence: 'derived',
    },
    {
      name: 'exports',
      dims: ['region'],
      unit: 'US$ bn',
      description:
        'Exports by destination, monthly. Actuals are derived (partner share x monthly total), not official.',
      values: flowValues(partners.exports),
      formula: 'lag(exports, 12) * (1 + export_growth / 100)',
      source: 'derived from regions-2024.csv, monthly-totals.csv and growth-2025-annual.csv (see the comment above)',
      confidence: 'derived',
      memberSources: flowSources(partners.exports),
    },
    {
      name: 'imports',
      dims: ['region'],
      unit: 'US$ bn',
      description: 'Imports by origin, monthly. Actuals are derived (partner share x monthly total), not official.',
      values: flowValues(partners.imports),
      formula: 'lag(imports, 12) * (1 + import_growth / 100)',
      source: 'derived from regions-2024.csv, monthly-totals.csv and growth-2025-annual.csv (see the comment above)',
      confidence: 'derived',
      memberSources: flowSources(partners.imports),
    },
  ];

  const model: ModelDefinition = {
    name: 'china-trade',
    title: "China's goods trade by partner region",
    description:
      "China's merchandise trade (customs basis, US$ bn) by partner region: 2024-2025 as reported (partner months " +
      'derived), projected by editable growth assumptions, with the surplus, its share of GDP and its contribution ' +
      'to nominal GDP growth.',
    calendar: { start: '2024-01', end: '2030-12', asOf: '2025-12' },
    dimensions: [
      {
        name: 'region',
        description: 'Partner regions: 13 partners and the rest of the world; they partition the totals.',
        members: src.regions.map((r) => ({ id: r.id, name: r.name })),
      },
    ],
    variables: [...inputs, ...formulaVariables()],
  };
  const comments = new Map<string, string>([
    ['exports', totalsComment(totals) + '\n\n' + partnerComment(partners.exports)],
    ['imports', partnerComment(partners.imports)],
  ]);
  return { model, comments, totals, partners };
}

/** A growth rate for a comment: `+8.4%`, `-20.0%`. */
export function fmtPct(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
}
