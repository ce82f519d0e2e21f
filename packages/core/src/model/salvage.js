import { calendarSchema, dimensionBodySchema, identifierSchema, toDimensionDefinition, toVariableDefinition, variableBodySchema, variableFields, variableNameSchema, } from './schema.js';
export function salvageModel(data) {
    const file = asMap(data);
    const calendar = calendarSchema.safeParse(file['calendar']);
    const brokenDimensions = new Set();
    const dimensions = Object.entries(asMap(file['dimensions'])).flatMap(([name, body]) => {
        const parsed = dimensionBodySchema.safeParse(body);
        if (parsed.success && identifierSchema.safeParse(name).success)
            return [toDimensionDefinition(name, parsed.data)];
        brokenDimensions.add(name);
        return [];
    });
    const brokenVariables = new Set();
    const variables = Object.entries(asMap(file['variables'])).flatMap(([name, body]) => {
        if (!variableNameSchema.safeParse(name).success)
            return [];
        const parsed = variableBodySchema.safeParse(body);
        if (parsed.success)
            return [toVariableDefinition(name, parsed.data)];
        brokenVariables.add(name);
        return [toVariableDefinition(name, validFields(asMap(body)))];
    });
    const placeholder = { start: '2000-01', end: '2000-01' };
    const model = { name: 'salvaged', calendar: calendar.data ?? placeholder, dimensions, variables };
    return { model, gaps: { dimensions: brokenDimensions, variables: brokenVariables, calendar: !calendar.success } };
}
/** The fields of a broken variable body that are valid on their own. */
function validFields(body) {
    const valid = {};
    for (const [field, schema] of Object.entries(variableFields)) {
        const parsed = schema.safeParse(body[field]);
        if (parsed.success && parsed.data !== undefined)
            valid[field] = parsed.data;
    }
    return valid;
}
function asMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
//# sourceMappingURL=salvage.js.map