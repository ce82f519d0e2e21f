/**
 * The report as a tidy long table: one row per figure, columns scenario, variable, region, period, value. `region`
 * is empty for whole-economy figures; `period` is a year (`2026`) for annual figures and a month (`2026-03`) for
 * monthly ones; `value` is a plain number (no thousands separators, money in US$ bn), empty when the model cannot
 * compute it. Differences against baseline are left out: they follow from the rows.
 */
import { stringify } from 'csv-stringify/sync';
import type { ReportDocument, ScenarioReport } from './document.js';

export const CSV_COLUMNS = ['scenario', 'variable', 'region', 'period', 'value'] as const;

type Row = [scenario: string, variable: string, region: string, period: string, value: string];

function value(v: number | null): string {
  return v === null || !Number.isFinite(v) ? '' : String(Math.round(v * 1e4) / 1e4 + 0);
}

function scenarioRows(s: ScenarioReport): Row[] {
  const rows: Row[] = [];
  const add = (variable: string, region: string, period: string | number, v: number | null): void => {
    rows.push([s.name, variable, region, String(period), value(v)]);
  };
  for (const y of s.annual) {
    add('exports', '', y.year, y.exports);
    add('imports', '', y.year, y.imports);
    add('surplus', '', y.year, y.surplus);
    add('surplus_pct_gdp', '', y.year, y.surplusPctGdp);
    add('contribution_pp', '', y.year, y.contributionPp);
    add('export_growth', '', y.year, y.exportGrowth);
    add('import_growth', '', y.year, y.importGrowth);
    add('actual_months', '', y.year, y.actualMonths);
  }
  for (const r of s.regions) {
    for (const y of r.annual) {
      add('exports', r.id, y.year, y.exports);
      add('imports', r.id, y.year, y.imports);
      add('balance', r.id, y.year, y.balance);
      add('export_growth', r.id, y.year, y.exportGrowth);
      add('export_share', r.id, y.year, y.exportShare);
    }
  }
  for (const m of s.monthly) {
    add('exports', '', m.month, m.exports);
    add('imports', '', m.month, m.imports);
    add('surplus', '', m.month, m.surplus);
    add('surplus_ytd', '', m.month, m.surplusYtd);
  }
  return rows;
}

export function renderCsv(doc: ReportDocument): string {
  const rows = doc.scenarios.flatMap(scenarioRows);
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS] });
}
