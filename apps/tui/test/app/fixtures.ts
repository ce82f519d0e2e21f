/** The built-in model and real scenario files for the app's tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ModelDefinition } from '@tradesheet/core';
// Core does not export its file loaders yet; read them from core's source until it does.
import { listChinaScenarios, loadChinaModel } from '../../../../packages/core/src/trade/index.js';
import { loadScenarioFile } from '../../../../packages/core/src/model/load.js';
import { saveScenarioFile } from '../../../../packages/core/src/model/save.js';
import { ScenarioStore } from '../../src/app/scenario-store.js';

let cached: ModelDefinition | undefined;

export function chinaModel(): ModelDefinition {
  cached ??= loadChinaModel();
  return structuredClone(cached);
}

export const scenarioFiles = { load: loadScenarioFile, save: saveScenarioFile };

/** A store over a fresh temporary scenario folder and the model's shipped library. */
export function tempStore(): ScenarioStore {
  const dir = mkdtempSync(path.join(tmpdir(), 'tradesheet-app-'));
  return new ScenarioStore(scenarioFiles, path.join(dir, 'scenarios'), listChinaScenarios(), 'China trade');
}
