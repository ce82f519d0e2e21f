/**
 * A hand-made report document for the renderer tests: two years (2025 actual, 2026 projected), three regions,
 * a baseline and one scenario in which exports to the EU stop growing in 2026.
 */
import type {
  AnnualHeadline,
  MonthlyPoint,
  RegionReport,
  ReportDocument,
  ScenarioReport,
} from '../src/document.js';
import { REPORT_UNITS } from '../src/document.js';

const REGIONS = [
  { id: 'us', name: 'United States' },
  { id: 'eu', name: 'European Union' },
  { id: 'rest', name: 'Rest of world' },
];

function monthly(scale: number): MonthlyPoint[] {
  const points: MonthlyPoint[] = [];
  for (const year of [2025, 2026]) {
    let ytd = 0;
    for (let m = 1; m <= 12; m++) {
      const exports = 300 + m * (year === 2025 ? 1 : scale);
      const imports = 210 + m * 0.5;
      const surplus = exports - imports;
      ytd += surplus;
      points.push({
        month: `${year}-${String(m).padStart(2, '0')}`,
        exports,
        imports,
        surplus,
        surplusYtd: ytd,
        actual: year === 2025,
      });
    }
  }
  return points;
}

function annual(surplus2026: number, exports2026: number): AnnualHeadline[] {
  return [
    {
      year: 2025,
      exports: 3771.7,
      imports: 2582.7,
      surplus: 1189.0,
      surplusPctGdp: 6.08,
      contributionPp: 1.6,
      exportGrowth: 5.5,
      importGrowth: -0.1,
      actualMonths: 12,
    },
    {
      year: 2026,
      exports: exports2026,
      imports: 2600.0,
      surplus: surplus2026,
      surplusPctGdp: 6.2,
      contributionPp: surplus2026 > 1189 ? 0.4 : -0.3,
      exportGrowth: ((exports2026 / 3771.7) - 1) * 100,
      importGrowth: 0.7,
      actualMonths: 0,
    },
  ];
}

function regions(eu2026: number): RegionReport[] {
  const rows: Record<string, [number, number, number]> = { us: [420, 150, 400], eu: [560, 270, eu2026], rest: [2791.7, 2162.7, 2900] };
  return REGIONS.map((r) => {
    const [exp25, imp25, exp26] = rows[r.id]!;
    return {
      ...r,
      annual: [
        { year: 2025, exports: exp25, imports: imp25, balance: exp25 - imp25, exportGrowth: r.id === 'us' ? -20 : 8, exportShare: (exp25 / 3771.7) * 100 },
        { year: 2026, exports: exp26, imports: imp25, balance: exp26 - imp25, exportGrowth: (exp26 / exp25 - 1) * 100, exportShare: 10 },
      ],
    };
  });
}

function scenario(name: string, isBaseline: boolean, eu2026: number): ScenarioReport {
  const exports2026 = 400 + eu2026 + 2900;
  const surplus2026 = exports2026 - 2600;
  return {
    name,
    description: isBaseline ? null : 'EU exports flat in 2026',
    isBaseline,
    annual: annual(surplus2026, exports2026),
    milestones: [
      {
        kind: 'ytd-threshold',
        month: '2025-11',
        year: 2025,
        value: 1076,
        threshold: 1000,
        actual: true,
        description: 'Year-to-date surplus first passes the threshold',
      },
      {
        kind: 'record-month',
        month: '2026-12',
        year: 2026,
        value: 117.9,
        actual: false,
        description: 'Largest monthly surplus',
      },
    ],
    regions: regions(eu2026),
    monthly: monthly(isBaseline ? 2 : 1.5),
    assumptions: isBaseline
      ? []
      : [
          {
            variable: 'export_growth',
            member: 'eu',
            memberName: 'European Union',
            change: 'values',
            from: '14.8',
            to: '0',
            months: { first: '2026-01', last: '2030-12' },
            unit: '%',
            setBy: name,
            why: 'EU safeguards, a test',
            source: null,
            confidence: 'official',
          },
        ],
  };
}

export function fixtureDocument(): ReportDocument {
  const baseline = scenario('baseline', true, 640);
  const flat = scenario('eu-flat', false, 560);
  const b26 = baseline.annual[1]!;
  const s26 = flat.annual[1]!;
  return {
    model: { name: 'china-trade', title: "China's merchandise trade" },
    asOf: '2025-12',
    units: REPORT_UNITS,
    period: { from: 2025, to: 2026 },
    regions: REGIONS,
    gdpContributionDefinition: 'Change in the annual surplus over last year\'s nominal GDP in US dollars, x 100',
    modelAssumptions: [
      {
        variable: 'export_growth',
        member: 'eu',
        memberName: 'European Union',
        change: 'values',
        from: null,
        to: '14.8',
        months: null,
        unit: '%',
        setBy: 'model',
        why: null,
        source: 'GAC, Nov 2025 y/y',
        confidence: 'official',
      },
    ],
    scenarios: [baseline, flat],
    comparison: [
      {
        scenario: 'eu-flat',
        annual: [2025, 2026].map((year) => {
          const b = year === 2025 ? baseline.annual[0]! : b26;
          const s = year === 2025 ? flat.annual[0]! : s26;
          const figures = Object.fromEntries(
            (['exports', 'imports', 'surplus', 'surplusPctGdp', 'contributionPp', 'exportGrowth', 'importGrowth'] as const).map((k) => [
              k,
              { baseline: b[k], scenario: s[k], difference: s[k]! - b[k]! },
            ]),
          ) as ReportDocument['comparison'][number]['annual'][number]['figures'];
          return {
            year,
            figures,
            drivers: year === 2025 ? [] : [{ id: 'eu', name: 'European Union', balanceChange: -80, shareOfChange: 100 }],
          };
        }),
      },
    ],
  };
}
