/** @tradesheet/core: the public API, name by name. */

// The engine: errors, the calendar, the formula language, Workbook and the model's types (also on its own as
// `@tradesheet/core/engine`, without the file formats).
export * from './engine.js';

// Scenario definitions.
export type { ScenarioDefinition, ScenarioEdit } from './model/types.js';

// Model and scenario files: schema, loading, saving, scenarios and diffs.
export {
  applyScenario,
  checkModel,
  diffModels,
  editToFile,
  expandInputs,
  formatPath,
  formatProblem,
  IDENTIFIER_PATTERN,
  loadModelFile,
  loadScenarioFile,
  locateInText,
  MEMBER_KEY_PATTERN,
  memberKeys,
  ModelFileError,
  modelFileSchema,
  modelToFile,
  modelToYaml,
  monthKeySchema,
  NAME_PATTERN,
  parseModel,
  parseScenario,
  resolveScenarioChain,
  saveModelFile,
  saveScenarioFile,
  scenarioEdits,
  scenarioEditSchema,
  scenarioFileSchema,
  scenarioFromEdits,
  ScenarioError,
  scenarioToFile,
  scenarioToYaml,
  splitTarget,
  VARIABLE_NAME_PATTERN,
  writeFileAtomic,
  type CheckGaps,
  type DataPath,
  type DiffEntry,
  type InputGrid,
  type Location,
  type ModelFileProblem,
  type ModelFileProblemCode,
  type ModelIssue,
  type SaveOptions,
  type ScenarioLookup,
  type WriteIo,
} from './model/index.js';

// The built-in China trade model and its scenario library.
export {
  CHINA_REGION_IDS,
  chinaModelPath,
  chinaScenarioDir,
  chinaScenarioLookup,
  listChinaScenarios,
  loadChinaModel,
  loadChinaScenario,
  type ChinaRegionId,
  type ChinaScenarioEntry,
} from './trade/index.js';
