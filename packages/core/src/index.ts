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
