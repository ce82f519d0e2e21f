/**
 * `r`: the projection report of the scenario on screen against the baseline, in the format the file's extension
 * names, written atomically (a temporary file renamed into place).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelDefinition } from '@tradesheet/core';
import { buildReport, renderReport, type ReportFormat } from '@tradesheet/report';
import type { Session } from './session.js';
import { AppError } from './app-error.js';

const EXTENSIONS: Record<string, ReportFormat> = { txt: 'text', md: 'md', html: 'html', json: 'json', csv: 'csv' };

export const REPORT_EXTENSIONS = Object.keys(EXTENSIONS);

export function reportFormatOf(file: string): ReportFormat | undefined {
  return EXTENSIONS[path.extname(file).slice(1).toLowerCase()];
}

export function defaultReportPath(cwd: string, scenario: string): string {
  return path.relative(cwd, path.join(cwd, 'reports', `${scenario}.md`)) || `${scenario}.md`;
}

/** Writes the report and returns its absolute path. */
export async function writeReport(session: Session, model: ModelDefinition, file: string, cwd: string): Promise<string> {
  const format = reportFormatOf(file);
  if (!format) {
    throw new AppError('APP_REPORT_FORMAT', `${file}: name the format by the extension: ${REPORT_EXTENSIONS.map((e) => `.${e}`).join(' ')}`);
  }
  // Edits made on the baseline itself are reported as `custom`, the name `tradesheet run --set` gives them.
  const scenario = session.toScenario(session.scenario.name === 'baseline' ? 'custom' : session.scenario.name);
  const edited = scenario.edits.length > 0;
  const doc = buildReport({
    baseline: session.baseline,
    model,
    scenarios: edited
      ? [{ name: scenario.name, ...(scenario.description ? { description: scenario.description } : {}), workbook: session.wb, edits: scenario.edits }]
      : [],
  });
  const text = await renderReport(doc, format);
  const target = path.resolve(cwd, file);
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, target);
  return target;
}

