/**
 * The valid parts of a model file whose shape is partly wrong, so the cross-checks can still run on them and
 * `tradesheet validate` reports a misspelt dimension in one variable together with a bad month in another.
 * Broken parts are left out and named in the gaps, so that nothing is reported as missing because it is broken.
 */
import type { CheckGaps } from './check.js';
import {
  calendarSchema,
  dimensionBodySchema,
  identifierSchema,
  toDimensionDefinition,
  toVariableDefinition,
  variableBodySchema,
  variableFields,
  variableNameSchema,
  type VariableBody,
} from './schema.js';
import type { CalendarDefinition, ModelDefinition } from './types.js';

export function salvageModel(data: unknown): { model: ModelDefinition; gaps: CheckGaps } {
  const file = asMap(data);
  const calendar = calendarSchema.safeParse(file['calendar']);
  const brokenDimensions = new Set<string>();
  const dimensions = Object.entries(asMap(file['dimensions'])).flatMap(([name, body]) => {
    const parsed = dimensionBodySchema.safeParse(body);
    if (parsed.success && identifierSchema.safeParse(name).success) return [toDimensionDefinition(name, parsed.data)];
    brokenDimensions.add(name);
    return [];
  });
  const brokenVariables = new Set<string>();
  const variables = Object.entries(asMap(file['variables'])).flatMap(([name, body]) => {
    if (!variableNameSchema.safeParse(name).success) return [];
    const parsed = variableBodySchema.safeParse(body);
    if (parsed.success) return [toVariableDefinition(name, parsed.data)];
    brokenVariables.add(name);
    return [toVariableDefinition(name, validFields(asMap(body)))];
  });
  const placeholder: CalendarDefinition = { start: '2000-01', end: '2000-01' };
  const model = { name: 'salvaged', calendar: calendar.data ?? placeholder, dimensions, variables };
  return { model, gaps: { dimensions: brokenDimensions, variables: brokenVariables, calendar: !calendar.success } };
}

/** The fields of a broken variable body that are valid on their own. */
function validFields(body: Record<string, unknown>): VariableBody {
  const valid: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(variableFields)) {
    const parsed = schema.safeParse(body[field]);
    if (parsed.success && parsed.data !== undefined) valid[field] = parsed.data;
  }
  return valid as VariableBody;
}

function asMap(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
