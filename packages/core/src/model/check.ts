/**
 * Cross-checks of a model whose shape is already valid: names are unique, references resolve, the calendar is in
 * order and series stay inside it. Each issue carries a data path in the file's terms (variables are keyed by
 * name), so the loader can point at the line; the same checks serve definitions built in code.
 */
import type { DataPath, ModelFileProblemCode } from './errors.js';
import { monthOrdinal } from '../calendar.js';
import { isSeriesMap } from './schema.js';
import { isSeriesBlock } from '../engine/series-block.js';
import { didYouMean } from './suggest.js';
import type { DimensionDefinition, ModelDefinition, SeriesInput, VariableDefinition } from './types.js';

export interface ModelIssue {
  code: ModelFileProblemCode;
  path: DataPath;
  message: string;
  /** Point at the key of the last path segment rather than its value (a wrong name is its key). */
  at?: 'key';
}

/** What a partial model (see `salvage.ts`) lacks, so that its gaps are not reported as wrong references. */
export interface CheckGaps {
  /** Dimensions present in the file whose definition is broken. */
  dimensions?: ReadonlySet<string>;
  /** Variables whose body is partly broken: only their valid fields are present. */
  variables?: ReadonlySet<string>;
  /** The calendar is broken: skip the calendar and every check against it. */
  calendar?: boolean;
}

export function checkModel(model: ModelDefinition, gaps: CheckGaps = {}): ModelIssue[] {
  const issues: ModelIssue[] = [];
  if (!gaps.calendar) checkCalendar(model, issues);
  const dimensions = new Map<string, DimensionDefinition>();
  for (const dimension of model.dimensions) {
    const path = ['dimensions', dimension.name];
    if (dimensions.has(dimension.name)) duplicate(issues, path, 'dimension', dimension.name);
    dimensions.set(dimension.name, dimension);
    if (dimension.members.length === 0) {
      issues.push({ code: 'SCHEMA', path: [...path, 'members'], message: 'a dimension needs at least one member' });
    }
    const ids = new Set<string>();
    for (const member of dimension.members) {
      if (ids.has(member.id)) duplicate(issues, [...path, 'members', member.id], 'member', member.id);
      ids.add(member.id);
    }
  }
  const names = new Set<string>();
  for (const variable of model.variables) {
    if (names.has(variable.name)) duplicate(issues, ['variables', variable.name], 'variable', variable.name);
    names.add(variable.name);
    checkVariable(model, variable, dimensions, gaps, issues);
  }
  return issues;
}

function duplicate(issues: ModelIssue[], path: DataPath, what: string, name: string): void {
  issues.push({ code: 'DUPLICATE_NAME', path, message: `${what} "${name}" is defined twice`, at: 'key' });
}

function checkCalendar(model: ModelDefinition, issues: ModelIssue[]): void {
  const { start, end, asOf } = model.calendar;
  if (monthOrdinal(end) < monthOrdinal(start)) {
    issues.push({ code: 'INVALID_CALENDAR', path: ['calendar', 'end'], message: `end ${end} is before start ${start}` });
  }
  if (asOf !== undefined && (monthOrdinal(asOf) < monthOrdinal(start) || monthOrdinal(asOf) > monthOrdinal(end))) {
    const message = `asOf ${asOf} is outside the calendar (${start} to ${end})`;
    issues.push({ code: 'INVALID_CALENDAR', path: ['calendar', 'asOf'], message });
  }
}

function checkVariable(
  model: ModelDefinition,
  variable: VariableDefinition,
  dimensions: Map<string, DimensionDefinition>,
  gaps: CheckGaps,
  issues: ModelIssue[],
): void {
  const path = ['variables', variable.name];
  const dims = variable.dims ?? [];
  let dimsResolve = true;
  dims.forEach((dim, index) => {
    if (!dimensions.has(dim)) {
      dimsResolve = false;
      if (gaps.dimensions?.has(dim)) return;
      const message = `unknown dimension "${dim}"${didYouMean(dim, dimensions.keys())}`;
      issues.push({ code: 'INVALID_REFERENCE', path: [...path, 'dims', index], message });
    } else if (dims.indexOf(dim) !== index) {
      issues.push({ code: 'DUPLICATE_NAME', path: [...path, 'dims', index], message: `dimension "${dim}" is listed twice` });
    }
  });
  const hasFormula = variable.formula !== undefined || Object.keys(variable.memberFormulas ?? {}).length > 0;
  if (variable.values === undefined && !hasFormula && !gaps.variables?.has(variable.name)) {
    const message = `variable "${variable.name}" has neither values nor a formula`;
    issues.push({ code: 'MISSING_VALUES', path, message, at: 'key' });
  }
  const checkKeys = (field: string, keyed: object | undefined): void => {
    if (keyed === undefined || !dimsResolve) return;
    for (const key of Object.keys(keyed)) {
      const problem = memberKeyProblem(key, dims, dimensions);
      if (problem !== undefined) {
        issues.push({ code: 'INVALID_REFERENCE', path: [...path, field, key], message: problem, at: 'key' });
      }
    }
  };
  const values = variable.values;
  // A block (an in-code form) holds every member in order: no keys to check; the workbook checks its length.
  const perMember = typeof values === 'object' && !Array.isArray(values) && !isSeriesMap(values) && !isSeriesBlock(values);
  if (perMember) checkKeys('values', values);
  if (!gaps.calendar && perMember) {
    for (const [key, series] of Object.entries(values)) {
      checkSeriesRange(model, series, [...path, 'values', key], issues);
    }
  } else if (!gaps.calendar && values !== undefined && !isSeriesBlock(values)) {
    checkSeriesRange(model, values as SeriesInput, [...path, 'values'], issues);
  }
  checkKeys('memberFormulas', variable.memberFormulas);
  checkKeys('memberSources', variable.memberSources);
}

/** Why `key` names no member of a variable with these dims, or undefined when it does. */
function memberKeyProblem(key: string, dims: string[], dimensions: Map<string, DimensionDefinition>): string | undefined {
  if (dims.length === 0) return `"${key}": the variable has no dimensions, so it has no members`;
  const parts = key.split('.');
  if (parts.length !== dims.length) {
    return `member key "${key}" needs one member of each dimension: ${dims.join('.')}`;
  }
  for (const [index, part] of parts.entries()) {
    const dimension = dimensions.get(dims[index]!)!;
    const ids = dimension.members.map((member) => member.id);
    if (!ids.includes(part)) return `unknown member "${part}" of ${dimension.name}${didYouMean(part, ids)}`;
  }
  return undefined;
}

function checkSeriesRange(model: ModelDefinition, series: SeriesInput, path: DataPath, issues: ModelIssue[]): void {
  if (typeof series === 'number') return;
  const { start, end } = model.calendar;
  const from = Array.isArray(series) ? start : series.from;
  const list = Array.isArray(series) ? series : series.values;
  if (!Array.isArray(series) && monthOrdinal(from) < monthOrdinal(start)) {
    const message = `values from ${from} start before the calendar (${start})`;
    issues.push({ code: 'OUT_OF_CALENDAR', path: [...path, 'from'], message });
    return;
  }
  const last = monthOrdinal(from) + list.length - 1;
  if (last > monthOrdinal(end)) {
    const message = `${list.length} values from ${from} run past the calendar's end (${end})`;
    issues.push({ code: 'OUT_OF_CALENDAR', path: Array.isArray(series) ? path : [...path, 'values'], message });
  }
}
