import type { Calendar } from '../calendar.js';
import { TradesheetError } from '../errors.js';
import { isSeriesBlock } from './series-block.js';
import type { InputValues, SeriesBlock, SeriesInput } from '../model/types.js';
import type { Space } from './space.js';

/**
 * Input values live in one Float64Array per variable, month-major (`t * memberCount + member`), with NaN for "no
 * input". The array covers the months from the calendar's start to the last month with an input, not the whole
 * calendar: inputs are mostly history (actuals) and the rest is projected, so a model of 2.4 million cells keeps
 * 4 MB of inputs instead of 19 MB. Read it with `inputAt` or `inputMonths`, never past its end. These functions
 * convert between that and the files' compact forms.
 */

export function emptyInputs(memberCount: number, months: number): Float64Array {
  return new Float64Array(memberCount * months).fill(NaN);
}

/** How many months, from the calendar's start, the inputs array covers. */
export function inputMonths(inputs: Float64Array | null, memberCount: number): number {
  return inputs === null || memberCount === 0 ? 0 : inputs.length / memberCount;
}

/** The input at a cell index, NaN for none (including months past the array's end). */
export function inputAt(inputs: Float64Array | null, index: number): number {
  return inputs !== null && index < inputs.length ? inputs[index]! : NaN;
}

/** A copy of `inputs` covering at least `months` months (NaN where it had none). */
export function widenInputs(inputs: Float64Array | null, memberCount: number, months: number): Float64Array {
  if (inputs !== null && inputMonths(inputs, memberCount) >= months) return inputs.slice();
  const copy = new Float64Array(memberCount * months);
  const kept = inputs?.length ?? 0;
  if (inputs) copy.set(inputs);
  copy.fill(NaN, kept);
  return copy;
}

/** Months from the calendar's start that a series reaches (at most the calendar's length). */
export function seriesMonths(series: SeriesInput | null, calendar: Calendar): number {
  if (series === null) return 0;
  if (typeof series === 'number') return calendar.length;
  if (Array.isArray(series)) return Math.min(series.length, calendar.length);
  if (typeof series !== 'object' || !Array.isArray(series.values)) return calendar.length;
  return Math.max(0, Math.min(monthOffset(calendar, series.from) + series.values.length, calendar.length));
}

/** Months from the calendar's start that a variable's input values reach. */
export function inputValuesMonths(values: InputValues, space: Space, calendar: Calendar): number {
  if (isSeriesBlock(values)) {
    const first = values.from === undefined ? 0 : monthOffset(calendar, values.from);
    return Math.max(0, Math.min(first + values.months, calendar.length));
  }
  if (!isPerMember(values, space)) return seriesMonths(values as SeriesInput, calendar);
  let months = 0;
  for (const key in values) months = Math.max(months, seriesMonths(values[key]!, calendar));
  return months;
}

/**
 * Writes one member's series; months outside the calendar are left out (a shorter horizon simply drops them).
 * `where` (and `key`, for one member of several) name the series in errors. A model of 2.4 million cells has
 * 40,000 series, so this allocates nothing per value or per series unless it throws.
 */
export function writeSeries(inputs: Float64Array, space: Space, calendar: Calendar, member: number, series: SeriesInput, where: string, key?: string): void {
  if (typeof series === 'number') {
    for (let t = 0; t < calendar.length; t++) putInput(inputs, space.size, calendar, member, t, series, where, key);
    return;
  }
  const values = Array.isArray(series) ? series : series.values;
  const first = Array.isArray(series) ? 0 : monthOffset(calendar, series.from);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined && !(i in values)) continue; // a hole in a sparse array, as forEach would skip it
    putInput(inputs, space.size, calendar, member, first + i, value, where, key);
  }
}

function putInput(inputs: Float64Array, memberCount: number, calendar: Calendar, member: number, t: number, value: unknown, where: string, key: string | undefined): void {
  if (value === null) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TradesheetError('BAD_VALUE', `${key === undefined ? where : `${where}.${key}`}: ${String(value)} is not a finite number`);
  }
  if (t >= 0 && t < calendar.length) {
    if ((t + 1) * memberCount > inputs.length) throw new Error(`inputs of ${where} sized too short for month ${t}`);
    inputs[t * memberCount + member] = value;
  }
}

/** Writes a variable's input values (one series for all members, or one per member key). */
export function writeInputValues(inputs: Float64Array, space: Space, calendar: Calendar, values: InputValues, where: string): void {
  if (isSeriesBlock(values)) {
    writeBlock(inputs, space, calendar, values, where);
  } else if (isPerMember(values, space)) {
    for (const key in values) {
      const member = space.indexOfKey(key);
      if (member < 0) throw new TradesheetError('UNKNOWN_MEMBER', `${where}: no member "${key}"`);
      writeSeries(inputs, space, calendar, member, values[key]!, where, key);
    }
  } else {
    for (let member = 0; member < space.size; member++) writeSeries(inputs, space, calendar, member, values as SeriesInput, where);
  }
}

/** A member's inputs in the most compact form, or undefined when it has none. */
export function readSeries(inputs: Float64Array, memberCount: number, calendar: Calendar, member: number): SeriesInput | undefined {
  let first = -1;
  let last = -1;
  const months = inputMonths(inputs, memberCount);
  for (let t = 0; t < months; t++) {
    if (!Number.isNaN(inputs[t * memberCount + member]!)) {
      if (first < 0) first = t;
      last = t;
    }
  }
  if (first < 0) return undefined;
  const values: (number | null)[] = [];
  for (let t = first; t <= last; t++) {
    const value = inputs[t * memberCount + member]!;
    values.push(Number.isNaN(value) ? null : value);
  }
  if (first === 0 && last === calendar.length - 1 && values.every((value) => value === values[0])) return values[0]!;
  return { from: calendar.months[first]!, values };
}

/** A variable's inputs in the most compact form: one series when every member has the same one. */
export function readInputValues(inputs: Float64Array | null, space: Space, calendar: Calendar): InputValues | undefined {
  if (!inputs) return undefined;
  const perMember: Record<string, SeriesInput> = {};
  let count = 0;
  for (let member = 0; member < space.size; member++) {
    const series = readSeries(inputs, space.size, calendar, member);
    if (series !== undefined) {
      perMember[space.key(member)] = series;
      count++;
    }
  }
  if (count === 0) return undefined;
  if (space.dims.length === 0) return perMember[''];
  const first = perMember[space.key(0)];
  const uniform = count === space.size && typeof first === 'number' && Object.values(perMember).every((series) => series === first);
  return uniform ? first : perMember;
}

function isPerMember(values: InputValues, space: Space): values is Record<string, SeriesInput> {
  return typeof values === 'object' && !Array.isArray(values) && !isSeriesBlock(values) && !('from' in values && 'values' in values && space.indexOfKey('from') < 0);
}

/**
 * Every member's series from one block (member-major) into the month-major inputs. A month without input is NaN
 * in both; months outside the calendar are left out, as for any series.
 */
function writeBlock(inputs: Float64Array, space: Space, calendar: Calendar, block: SeriesBlock, where: string): void {
  const { months, data } = block;
  const M = space.size;
  if (!Number.isInteger(months) || months < 0 || data.length !== M * months) {
    throw new TradesheetError('BAD_VALUE', `${where}: a block of values needs ${M} members × ${String(months)} months = ${M * months} numbers, got ${data.length}`);
  }
  const first = block.from === undefined ? 0 : monthOffset(calendar, block.from);
  for (let member = 0; member < M; member++) {
    for (let i = 0; i < months; i++) {
      const value = data[member * months + i]!;
      if (value !== value) continue;
      if (value === Infinity || value === -Infinity) {
        const month = first + i >= 0 && first + i < calendar.length ? ` in ${calendar.months[first + i]}` : '';
        throw new TradesheetError('BAD_VALUE', `${where}${space.dims.length === 0 ? '' : `.${space.key(member)}`}: ${value} is not a finite number${month}`);
      }
      const t = first + i;
      if (t >= 0 && t < calendar.length) inputs[t * M + member] = value;
    }
  }
}

function monthOffset(calendar: Calendar, month: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const [startYear, startMonth] = calendar.start.split('-').map(Number) as [number, number];
  if (!Number.isInteger(year) || !Number.isInteger(m)) throw new TradesheetError('BAD_MONTH', `"${month}" is not a month (YYYY-MM)`);
  return (year - startYear) * 12 + (m - startMonth);
}
