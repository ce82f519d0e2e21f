import { TradesheetError } from './errors.js';
import type { MonthKey } from './model/types.js';

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months since year 0 for a `YYYY-MM` key; throws BAD_MONTH for anything else. */
export function monthOrdinal(key: MonthKey): number {
  const match = MONTH_KEY.exec(key);
  if (!match) throw new TradesheetError('BAD_MONTH', `"${key}" is not a month: expected YYYY-MM, e.g. 2025-11`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthKey(ordinal: number): MonthKey {
  const year = Math.floor(ordinal / 12);
  const month = (ordinal % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && MONTH_KEY.test(value);
}

/** The monthly time axis of a workbook: month index 0 is `start`. */
export class Calendar {
  readonly length: number;
  readonly months: readonly MonthKey[];
  private readonly startOrdinal: number;

  constructor(
    readonly start: MonthKey,
    readonly end: MonthKey,
  ) {
    this.startOrdinal = monthOrdinal(start);
    this.length = monthOrdinal(end) - this.startOrdinal + 1;
    if (this.length < 1) throw new TradesheetError('BAD_CALENDAR', `calendar end ${end} is before its start ${start}`);
    this.months = Array.from({ length: this.length }, (_, i) => monthKey(this.startOrdinal + i));
  }

  /** Index of a month on this axis; throws MONTH_OUT_OF_RANGE if it is off the calendar. */
  index(key: MonthKey): number {
    const index = monthOrdinal(key) - this.startOrdinal;
    if (index < 0 || index >= this.length) {
      throw new TradesheetError('MONTH_OUT_OF_RANGE', `${key} is outside the calendar ${this.start} to ${this.end}`);
    }
    return index;
  }

  /** Calendar year of month index `t`. */
  year(t: number): number {
    return Math.floor((this.startOrdinal + t) / 12);
  }

  /** Month of the year (1-12) of month index `t`. */
  monthOfYear(t: number): number {
    return ((this.startOrdinal + t) % 12) + 1;
  }
}
