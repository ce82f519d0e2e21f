/** Model and scenario files: schema, loading, saving, scenarios and diffs. Re-exported from the package root. */
export { writeFileAtomic, type WriteIo } from './atomic-write.js';
export { checkModel, type CheckGaps, type ModelIssue } from './check.js';
export { diffModels, type DiffEntry } from './diff.js';
export {
  formatPath,
  formatProblem,
  ModelFileError,
  ScenarioError,
  type DataPath,
  type ModelFileProblem,
  type ModelFileProblemCode,
} from './errors.js';
export { locateInText, type Location } from './locate.js';
export { loadModelFile, loadScenarioFile, parseModel, parseScenario } from './load.js';
export { modelToYaml, saveModelFile, saveScenarioFile, scenarioToYaml, type SaveOptions } from './save.js';
export {
  applyScenario,
  resolveScenarioChain,
  scenarioEdits,
  scenarioFromEdits,
  type ScenarioLookup,
} from './scenario.js';
export { scenarioEditSchema, scenarioFileSchema, splitTarget } from './scenario-schema.js';
export {
  IDENTIFIER_PATTERN,
  MEMBER_KEY_PATTERN,
  modelFileSchema,
  monthKeySchema,
  NAME_PATTERN,
  VARIABLE_NAME_PATTERN,
} from './schema.js';
export { expandInputs, memberKeys, type InputGrid } from './series.js';
export { editToFile, modelToFile, scenarioToFile } from './to-file.js';
