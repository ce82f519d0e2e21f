/**
 * The command's own errors. Every failure the user can cause carries a stable `code` and a message that names the
 * flag, file, line or formula at fault; `run-command.ts` turns them into exit status 1 (invalid input) or 2 (usage).
 */

/** Exit statuses of the `tradesheet` command. */
export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  readonly code: string;
  readonly exitCode: number;

  constructor(code: string, message: string, exitCode: number = EXIT_INVALID_INPUT) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** An error another package threw on purpose: it has a string `code` (TradesheetError, FormulaError, CliError). */
export function isCodedError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/** Quotes a user's argument the way they would type it in a shell, so the message points at it unambiguously. */
export function quoteArg(text: string): string {
  return /^[\w.,:/=-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
