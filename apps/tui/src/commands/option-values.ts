/**
 * Checks the plain values of flags (`--as-of 2025-12`, `--from 2026`, `--month 2025-11`). A malformed value is
 * invalid input (exit 1) and the message names the flag and what was expected.
 */
import { CliError, quoteArg } from './errors.js';

const MONTH = /^(\d{4})-(\d{2})$/;

/** Parses `YYYY-MM` with a month from 01 to 12, or throws `CLI_BAD_MONTH` naming the flag. */
export function parseMonth(flag: string, text: string): string {
  const match = MONTH.exec(text);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new CliError('CLI_BAD_MONTH', `${flag} ${quoteArg(text)}: expected a month as YYYY-MM, e.g. 2025-11`);
  }
  return text;
}

/** Parses a four-digit year, or throws `CLI_BAD_YEAR` naming the flag. */
export function parseYear(flag: string, text: string): number {
  if (!/^\d{4}$/.test(text)) {
    throw new CliError('CLI_BAD_YEAR', `${flag} ${quoteArg(text)}: expected a year such as 2026`);
  }
  return Number(text);
}

/** Checks that a month lies inside the model's calendar; months compare as strings because they are `YYYY-MM`. */
export function checkMonthInCalendar(flag: string, month: string, calendar: { start: string; end: string }): void {
  if (month < calendar.start || month > calendar.end) {
    throw new CliError(
      'CLI_MONTH_OUT_OF_RANGE',
      `${flag} ${month}: outside the model's calendar ${calendar.start} .. ${calendar.end}`,
    );
  }
}

/** Checks a `--from`/`--to` pair against the calendar's years and each other. */
export function checkYearRange(
  range: { from?: number; to?: number },
  calendar: { start: string; end: string },
): { from: number; to: number } | undefined {
  if (range.from === undefined && range.to === undefined) return undefined;
  const first = Number(calendar.start.slice(0, 4));
  const last = Number(calendar.end.slice(0, 4));
  const from = range.from ?? first;
  const to = range.to ?? last;
  for (const [flag, year] of [['--from', range.from], ['--to', range.to]] as const) {
    if (year !== undefined && (year < first || year > last)) {
      throw new CliError('CLI_YEAR_OUT_OF_RANGE', `${flag} ${year}: outside the model's years ${first} .. ${last}`);
    }
  }
  if (from > to) throw new CliError('CLI_BAD_YEAR_RANGE', `--from ${from} is after --to ${to}`);
  return { from, to };
}
