/**
 * zod schemas of the YAML form of a model (the scenario's are in `scenario-schema.ts`). They check the shape of a file and turn it into the
 * plain types of `types.ts` (maps keyed by name become arrays in file order). Whether names refer to things that
 * exist is checked afterwards, by `check.ts`; formula syntax is the engine's job.
 */
import { z } from 'zod';
import { isMonthKey } from '../calendar.js';
import { byKind, fields } from './zod-helpers.js';
/** Dimension names and member ids: lower case, no dots. */
export const IDENTIFIER_PATTERN = /^[a-z_][a-z0-9_]*$/;
/** Variable names may use capitals (`GDP`); formulas are case-sensitive. */
export const VARIABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Member keys of values, memberFormulas and memberSources: one member id per dimension, `us` or `us.cars`. */
export const MEMBER_KEY_PATTERN = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/;
/** Model and scenario names, which also name files: `china-trade`, `us-decline-deepens`. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const monthKeySchema = z
    .string({ error: 'expected a month as YYYY-MM' })
    .refine(isMonthKey, { error: 'expected a month as YYYY-MM with a month from 01 to 12' });
export const identifierSchema = z
    .string({ error: 'expected a name' })
    .regex(IDENTIFIER_PATTERN, { error: 'expected a lower-case name: a letter or _, then letters, digits or _' });
export const variableNameSchema = z
    .string({ error: 'expected a variable name' })
    .regex(VARIABLE_NAME_PATTERN, { error: 'expected a variable name: a letter or _, then letters, digits or _' });
export const memberKeySchema = z
    .string()
    .regex(MEMBER_KEY_PATTERN, { error: 'expected a member key: a member id, or ids joined by dots (us.cars)' });
export const nameSchema = z
    .string({ error: 'expected a name' })
    .regex(NAME_PATTERN, { error: 'expected a name of letters, digits, - and _ (e.g. china-trade)' });
const textSchema = z.string({ error: 'expected text' });
const cellSchema = z.number({ error: 'expected a number (or null for no value)' }).nullable();
const seriesListSchema = z.array(cellSchema);
const seriesFromSchema = fields({ from: monthKeySchema, values: seriesListSchema }, '{ from: YYYY-MM, values: [...] }');
export const seriesInputSchema = byKind('a number, a list of numbers or { from: YYYY-MM, values: [...] }', (_value, kind) => {
    if (kind === 'number')
        return z.number({ error: 'expected a finite number' });
    if (kind === 'list')
        return seriesListSchema;
    if (kind === 'map')
        return seriesFromSchema;
    return undefined;
});
/** A map with a `from` or `values` field is one series; any other map is keyed by member. */
export function isSeriesMap(value) {
    return typeof value === 'object' && value !== null && ('from' in value || 'values' in value);
}
export const inputValuesSchema = byKind('a number, a list of numbers, { from: YYYY-MM, values: [...] } or a map of member to values', (value, kind) => (kind === 'map' && !isSeriesMap(value) ? z.record(memberKeySchema, seriesInputSchema) : seriesInputSchema));
export const provenanceSchema = fields({ source: textSchema.optional(), confidence: textSchema.optional() }, '{ source: ..., confidence: ... }');
/** A constant formula may be written as a bare number (`formula: 0`); it is kept as text. */
export const formulaSchema = z.union([z.string(), z.number()], { error: 'expected a formula' }).transform(String);
/** The body of a variable in a model file, whose name is the key above it. */
export const variableFields = {
    dims: z.array(identifierSchema, { error: 'expected a list of dimension names' }).optional(),
    unit: textSchema.optional(),
    description: textSchema.optional(),
    source: textSchema.optional(),
    confidence: textSchema.optional(),
    values: inputValuesSchema.optional(),
    formula: formulaSchema.optional(),
    memberFormulas: z.record(memberKeySchema, formulaSchema).optional(),
    memberSources: z.record(memberKeySchema, provenanceSchema).optional(),
};
export const variableBodySchema = fields(variableFields, 'a variable: a map with values, formula, dims, unit ...');
/** The definition with its fields in a fixed order and no undefined fields. */
export function toVariableDefinition(name, body) {
    return withoutUndefined({ name, ...body });
}
const membersSchema = z.record(identifierSchema, z.string({ error: 'expected a display name' }).nullable(), {
    error: 'expected a map of member id to display name',
});
export const dimensionBodySchema = fields({ description: textSchema.optional(), members: membersSchema }, 'a dimension: a map with members and a description');
export const calendarSchema = fields({ start: monthKeySchema, end: monthKeySchema, asOf: monthKeySchema.optional() }, '{ start: YYYY-MM, end: YYYY-MM, asOf: YYYY-MM }');
export function toDimensionDefinition(name, body) {
    const members = Object.entries(body.members).map(([id, display]) => ({ id, name: display ?? id }));
    return withoutUndefined({ name, description: body.description, members });
}
const modelFields = {
    name: nameSchema,
    title: textSchema.optional(),
    description: textSchema.optional(),
    calendar: calendarSchema,
    dimensions: z.record(identifierSchema, dimensionBodySchema, { error: 'expected a map of dimensions' }).optional(),
    variables: z.record(variableNameSchema, variableBodySchema, { error: 'expected a map of variables' }),
};
export const modelFileSchema = fields(modelFields, 'a model: a map with name, calendar, dimensions and variables').transform((file) => {
    const dimensions = Object.entries(file.dimensions ?? {}).map(([name, body]) => toDimensionDefinition(name, body));
    const variables = Object.entries(file.variables).map(([name, body]) => toVariableDefinition(name, body));
    return withoutUndefined({
        name: file.name,
        title: file.title,
        description: file.description,
        calendar: withoutUndefined(file.calendar),
        dimensions,
        variables,
    });
});
/** A copy without the fields whose value is undefined, so definitions compare equal to what a file loads. */
export function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}
//# sourceMappingURL=schema.js.map