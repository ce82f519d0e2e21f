import { describe, expect, it } from 'vitest';
import { checkMonthInCalendar, checkYearRange, parseMonth, parseYear } from '../../src/commands/option-values.js';

const calendar = { start: '2024-01', end: '2030-12' };

describe('parseMonth', () => {
  it('accepts YYYY-MM', () => {
    expect(parseMonth('--month', '2025-11')).toBe('2025-11');
  });

  it('refuses month 13 and other shapes, naming the flag', () => {
    expect(() => parseMonth('--as-of', '2025-13')).toThrow(/^--as-of 2025-13: expected a month as YYYY-MM/);
    expect(() => parseMonth('--month', 'nov')).toThrow(/^--month nov:/);
    expect(() => parseMonth('--month', '2025-1')).toThrow(/^--month 2025-1:/);
  });
});

describe('parseYear', () => {
  it('refuses anything but four digits', () => {
    expect(parseYear('--from', '2026')).toBe(2026);
    expect(() => parseYear('--to', '26')).toThrow(/^--to 26: expected a year/);
  });
});

describe('checkMonthInCalendar', () => {
  it('refuses a month outside the calendar', () => {
    expect(() => checkMonthInCalendar('--month', '2031-01', calendar)).toThrow(/outside the model's calendar 2024-01 .. 2030-12/);
    expect(() => checkMonthInCalendar('--month', '2024-01', calendar)).not.toThrow();
  });
});

describe('checkYearRange', () => {
  it('fills the missing end from the calendar', () => {
    expect(checkYearRange({ from: 2026 }, calendar)).toEqual({ from: 2026, to: 2030 });
    expect(checkYearRange({ to: 2027 }, calendar)).toEqual({ from: 2024, to: 2027 });
  });

  it('returns undefined when neither flag is given', () => {
    expect(checkYearRange({}, calendar)).toBeUndefined();
  });

  it('refuses years off the calendar and a reversed range', () => {
    expect(() => checkYearRange({ from: 2023 }, calendar)).toThrow(/^--from 2023: outside the model's years 2024 .. 2030/);
    expect(() => checkYearRange({ from: 2028, to: 2026 }, calendar)).toThrow(/--from 2028 is after --to 2026/);
  });
});
