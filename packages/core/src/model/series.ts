/**
 * Input values spelled out cell by cell: which member keys a variable has and which months of the calendar each
 * input series covers. `values: 5` and a list of twelve 5s then compare equal.
 */
import { Calendar, monthOrdinal } from '../calendar.js';
import { isSeriesMap } from './schema.js';
import { blockToMembers, isSeriesBlock } from '../engine/series-block.js';
import type { ModelDefinition, MonthKey, SeriesInput, VariableDefinition } from './types.js';

/** Member keys of a variable, `us` or `us.cars`, in dimension order; `['']` for a scalar. */
export function memberKeys(model: ModelDefinition, dims: readonly string[] | undefined): string[] {
  let keys = [''];
  for (const dim of dims ?? []) {
    const members = model.dimensions.find((dimension) => dimension.name === dim)?.members ?? [];
    keys = keys.flatMap((key) => members.map((member) => (key === '' ? member.id : `${key}.${member.id}`)));
  }
  return keys;
}

/** member key ('' for a scalar) → month → input value; months without an input are absent. */
export type InputGrid = Map<string, Map<MonthKey, number>>;

export function expandInputs(model: ModelDefinition, variable: VariableDefinition): InputGrid {
  const calendar = new Calendar(model.calendar.start, model.calendar.end);
  const grid: InputGrid = new Map();
  const keys = memberKeys(model, variable.dims);
  const values = isSeriesBlock(variable.values) ? blockToMembers(variable.values, keys, model.calendar.start) : variable.values;
  if (values === undefined) return grid;
  const perMember = typeof values === 'object' && !Array.isArray(values) && !isSeriesMap(values);
  for (const key of keys) {
    const series = perMember ? (values as Record<string, SeriesInput>)[key] : (values as SeriesInput);
    if (series !== undefined) grid.set(key, expandSeries(calendar, series));
  }
  return grid;
}

export function expandSeries(calendar: Calendar, series: SeriesInput): Map<MonthKey, number> {
  const cells = new Map<MonthKey, number>();
  if (typeof series === 'number') {
    for (const month of calendar.months) cells.set(month, series);
    return cells;
  }
  const list = Array.isArray(series) ? series : series.values;
  const offset = Array.isArray(series) ? 0 : monthOrdinal(series.from) - monthOrdinal(calendar.start);
  list.forEach((value, i) => {
    const month = calendar.months[offset + i];
    if (value !== null && month !== undefined) cells.set(month, value);
  });
  return cells;
}
