/**
 * The checks of `tradesheet validate`: a file is read as a model (it has `variables`, `dimensions` or `calendar`)
 * or as a scenario. Loading reports every problem of the file's shape with its line; a model is then built into a
 * workbook, and a scenario applied to the built-in model edit by edit, so a formula or name the engine refuses is
 * caught here, at its edit's line, not in a later report.
 */
import { readFileSync } from 'node:fs';
import { FormulaError, formatProblem, loadModelFile, loadScenarioFile, ModelFileError, Workbook, type Edit } from '@tradesheet/core';
import { firstNameError } from './cell-check.js';
import type { CommandContext } from './context.js';
import { isCodedError } from './errors.js';
import { scenarioEdits } from './scenario-source.js';
import { editLines, formulaLocation } from './yaml-lines.js';

/** A model file defines variables; anything else is read as a scenario. */
function isModelText(text: string): boolean {
  return /^(variables|dimensions|calendar)\s*:/m.test(text);
}

/** Every problem of one file, as `file:line:column: ...` lines; none when it is fine. */
export function checkFile(file: string, shown: string, context: CommandContext): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [`${shown}: cannot read the file: ${(error as Error).message}`];
  }
  try {
    return isModelText(text) ? checkModel(file, text, shown) : checkScenario(file, text, shown, context);
  } catch (error) {
    if (error instanceof ModelFileError) return error.problems.map((p) => formatProblem({ ...p, file: shown }));
    throw error;
  }
}

function checkModel(file: string, text: string, shown: string): string[] {
  try {
    const workbook = Workbook.fromModel(loadModelFile(file));
    return workbook.variableNames().flatMap((name) => {
      const unknown = workbook.variable(name)?.hasFormula ? firstNameError(workbook, name, undefined) : undefined;
      if (!unknown) return [];
      const formula = workbook.variable(name)?.definition.formula ?? '';
      // #NAME? flows to every dependent: report it only where the formula itself has the unknown name.
      const missing = /"([^"]+)"/.exec(unknown.message)?.[1];
      if (missing !== undefined && !formula.split(/[^\w.]+/).some((word) => word === missing || word.startsWith(`${missing}.`))) return [];
      const at = formulaLocation(text, formula, 0, 1);
      return [`${shown}:${at.line}:${at.column}: variables.${name}: #NAME? ${unknown.message}`];
    });
  } catch (error) {
    if (error instanceof FormulaError) return [engineProblem(error, text, shown, 1)];
    if (isCodedError(error) && !(error instanceof ModelFileError)) return [`${shown}: ${error.message} [${error.code}]`];
    throw error;
  }
}

function checkScenario(file: string, text: string, shown: string, context: CommandContext): string[] {
  const definition = loadScenarioFile(file);
  const workbook = Workbook.fromModel(context.model);
  const problems: string[] = [];
  if (definition.base !== undefined) {
    const ownless = { name: definition.name, definition: { ...definition, edits: [] }, origin: file, file };
    try {
      workbook.apply(scenarioEdits(ownless, context.sources));
    } catch (error) {
      if (!isCodedError(error)) throw error;
      problems.push(`${shown}: base ${definition.base}: ${error.message}`);
    }
  }
  const lines = editLines(text);
  const fileLines = text.split(/\r?\n/);
  // The column of the edit's first key, just after its `- `.
  const at = (i: number) => {
    const line = lines[i] ?? 1;
    return `${line}:${(fileLines[line - 1] ?? '').search(/\S/) + 3}`;
  };
  definition.edits.forEach((edit, i) => {
    try {
      // One at a time: a refused edit leaves the workbook as it was, so the next edit is still checked.
      const { why: _why, ...plain } = edit;
      workbook.apply(plain as Edit);
      const unknown = edit.kind === 'setFormula' ? firstNameError(workbook, edit.variable, edit.member) : undefined;
      if (unknown) problems.push(`${shown}:${at(i)}: edits[${i}]: #NAME? ${unknown.message}`);
    } catch (error) {
      if (!isCodedError(error)) throw error;
      const line = lines[i] ?? 1;
      const problem =
        error instanceof FormulaError ? engineProblem(error, text, shown, line) : `${shown}:${at(i)}: edits[${i}]: ${error.message}`;
      problems.push(problem);
    }
  });
  return problems;
}

/** A formula error at the formula's own line and column when the formula's text is found in the file. */
function engineProblem(error: FormulaError, text: string, shown: string, fallbackLine: number): string {
  const at = formulaLocation(text, error.formula, error.position, fallbackLine);
  return `${shown}:${at.line}:${at.column}: ${error.message}`;
}
