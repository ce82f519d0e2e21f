/**
 * `buildReport`: workbooks (a baseline and any number of scenarios) in, the report document out. Pure: it reads
 * the workbooks and changes nothing.
 */
import type { ModelDefinition, ScenarioEdit } from '@tradesheet/core';
import type { ReportDocument, ScenarioReport } from '../document.js';
import { REPORT_UNITS } from '../document.js';
import { ReportError } from '../errors.js';
import { diffAssumptions, modelAssumptions } from './assumptions.js';
import { compareScenario } from './comparison.js';
import { findMilestones } from './milestones.js';
import type { ReportWorkbook } from './read-workbook.js';
import { checkWorkbook, readAnnual, readMonthly, readRegions, regionsOf } from './read-workbook.js';

export interface ReportScenarioInput {
  /** Shown in every table and chart, and the `scenario` column of the CSV. */
  name: string;
  description?: string;
  /** The workbook with the scenario's edits applied. */
  workbook: ReportWorkbook;
  /** The scenario's edits, for the reasons (`why`) shown beside its assumptions. */
  edits?: ScenarioEdit[];
}

export interface BuildReportInput {
  baseline: ReportWorkbook;
  /** `baseline` unless told. */
  baselineName?: string;
  scenarios?: ReportScenarioInput[];
  /** First and last year reported; the calendar's first and last years unless told. */
  from?: number;
  to?: number;
  /** The model as loaded (its defaults), against which assumptions are listed. */
  model: ModelDefinition;
  /** Year-to-date surplus milestones, US$ bn; `[1000]` (one trillion) unless told. */
  ytdThresholds?: number[];
}

const yearOf = (month: string): number => Number(month.slice(0, 4));

function period(input: BuildReportInput): { from: number; to: number; years: number[] } {
  const { start, end } = input.baseline.calendar;
  const from = input.from ?? yearOf(start);
  const to = input.to ?? yearOf(end);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < yearOf(start) || to > yearOf(end)) {
    throw new ReportError(
      'REPORT_BAD_PERIOD',
      `years ${from} to ${to} are not within the calendar (${yearOf(start)} to ${yearOf(end)})`,
    );
  }
  return { from, to, years: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
}

function contributionDefinition(model: ModelDefinition): string {
  const v = model.variables.find((x) => x.name === 'gdp_contribution_pp');
  if (!v) return 'not defined by this model';
  const words = v.description?.replace(/\.\s*$/, '') ?? 'as the model computes it';
  return v.formula ? `${words} (formula: ${v.formula})` : words;
}

export function buildReport(input: BuildReportInput): ReportDocument {
  const baselineName = input.baselineName ?? 'baseline';
  const scenarios = input.scenarios ?? [];
  const names = [baselineName, ...scenarios.map((s) => s.name)];
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) {
    throw new ReportError('REPORT_DUPLICATE_SCENARIO', `two scenarios are named "${duplicate}"; names must differ`);
  }
  checkWorkbook(input.baseline, 'the baseline workbook');
  scenarios.forEach((s) => checkWorkbook(s.workbook, `scenario "${s.name}"`));
  const { from, to, years } = period(input);
  const months = input.baseline.calendar.months.filter((m) => yearOf(m) >= from && yearOf(m) <= to);

  const report = (name: string, wb: ReportWorkbook, isBaseline: boolean, description?: string, edits?: ScenarioEdit[]): ScenarioReport => {
    const regionIds = regionsOf(wb).map((r) => r.id);
    const monthly = readMonthly(wb, months, regionIds);
    return {
      name,
      description: description ?? null,
      isBaseline,
      annual: readAnnual(wb, years, regionIds),
      milestones: findMilestones(monthly, input.ytdThresholds),
      regions: readRegions(wb, years),
      monthly,
      assumptions: diffAssumptions(input.model, wb.toModel(), name, edits ?? []),
    };
  };

  const baseline = report(baselineName, input.baseline, true);
  const others = scenarios.map((s) => report(s.name, s.workbook, false, s.description, s.edits));
  return {
    model: { name: input.model.name, title: input.model.title ?? null },
    asOf: input.baseline.calendar.asOf ?? null,
    units: { ...REPORT_UNITS },
    period: { from, to },
    regions: regionsOf(input.baseline),
    gdpContributionDefinition: contributionDefinition(input.model),
    modelAssumptions: modelAssumptions(input.model),
    scenarios: [baseline, ...others],
    comparison: others.map((s) => compareScenario(baseline, s)),
  };
}
