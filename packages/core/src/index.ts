/** @tradesheet/core: the public API, name by name. */

// Errors: values in cells, and thrown errors with stable codes.
export { CellError, FormulaError, TradesheetError, isCellError, type ErrorCode } from './errors.js';

// The calendar of months.
export { Calendar, isMonthKey, monthKey, monthOrdinal } from './calendar.js';

// The formula language.
export { parseFormula, MAX_FORMULA_LENGTH, MAX_NESTING } from './formula/parse-formula.js';
export { FUNCTIONS, type FunctionSpec } from './formula/functions.js';
export { mentionedNames, type FormulaAst } from './formula/ast.js';

// The engine.
export { Workbook, type ChangeSet, type VariableInfo, type WorkbookCalendar } from './engine/workbook.js';

// Model and scenario definitions.
export type {
  CalendarDefinition,
  DimensionDefinition,
  Edit,
  InputValues,
  MemberDefinition,
  ModelDefinition,
  MonthKey,
  Provenance,
  ScenarioDefinition,
  ScenarioEdit,
  SeriesInput,
  VariableDefinition,
} from './model/types.js';

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
