/**
 * The HTML report's charts: Vega-Lite specs compiled to Vega and rendered to SVG on the server (no browser, no
 * canvas), so the page needs no script and no network to show them. Dates are UTC throughout so that a chart is
 * the same on every machine whatever its time zone.
 */
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { ReportDocument } from '../document.js';

const WIDTH = 640;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

const CONFIG = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, gridColor: '#e5e7eb' },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom' },
} as const;

/** Renders a Vega-Lite spec to an SVG string. */
export async function toSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Monthly surplus, one line per scenario, with a rule at the last month of actuals. */
export function surplusSpec(doc: ReportDocument): TopLevelSpec {
  const values = doc.scenarios.flatMap((s) =>
    s.monthly.map((m) => ({ scenario: s.name, date: `${m.month}-01`, surplus: m.surplus })),
  );
  const line = {
    mark: { type: 'line', strokeWidth: 2, point: false },
    encoding: {
      x: { field: 'date', type: 'temporal', timeUnit: 'utcyearmonth', title: null, axis: { format: '%Y', tickCount: 'year' } },
      y: { field: 'surplus', type: 'quantitative', title: `Surplus, ${doc.units.money}`, scale: { zero: false } },
      color: { field: 'scenario', type: 'nominal', title: 'Scenario', sort: doc.scenarios.map((s) => s.name) },
    },
  };
  const asOf = doc.asOf
    ? [
        {
          data: { values: [{ date: `${doc.asOf}-01`, label: 'actuals | projections' }] },
          mark: { type: 'rule', strokeDash: [4, 4], color: '#6b7280' },
          encoding: { x: { field: 'date', type: 'temporal', timeUnit: 'utcyearmonth' } },
        },
      ]
    : [];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Monthly trade surplus: baseline against scenarios',
    width: WIDTH,
    height: 260,
    data: { values },
    layer: [line, ...asOf],
    config: CONFIG,
  } as TopLevelSpec;
}

/** Annual surplus by year, bars grouped by scenario. */
export function annualSurplusSpec(doc: ReportDocument): TopLevelSpec {
  const values = doc.scenarios.flatMap((s) =>
    s.annual.map((y) => ({ scenario: s.name, year: String(y.year), surplus: y.surplus })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Annual trade surplus',
    width: WIDTH,
    height: 220,
    data: { values },
    mark: 'bar',
    encoding: {
      x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0 } },
      xOffset: { field: 'scenario', sort: doc.scenarios.map((s) => s.name) },
      y: { field: 'surplus', type: 'quantitative', title: `Surplus, ${doc.units.money}` },
      color: { field: 'scenario', type: 'nominal', title: 'Scenario', sort: doc.scenarios.map((s) => s.name) },
    },
    config: CONFIG,
  } as TopLevelSpec;
}

/** Exports by region in one year, bars grouped by scenario, largest region first. */
export function regionExportsSpec(doc: ReportDocument, year: number): TopLevelSpec {
  const values = doc.scenarios.flatMap((s) =>
    s.regions.map((r) => ({
      scenario: s.name,
      region: r.name,
      exports: r.annual.find((a) => a.year === year)?.exports ?? null,
    })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `Exports by region, ${year}`,
    width: WIDTH - 160,
    // One bar per region and scenario: give each bar room, but keep one scenario's chart compact.
    height: doc.regions.length * (6 + 9 * doc.scenarios.length),
    data: { values },
    mark: 'bar',
    encoding: {
      y: {
        field: 'region',
        type: 'nominal',
        title: null,
        sort: { field: 'exports', op: 'max', order: 'descending' },
        axis: { labelLimit: 220 },
      },
      yOffset: { field: 'scenario', sort: doc.scenarios.map((s) => s.name) },
      x: { field: 'exports', type: 'quantitative', title: `Exports, ${doc.units.money}` },
      color: { field: 'scenario', type: 'nominal', title: 'Scenario', sort: doc.scenarios.map((s) => s.name) },
    },
    config: CONFIG,
  } as TopLevelSpec;
}
