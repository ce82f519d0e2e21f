/**
 * @tradesheet/core/engine: the formula engine alone, for programs that build models in code. It leaves out the
 * model and scenario files (YAML, the schema) and the China model, and with them about 24 MB of memory that
 * loading the YAML and schema libraries costs (measured as RSS after import).
 */

export { CellError, FormulaError, TradesheetError, isCellError, type ErrorCode } from './errors.js';
export { Calendar, isMonthKey, monthKey, monthOrdinal } from './calendar.js';
export { parseFormula, MAX_FORMULA_LENGTH, MAX_NESTING } from './formula/parse-formula.js';
export { FUNCTIONS, type FunctionSpec } from './formula/functions.js';
export { mentionedNames, type FormulaAst } from './formula/ast.js';
export { Workbook, type ChangeSet, type VariableInfo, type WorkbookCalendar } from './engine/workbook.js';
export type {
  CalendarDefinition,
  DimensionDefinition,
  Edit,
  InputValues,
  MemberDefinition,
  ModelDefinition,
  MonthKey,
  Provenance,
  SeriesBlock,
  SeriesInput,
  VariableDefinition,
} from './model/types.js';
export { blockToMembers, isSeriesBlock } from './engine/series-block.js';
