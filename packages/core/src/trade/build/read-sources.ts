/**
 * Reads the five source CSVs of `data/china/` into typed records. Every row keeps its `source` and `confidence`
 * text, because the model carries them through to each input it derives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { TradeDataError } from './trade-data-error.js';

export interface RegionRow {
  id: string;
  name: string;
  exports: number;
  imports: number;
  confidence: string;
  source: string;
}

export interface MonthlyTotalRow {
  /** `YYYY-MM`, or `YYYY-01/02` for January and February reported together. */
  month: string;
  exports: number;
  exportsYoy: number;
  imports: number;
  importsYoy: number;
  surplus: number;
  confidence: string;
  note: string;
}

export interface GrowthRow {
  id: string;
  exportsYoy: number | undefined;
  importsYoy: number | undefined;
  period: string;
  confidence: string;
  source: string;
}

export interface MacroRow {
  indicator: string;
  value: number;
  unit: string;
  period: string;
  confidence: string;
  source: string;
}

export interface ChinaSources {
  regions: RegionRow[];
  monthlyTotals: MonthlyTotalRow[];
  growthNov2025: GrowthRow[];
  growth2025: GrowthRow[];
  macro: MacroRow[];
}

type Row = Record<string, string>;

function readCsv(dir: string, file: string): { file: string; rows: Row[] } {
  const text = readFileSync(join(dir, file), 'utf8');
  return { file, rows: parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Row[] };
}

/** A required number; a blank or non-numeric cell is an error naming the file, row and column. */
function num(file: string, index: number, row: Row, column: string): number {
  const value = optionalNum(file, index, row, column);
  if (value === undefined) {
    throw new TradeDataError('TRADE_DATA_MISSING', `${file} row ${index + 2}: column "${column}" is empty`);
  }
  return value;
}

function optionalNum(file: string, index: number, row: Row, column: string): number | undefined {
  const text = row[column];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    throw new TradeDataError('TRADE_DATA_NOT_A_NUMBER', `${file} row ${index + 2}: column "${column}" is "${text}"`);
  }
  return value;
}

const str = (row: Row, column: string): string => row[column] ?? '';

/** Reads `regions-2024.csv`, `monthly-totals.csv`, `growth-nov-2025.csv`, `growth-2025-annual.csv`, `macro.csv`. */
export function readChinaSources(dir: string): ChinaSources {
  const regions = readCsv(dir, 'regions-2024.csv');
  const totals = readCsv(dir, 'monthly-totals.csv');
  const nov = readCsv(dir, 'growth-nov-2025.csv');
  const annual = readCsv(dir, 'growth-2025-annual.csv');
  const macro = readCsv(dir, 'macro.csv');
  const growth = (csv: { file: string; rows: Row[] }): GrowthRow[] =>
    csv.rows.map((row, i) => ({
      id: str(row, 'region_id'),
      exportsYoy: optionalNum(csv.file, i, row, 'exports_yoy_pct'),
      importsYoy: optionalNum(csv.file, i, row, 'imports_yoy_pct'),
      period: str(row, 'period'),
      confidence: str(row, 'confidence'),
      source: str(row, 'source'),
    }));
  return {
    regions: regions.rows.map((row, i) => ({
      id: str(row, 'region_id'),
      name: str(row, 'region'),
      exports: num(regions.file, i, row, 'exports_2024_usd_bn'),
      imports: num(regions.file, i, row, 'imports_2024_usd_bn'),
      confidence: str(row, 'confidence'),
      source: str(row, 'source'),
    })),
    monthlyTotals: totals.rows.map((row, i) => ({
      month: str(row, 'month'),
      exports: num(totals.file, i, row, 'exports_usd_bn'),
      exportsYoy: num(totals.file, i, row, 'exports_yoy_pct'),
      imports: num(totals.file, i, row, 'imports_usd_bn'),
      importsYoy: num(totals.file, i, row, 'imports_yoy_pct'),
      surplus: num(totals.file, i, row, 'surplus_usd_bn'),
      confidence: str(row, 'confidence'),
      note: str(row, 'note'),
    })),
    growthNov2025: growth(nov),
    growth2025: growth(annual),
    macro: macro.rows.map((row, i) => ({
      indicator: str(row, 'indicator'),
      value: num(macro.file, i, row, 'value'),
      unit: str(row, 'unit'),
      period: str(row, 'period'),
      confidence: str(row, 'confidence'),
      source: str(row, 'source'),
    })),
  };
}
