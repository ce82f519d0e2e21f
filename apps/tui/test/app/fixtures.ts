/** The built-in model and real scenario files for the app's tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listChinaScenarios, loadChinaModel, loadScenarioFile, saveScenarioFile, type ModelDefinition } from '@tradesheet/core';
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
