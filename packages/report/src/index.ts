/**
 * @tradesheet/report: a projection report from workbooks. `buildReport` makes the data document; one renderer per
 * format lays it out (`renderReport` picks one by name).
 */
export { buildReport } from './build/build-report.js';
export type { BuildReportInput, ReportScenarioInput } from './build/build-report.js';
export type { ReportWorkbook } from './build/read-workbook.js';
export { REQUIRED_VARIABLES } from './build/read-workbook.js';

export { HEADLINE_FIGURES, REPORT_UNITS } from './document.js';
export type {
  AnnualHeadline,
  Assumption,
  ComparisonYear,
  FigureComparison,
  HeadlineFigure,
  Milestone,
  Month,
  MonthlyPoint,
  RegionDriver,
  RegionReport,
  RegionYear,
  ReportDocument,
  ReportUnits,
  ScenarioComparison,
  ScenarioReport,
} from './document.js';

export { describeActuals, FIGURE_STYLES, focusYear } from './figures.js';
export type { FigureStyle } from './figures.js';

export { ReportError } from './errors.js';
export type { ReportErrorCode } from './errors.js';

export { formatMoney, formatMonth, formatNumber, formatPercent, formatPp, NOT_AVAILABLE } from './format.js';
export type { NumberFormatOptions } from './format.js';

export { isReportFormat, renderReport, REPORT_FORMATS } from './render-report.js';
export type { RenderOptions, ReportFormat } from './render-report.js';
export { renderText } from './render-text.js';
export type { TextOptions } from './render-text.js';
export { renderMarkdown } from './render-markdown.js';
export { renderHtml } from './render-html.js';
export type { HtmlOptions } from './render-html.js';
export { JSON_SCHEMA_VERSION, renderJson, toJsonReport } from './render-json.js';
export type { JsonReport } from './render-json.js';
export { CSV_COLUMNS, renderCsv } from './render-csv.js';
