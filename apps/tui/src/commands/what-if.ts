/**
 * Builds the workbooks a `report` or `run` compares: the baseline (the model, with `--as-of` if given), one per
 * `--scenario`, and one ad-hoc scenario made of the `--set` edits. Every edit goes through the engine, so a bad
 * formula is refused here with the flag or file that holds it, before any report is drawn.
 */
import { FormulaError, Workbook, type Edit, type ModelDefinition, type ScenarioEdit } from '@tradesheet/core';
import { firstNameError } from './cell-check.js';
import { CliError, isCodedError, quoteArg } from './errors.js';
import { suggest } from './suggest.js';
import { parseMonth } from './option-values.js';
import { parseSet, type ParsedSet } from './parse-set.js';
import { displayPath, resolveScenario, scenarioEdits, type ScenarioSources } from './scenario-source.js';

export interface WhatIfOptions {
  scenario?: string[];
  set?: string[];
  asOf?: string;
}

export interface ScenarioWorkbook {
  name: string;
  description: string | null;
  workbook: Workbook;
  /** Every edit made, bases' first, with the reasons saved in the files. */
  edits: ScenarioEdit[];
}

export interface WhatIf {
  baseline: Workbook;
  scenarios: ScenarioWorkbook[];
}

/** The name of the scenario `--set` makes, as reports show it. */
export const AD_HOC_NAME = 'custom';

export function buildWhatIf(model: ModelDefinition, sources: ScenarioSources, options: WhatIfOptions): WhatIf {
  const asOf = options.asOf === undefined ? [] : [asOfEdit(parseMonth('--as-of', options.asOf))];
  const fresh = (): Workbook => {
    const workbook = Workbook.fromModel(model);
    if (asOf.length > 0) applyOrExplain(workbook, asOf, (reason) => `--as-of ${options.asOf}: ${reason}`);
    return workbook;
  };
  const baseline = fresh();
  const scenarios: ScenarioWorkbook[] = [];
  // Reports tell scenarios apart by name: `--scenario baseline`, or one scenario given twice, gets a number.
  const used = new Set(['baseline']);
  const unique = (name: string): string => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`;
    used.add(candidate);
    return candidate;
  };
  for (const ref of options.scenario ?? []) {
    const scenario = resolveScenario(ref, sources);
    const workbook = fresh();
    const file = scenario.origin === 'library' ? undefined : scenario.file;
    const where = file === undefined ? 'the model library' : displayPath(sources.cwd, file);
    const edits = scenarioEdits(scenario, sources);
    applyOrExplain(workbook, edits, (reason) => `scenario ${scenario.name} (${where}): ${reason}`);
    scenarios.push({ name: unique(scenario.name), description: scenario.definition.description ?? null, workbook, edits });
  }
  const sets = (options.set ?? []).map(parseSet);
  if (sets.length > 0) {
    const workbook = fresh();
    for (const set of sets) applySet(workbook, set);
    const edits = sets.map((set): ScenarioEdit => ({ ...set.edit, why: `--set ${quoteArg(set.arg)}` }));
    const description = `--set ${sets.map((s) => quoteArg(s.arg)).join(' --set ')}`;
    scenarios.push({ name: unique(AD_HOC_NAME), description, workbook, edits });
  }
  return { baseline, scenarios };
}

function asOfEdit(month: string): Edit {
  return { kind: 'setAsOf', month };
}

function applyOrExplain(workbook: Workbook, edits: ScenarioEdit[], explain: (reason: string) => string): void {
  try {
    // The engine takes edits; `why` is for the report and the files.
    workbook.apply(edits.map(({ why: _why, ...edit }) => edit as Edit));
  } catch (error) {
    if (error instanceof FormulaError) throw new CliError(error.code, explain(`${error.message}\n${indent(error.pointer())}`));
    if (isCodedError(error)) throw new CliError(error.code, explain(error.message));
    throw error;
  }
}

/** One `--set`, checked against the model's names first so a typo gets a suggestion rather than an engine code. */
export function applySet(workbook: Workbook, set: ParsedSet): void {
  const { edit, arg } = set;
  const flag = `--set ${quoteArg(arg)}`;
  const info = workbook.variable(edit.variable);
  if (!info) {
    const hint = suggest(edit.variable, workbook.variableNames());
    throw new CliError('CLI_UNKNOWN_VARIABLE', `${flag}: no variable "${edit.variable}"${hint}`);
  }
  const scalar = info.dims.length === 0;
  if (edit.member !== undefined && (scalar || !info.memberKeys.includes(edit.member))) {
    const detail = scalar ? `${edit.variable} has no members` : `members: ${info.memberKeys.join(', ')}`;
    throw new CliError('CLI_UNKNOWN_MEMBER', `${flag}: no member "${edit.member}" of ${edit.variable} (${detail})`);
  }
  try {
    workbook.apply(edit);
  } catch (error) {
    throw setError(flag, error);
  }
  const unknown = edit.kind === 'setFormula' ? firstNameError(workbook, edit.variable, edit.member) : undefined;
  if (unknown) throw new CliError('CLI_UNKNOWN_NAME', `${flag}: #NAME? ${unknown.message}`);
}

/** The engine's refusal of a `--set`, with the flag in front and, for a formula, a caret under the spot. */
function setError(flag: string, error: unknown): unknown {
  if (error instanceof FormulaError) {
    const where = `formula error at position ${error.position + 1}`;
    return new CliError(error.code, `${flag}: ${where}: ${error.reason}\n${indent(error.pointer())}`);
  }
  if (isCodedError(error)) return new CliError(error.code, `${flag}: ${error.message}`);
  return error;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
