/**
 * Input values as a model file writes them (a number, an array from the calendar's start, an array from a month,
 * or one of those per member), resolved to one value per calendar month, so two models' inputs can be compared
 * month by month however each file happens to write them.
 */
import { blockToMembers, isSeriesBlock, type InputValues, type SeriesInput } from '@tradesheet/core';

export type Resolved = (number | null)[];

/** `2025-12` → 24301: months since year 0, so months subtract. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** Every month from start to end inclusive. */
export function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(start); i <= monthIndex(end); i++) months.push(monthKey(i));
  return months;
}

function isSeriesInput(values: InputValues): values is SeriesInput {
  return typeof values === 'number' || Array.isArray(values) || ('from' in values && 'values' in values && Array.isArray(values.values));
}

function resolveSeries(input: SeriesInput, months: string[], calendarStart: string): Resolved {
  if (typeof input === 'number') return months.map(() => input);
  const [from, values] = Array.isArray(input) ? [calendarStart, input] : [input.from, input.values];
  const offset = months.length > 0 ? monthIndex(from) - monthIndex(months[0]!) : 0;
  return months.map((_, i) => {
    const v = values[i - offset];
    return typeof v === 'number' ? v : null;
  });
}

/**
 * One resolved series per member key (`''` for a scalar variable), over `months`. `calendarStart`: the model's first
 * month, where an array of values starts (`months` may start later: the projected months only).
 */
export function resolveInputs(values: InputValues | undefined, memberKeys: string[], months: string[], calendarStart: string): Map<string, Resolved> {
  const keys = memberKeys.length > 0 ? memberKeys : [''];
  // A block (a model built in code) lists every member in order, as `memberKeys` does.
  if (isSeriesBlock(values)) values = blockToMembers(values, keys, calendarStart);
  const out = new Map<string, Resolved>();
  for (const key of keys) {
    let series: SeriesInput | undefined;
    if (values === undefined) series = undefined;
    else if (isSeriesInput(values)) series = values;
    else series = values[key];
    out.set(key, series === undefined ? months.map(() => null) : resolveSeries(series, months, calendarStart));
  }
  return out;
}

/** `14.8`; `0 to 5` (first and last month) for a series that changes; `none` when there is no input. */
export function summarise(values: Resolved): string {
  const show = (v: number | null | undefined): string =>
    v === null || v === undefined ? 'none' : String(Math.round(v * 1e4) / 1e4 + 0);
  const distinct = new Set(values.map(show));
  if (distinct.size <= 1) return show(values[0]);
  return `${show(values[0])} to ${show(values[values.length - 1])}`;
}
