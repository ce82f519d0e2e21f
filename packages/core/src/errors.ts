/**
 * Two channels of errors, as in HyperFormula: a formula that cannot compute yields a `CellError` value that flows to
 * the cells depending on it; misuse of the API or input that must be refused throws a `TradesheetError` with a
 * stable `code`.
 */

export type ErrorCode = '#DIV/0!' | '#NUM!' | '#NAME?' | '#VALUE!' | '#REF!' | '#CYCLE!';

/** A spreadsheet error value held by a cell, with a message saying what went wrong there. */
export class CellError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}

  toString(): string {
    return this.code;
  }
}

export function isCellError(value: unknown): value is CellError {
  return value instanceof CellError;
}

/** Thrown for input the workbook refuses; `code` is stable, `message` is for people. */
export class TradesheetError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TradesheetError';
  }
}

/** A formula refused when entered: bad syntax, a construct outside the language, or over a size limit. */
export class FormulaError extends TradesheetError {
  constructor(
    code: string,
    /** What is wrong, without the position (the message adds it). */
    readonly reason: string,
    readonly formula: string,
    /** 0-based character index into `formula`. */
    readonly position: number,
    readonly variable?: string,
  ) {
    super(code, `${variable ? `${variable}: ` : ''}${reason} at position ${position + 1} of formula "${formula}"`);
    this.name = 'FormulaError';
  }

  /** The formula with a caret under the offending character, for terminals. */
  pointer(): string {
    return `${this.formula}\n${' '.repeat(Math.max(0, this.position))}^`;
  }
}
