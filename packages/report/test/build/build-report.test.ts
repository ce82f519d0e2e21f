/**
 * The document's figures against numbers computed independently from the China model's inputs (the monthly
 * actuals and growth assumptions in models/china-trade.yaml), on real workbooks.
 */
import { loadChinaModel, Workbook } from '@tradesheet/core';
import type { ModelDefinition } from '@tradesheet/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/build/build-report.js';
import type { ReportDocument } from '../../src/document.js';

let model: ModelDefinition;
let doc: ReportDocument;
let baseline: Workbook;

/** A member's monthly inputs as the model file holds them: 24 months from 2024-01. */
function inputs(variable: string, member?: string): number[] {
  const values = model.variables.find((v) => v.name === variable)?.values;
  const series = member === undefined ? values : (values as Record<string, unknown>)[member];
  expect(Array.isArray(series), `${variable}.${member ?? ''} is an array of months`).toBe(true);
  return series as number[];
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const regionIds = (): string[] => model.dimensions[0]!.members.map((m) => m.id);
const year = (xs: number[], y: 2024 | 2025): number[] => (y === 2024 ? xs.slice(0, 12) : xs.slice(12, 24));
const growth = (variable: string, member: string): number =>
  (model.variables.find((v) => v.name === variable)?.values as Record<string, number>)[member]!;

function surplusMonths(): number[] {
  const months = Array<number>(24).fill(0);
  for (const id of regionIds()) {
    const ex = inputs('exports', id);
    const im = inputs('imports', id);
    for (let i = 0; i < 24; i++) months[i]! += ex[i]! - im[i]!;
  }
  return months;
}

beforeAll(() => {
  model = loadChinaModel();
  baseline = Workbook.fromModel(model);
  const flat = Workbook.fromModel(model);
  flat.apply({ kind: 'setInput', variable: 'export_growth', member: 'eu', value: 0 });
  doc = buildReport({
    model,
    baseline,
    scenarios: [
      {
        name: 'eu-flat',
        description: 'No growth of exports to the EU',
        workbook: flat,
        edits: [{ kind: 'setInput', variable: 'export_growth', member: 'eu', value: 0, why: 'EU trade defence' }],
      },
    ],
  });
});

describe('buildReport', () => {
  it('reports the actual years as the sums of the monthly inputs', () => {
    const months = surplusMonths();
    const [y2024, y2025] = doc.scenarios[0]!.annual;
    expect(y2024!.surplus).toBeCloseTo(sum(year(months, 2024)), 6);
    expect(y2025!.surplus).toBeCloseTo(sum(year(months, 2025)), 6);
    const exports2025 = sum(regionIds().map((id) => sum(year(inputs('exports', id), 2025))));
    expect(y2025!.exports).toBeCloseTo(exports2025, 6);
  });

  it('counts the months of actuals: all of 2024 and 2025, none after', () => {
    expect(doc.scenarios[0]!.annual.map((y) => [y.year, y.actualMonths])).toEqual([
      [2024, 12], [2025, 12], [2026, 0], [2027, 0], [2028, 0], [2029, 0], [2030, 0],
    ]);
    expect(doc.scenarios[0]!.monthly.filter((m) => m.actual)).toHaveLength(24);
  });

  it('computes the surplus as % of GDP and its contribution to growth from the GDP and exchange-rate inputs', () => {
    const gdpUsd = (y: 2024 | 2025): number => (year(inputs('gdp_cny'), y)[11]! * 1000) / year(inputs('usd_cny'), y)[11]!;
    const months = surplusMonths();
    const s24 = sum(year(months, 2024));
    const s25 = sum(year(months, 2025));
    const y2025 = doc.scenarios[0]!.annual[1]!;
    expect(y2025.surplusPctGdp).toBeCloseTo((s25 / gdpUsd(2025)) * 100, 6);
    expect(y2025.contributionPp).toBeCloseTo(((s25 - s24) / gdpUsd(2024)) * 100, 6);
    // No year before the calendar to compare 2024 with.
    expect(doc.scenarios[0]!.annual[0]!.contributionPp).toBeNull();
    expect(doc.gdpContributionDefinition).toContain('lag(annual_surplus, 12)');
  });

  it('lowers the 2026 surplus by exactly the EU exports that growth would have added', () => {
    const eu2025 = sum(year(inputs('exports', 'eu'), 2025));
    const g = growth('export_growth', 'eu') / 100;
    const y2026 = doc.comparison[0]!.annual.find((y) => y.year === 2026)!;
    expect(y2026.figures.surplus.difference).toBeCloseTo(-eu2025 * g, 6);
    expect(y2026.figures.exports.difference).toBeCloseTo(-eu2025 * g, 6);
    expect(y2026.figures.imports.difference).toBeCloseTo(0, 9);
    // Two years of compounding by 2027.
    const y2027 = doc.comparison[0]!.annual.find((y) => y.year === 2027)!;
    expect(y2027.figures.surplus.difference).toBeCloseTo(-eu2025 * ((1 + g) ** 2 - 1), 6);
  });

  it('names the EU as the only region driving the change, with all of it', () => {
    const y2026 = doc.comparison[0]!.annual.find((y) => y.year === 2026)!;
    expect(y2026.drivers).toHaveLength(1);
    expect(y2026.drivers[0]).toMatchObject({ id: 'eu', shareOfChange: expect.closeTo(100, 9) });
    const y2025 = doc.comparison[0]!.annual.find((y) => y.year === 2025)!;
    expect(y2025.figures.surplus.difference).toBe(0);
    expect(y2025.drivers).toEqual([]);
  });

  it("makes regions' balances add up to the surplus and their export shares to 100%", () => {
    const s = doc.scenarios[0]!;
    for (const y of s.annual) {
      const balances = s.regions.map((r) => r.annual.find((a) => a.year === y.year)!.balance!);
      const shares = s.regions.map((r) => r.annual.find((a) => a.year === y.year)!.exportShare!);
      expect(sum(balances)).toBeCloseTo(y.surplus!, 6);
      expect(sum(shares)).toBeCloseTo(100, 6);
    }
  });

  it('projects a region one year on by its growth assumption', () => {
    const us = doc.scenarios[0]!.regions.find((r) => r.id === 'us')!;
    const us2025 = sum(year(inputs('exports', 'us'), 2025));
    expect(us.annual.find((a) => a.year === 2026)!.exports).toBeCloseTo(us2025 * (1 + growth('export_growth', 'us') / 100), 6);
    expect(us.annual.find((a) => a.year === 2026)!.exportGrowth).toBeCloseTo(growth('export_growth', 'us'), 6);
  });

  it('finds the month the 2025 year-to-date surplus first passes $1 trillion', () => {
    const months = year(surplusMonths(), 2025);
    let ytd = 0;
    const first = months.findIndex((s) => (ytd += s) >= 1000);
    const milestone = doc.scenarios[0]!.milestones.find((m) => m.kind === 'ytd-threshold' && m.year === 2025)!;
    expect(milestone.month).toBe(`2025-${String(first + 1).padStart(2, '0')}`);
    expect(milestone.actual).toBe(true);
    expect(milestone.value).toBeCloseTo(sum(months.slice(0, first + 1)), 6);
  });

  it('lists the scenario edit as its only assumption, with the reason, and none for the baseline', () => {
    expect(doc.scenarios[0]!.assumptions).toEqual([]);
    const [a, ...rest] = doc.scenarios[1]!.assumptions;
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ variable: 'export_growth', member: 'eu', from: '14.8', to: '0', setBy: 'eu-flat', why: 'EU trade defence' });
  });

  it("lists the model's projection levers with their sources", () => {
    const imports = doc.modelAssumptions.filter((a) => a.variable === 'import_growth');
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ member: null, to: String(model.variables.find((v) => v.name === 'import_growth')!.values) });
    expect(imports[0]!.source).toMatch(/assumption/);
    expect(doc.modelAssumptions.filter((a) => a.variable === 'export_growth')).toHaveLength(14);
  });

  it('reports only the years asked for', () => {
    const short = buildReport({ model, baseline, from: 2025, to: 2027 });
    expect(short.period).toEqual({ from: 2025, to: 2027 });
    expect(short.scenarios[0]!.annual.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(short.scenarios[0]!.monthly).toHaveLength(36);
    expect(short.comparison).toEqual([]);
  });

  it('leaves the workbooks as they were', () => {
    const before = baseline.series('surplus');
    buildReport({ model, baseline });
    expect(baseline.series('surplus')).toEqual(before);
    expect(baseline.canUndo).toBe(false);
  });

  it('throws a coded error for a period outside the calendar or two scenarios of one name', () => {
    expect(() => buildReport({ model, baseline, from: 2020 })).toThrow(expect.objectContaining({ code: 'REPORT_BAD_PERIOD' }));
    expect(() => buildReport({ model, baseline, from: 2027, to: 2026 })).toThrow(expect.objectContaining({ code: 'REPORT_BAD_PERIOD' }));
    expect(() => buildReport({ model, baseline, scenarios: [{ name: 'baseline', workbook: baseline }] })).toThrow(
      expect.objectContaining({ code: 'REPORT_DUPLICATE_SCENARIO' }),
    );
  });

  it('throws a coded error naming the variables a workbook lacks', () => {
    const tiny: ModelDefinition = {
      name: 'tiny',
      calendar: { start: '2025-01', end: '2025-12' },
      dimensions: [],
      variables: [{ name: 'exports', values: 1 }],
    };
    expect(() => buildReport({ model: tiny, baseline: Workbook.fromModel(tiny) })).toThrow(
      expect.objectContaining({ code: 'REPORT_MISSING_VARIABLE', message: expect.stringContaining('"annual_surplus"') }),
    );
  });
});
