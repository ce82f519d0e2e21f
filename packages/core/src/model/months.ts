/**
 * Month keys (`YYYY-MM`) as the files write them. Months are compared and stepped as whole numbers
 * (year * 12 + month - 1), so `2025-12` + 1 is `2026-01`.
 */
import type { CalendarDefinition, MonthKey } from './types.js';

/** `YYYY-MM` with a month from 01 to 12. */
export const MONTH_KEY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && MONTH_KEY_PATTERN.test(value);
}

/** The month as a number of months since year 0: `monthOrdinal('2025-01') - monthOrdinal('2024-12') === 1`. */
export function monthOrdinal(month: MonthKey): number {
  const match = MONTH_KEY_PATTERN.exec(month);
  if (!match) throw Object.assign(new Error(`not a month (YYYY-MM): "${month}"`), { code: 'INVALID_MONTH' });
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthFromOrdinal(ordinal: number): MonthKey {
  const year = Math.floor(ordinal / 12);
  const month = ordinal - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: MonthKey, count: number): MonthKey {
  return monthFromOrdinal(monthOrdinal(month) + count);
}

/** Negative when a is before b, 0 when equal. */
export function compareMonths(a: MonthKey, b: MonthKey): number {
  return monthOrdinal(a) - monthOrdinal(b);
}

/** Every month of the calendar, start to end inclusive. */
export function calendarMonths(calendar: CalendarDefinition): MonthKey[] {
  const first = monthOrdinal(calendar.start);
  const last = monthOrdinal(calendar.end);
  const months: MonthKey[] = [];
  for (let ordinal = first; ordinal <= last; ordinal++) months.push(monthFromOrdinal(ordinal));
  return months;
}
