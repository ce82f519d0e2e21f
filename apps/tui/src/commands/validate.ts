/**
 * `tradesheet validate FILE…`: checks model and scenario files and prints every problem, each as
 * `file:line:column: path: what is wrong`, to stderr; files without problems get `file: ok` on stdout. A scenario
 * is also applied to the built-in model, so a formula the engine refuses is caught here, not in a later report.
 * Exit 1 when any file has a problem.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { FormulaError, formatProblem, loadModelFile, loadScenarioFile, ModelFileError, Workbook } from '@tradesheet/core';
import { loadContext } from './context.js';
import { CliError, isCodedError } from './errors.js';
import type { CliIo } from './io.js';
import { scenarioEdits } from './scenario-source.js';

export function createValidateCommand(io: CliIo): Command {
  return new Command('validate')
    .description('Check model and scenario files; print every problem with its file and line.')
    .argument('<file...>', 'model or scenario YAML files')
    .option('--dir <folder>', "scenario folder a scenario's base may name (default ./scenarios)")
    .action((files: string[], flags: { dir?: string }) => {
      const context = loadContext(io, flags.dir);
      let failed = 0;
      for (const file of files) {
        const shown = file;
        const problems = checkFile(path.resolve(io.cwd, file), shown, context);
        if (problems.length === 0) {
          io.stdout.write(`${shown}: ok\n`);
        } else {
          failed += 1;
          for (const problem of problems) io.stderr.write(`${problem}\n`);
        }
      }
      if (failed > 0) {
        throw new CliError('CLI_INVALID_FILES', `${failed} of ${files.length} file${files.length === 1 ? '' : 's'} with problems`);
      }
    });
}

/** A model file defines variables; anything else is read as a scenario. */
function isModelText(text: string): boolean {
  return /^(variables|dimensions|calendar)\s*:/m.test(text);
}

function checkFile(file: string, shown: string, context: ReturnType<typeof loadContext>): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [`${shown}: cannot read the file: ${(error as Error).message}`];
  }
  try {
    if (isModelText(text)) {
      Workbook.fromModel(loadModelFile(file));
    } else {
      const definition = loadScenarioFile(file);
      const workbook = Workbook.fromModel(context.model);
      workbook.apply(scenarioEdits({ name: definition.name, definition, origin: file, file }, context.sources));
    }
    return [];
  } catch (error) {
    if (error instanceof ModelFileError) {
      return error.problems.map((p) => formatProblem({ ...p, file: shown }));
    }
    if (error instanceof FormulaError) return [formulaProblem(error, text, shown)];
    if (isCodedError(error)) return [`${shown}: ${error.message} [${error.code}]`];
    throw error;
  }
}

/**
 * The engine knows the formula, not the line: find the line that holds the formula's text so the problem still
 * reads `file:line:column`. A formula split across lines in the YAML falls back to the file alone.
 */
function formulaProblem(error: FormulaError, text: string, shown: string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.includes(error.formula));
  if (index < 0) return `${shown}: ${error.message}`;
  const column = (lines[index] ?? '').indexOf(error.formula) + error.position + 1;
  return `${shown}:${index + 1}:${column}: ${error.message}`;
}
