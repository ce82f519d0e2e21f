/**
 * Saving models and scenarios. The text is checked by loading it back before anything is written (a saved file
 * always loads to an equal definition), then written atomically. Overwriting a file keeps its comments, key
 * order and scalar styles where the content is unchanged (see `yaml-write.ts`).
 */
import { readFileSync } from 'node:fs';
import { parseDocument, type Document } from 'yaml';
import { writeFileAtomic, type WriteIo } from './atomic-write.js';
import type { DataPath } from './errors.js';
import { ModelFileError } from './errors.js';
import { parseModel, parseScenario } from './load.js';
import { modelToFile, scenarioToFile } from './to-file.js';
import type { ModelDefinition, ScenarioDefinition } from './types.js';
import { renderYaml, type WriteStyle } from './yaml-write.js';

export interface SaveOptions {
  /** File operations to use instead of node:fs (tests simulate a failing disk with it). */
  io?: WriteIo;
}

const modelStyle: WriteStyle = {
  ordered: (path) => isPath(path, ['variables']) || isPath(path, ['dimensions']) || isPath(path, ['dimensions', '*', 'members']),
  block: (path) => path.length <= 2 && path[0] !== 'calendar',
};

const scenarioStyle: WriteStyle = {
  ordered: () => false,
  block: (path) => path.length <= 2,
};

/** The YAML text of a model; with `previousText`, that file's comments and layout are kept where possible. */
export function modelToYaml(model: ModelDefinition, previousText?: string): string {
  return renderYaml(modelToFile(model), modelStyle, previousDocument(previousText));
}

export function scenarioToYaml(scenario: ScenarioDefinition, previousText?: string): string {
  return renderYaml(scenarioToFile(scenario), scenarioStyle, previousDocument(previousText));
}

/** Writes a model file. Throws ModelFileError: the model's own problems, or 'SAVE_FAILED'. */
export function saveModelFile(path: string, model: ModelDefinition, options: SaveOptions = {}): void {
  const text = modelToYaml(model, readIfExists(path));
  verify(() => parseModel(text, path));
  writeFileAtomic(path, text, options.io);
}

export function saveScenarioFile(path: string, scenario: ScenarioDefinition, options: SaveOptions = {}): void {
  const text = scenarioToYaml(scenario, readIfExists(path));
  verify(() => parseScenario(text, path));
  writeFileAtomic(path, text, options.io);
}

/** Refuse to write what would not load; the line numbers of the unwritten text would mislead, so drop them. */
function verify(load: () => unknown): void {
  try {
    load();
  } catch (error) {
    if (!(error instanceof ModelFileError)) throw error;
    const problems = error.problems.map(({ line: _line, column: _column, ...problem }) => problem);
    throw new ModelFileError(problems, { cause: error });
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The old file's Document, if it parses cleanly; a broken old file is simply replaced. */
function previousDocument(text: string | undefined): Document | undefined {
  if (text === undefined) return undefined;
  const doc = parseDocument(text);
  return doc.errors.length === 0 ? doc : undefined;
}

function isPath(path: DataPath, pattern: string[]): boolean {
  return path.length === pattern.length && pattern.every((segment, i) => segment === '*' || segment === path[i]);
}
