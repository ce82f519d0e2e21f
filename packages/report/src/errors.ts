/**
 * The report's thrown errors: misuse of `buildReport` (a workbook without the China model's variables, a period
 * outside the calendar, two scenarios with one name). Each has a stable `code` a caller can switch on.
 */
export type ReportErrorCode = 'REPORT_MISSING_VARIABLE' | 'REPORT_BAD_PERIOD' | 'REPORT_DUPLICATE_SCENARIO';

export class ReportError extends Error {
  readonly code: ReportErrorCode;

  constructor(code: ReportErrorCode, message: string) {
    super(message);
    this.name = 'ReportError';
    this.code = code;
  }
}
