/**
 * The built-in China trade model and its scenario library, as files shipped with the package. Paths resolve from
 * this module's own location, which is `src/trade` under tsx/vitest and `dist/trade` once built: both sit two levels
 * below the package root, beside `models/` and `scenarios/`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModelFile, loadScenarioFile } from '../model/load.js';
import type { ScenarioLookup } from '../model/scenario.js';
import type { ModelDefinition, ScenarioDefinition } from '../model/types.js';

export { CHINA_REGION_IDS, type ChinaRegionId } from './regions.js';

/** Absolute path of `models/china-trade.yaml`. */
export const chinaModelPath: string = fileURLToPath(new URL('../../models/china-trade.yaml', import.meta.url));

/** Absolute path of the `scenarios/` directory, one `<name>.yaml` per scenario. */
export const chinaScenarioDir: string = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export interface ChinaScenarioEntry {
  name: string;
  description: string | undefined;
  path: string;
  /** The scenario this one builds on, if any. */
  base: string | undefined;
}

/** Reads and validates the China model file. Throws ModelFileError (with file, line and column) if it is broken. */
export function loadChinaModel(): ModelDefinition {
  return loadModelFile(chinaModelPath);
}

/** Reads one shipped scenario by name, e.g. `trade-truce`. Throws ModelFileError if missing or invalid. */
export function loadChinaScenario(name: string): ScenarioDefinition {
  return loadScenarioFile(join(chinaScenarioDir, `${name}.yaml`));
}

/**
 * Finds a shipped scenario by name for `applyScenario` and `resolveScenarioChain`, which follow `base` through it:
 * `applyScenario(workbook, 'decoupling', chinaScenarioLookup)`. Undefined when no such file; throws ModelFileError
 * when the file is invalid.
 */
export const chinaScenarioLookup: ScenarioLookup = (name) => {
  const path = join(chinaScenarioDir, `${name}.yaml`);
  return /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name) && existsSync(path) ? loadScenarioFile(path) : undefined;
};

/**
 * The shipped scenarios, `baseline` first, then by name. Each file is loaded and validated, so a broken scenario
 * fails here (ModelFileError) rather than when a user picks it.
 */
export function listChinaScenarios(): ChinaScenarioEntry[] {
  const files = readdirSync(chinaScenarioDir).filter((file) => file.endsWith('.yaml'));
  const entries = files.map((file): ChinaScenarioEntry => {
    const path = join(chinaScenarioDir, file);
    const scenario = loadScenarioFile(path);
    return { name: scenario.name, description: scenario.description, path, base: scenario.base };
  });
  return entries.sort((a, b) =>
    a.name === 'baseline' ? -1 : b.name === 'baseline' ? 1 : a.name.localeCompare(b.name, 'en'),
  );
}
