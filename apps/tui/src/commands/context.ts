/**
 * What every model-reading command starts from: the built-in China model and the places scenarios come from (the
 * model's library, the `--dir` folder the app saves to, and files). One module, so the commands name
 * `@tradesheet/core`'s loaders in one place.
 */
import path from 'node:path';
import { listChinaScenarios, loadChinaModel, loadScenarioFile, type ModelDefinition } from '@tradesheet/core';
import type { CliIo } from './io.js';
import { DEFAULT_SCENARIO_DIR, type ScenarioSources } from './scenario-source.js';

export interface CommandContext {
  model: ModelDefinition;
  sources: ScenarioSources;
}

export function loadContext(io: CliIo, dir: string | undefined): CommandContext {
  const model = loadChinaModel();
  const library = listChinaScenarios().map((entry) => ({
    name: entry.name,
    description: entry.description,
    base: entry.base,
    file: entry.path,
  }));
  return {
    model,
    sources: {
      library,
      dir: path.resolve(io.cwd, dir ?? DEFAULT_SCENARIO_DIR),
      cwd: io.cwd,
      loadFile: (file) => loadScenarioFile(file),
    },
  };
}
