/**
 * Two zod building blocks that give hand-editors precise messages where zod's own would be vague:
 * - `fields`: an object with known fields that reports EVERY unknown field with a "did you mean" hint, even when
 *   other fields are also wrong (zod's strict objects skip refinements once a field fails, and give no hint).
 * - `byKind`: a choice between shapes picked by the value's kind (number, list, map...), so an error inside the
 *   chosen shape is reported as is instead of as zod's opaque "Invalid input" of a failed union.
 */
import { z } from 'zod';
import { didYouMean } from './suggest.js';
export function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'list';
    switch (typeof value) {
        case 'number':
            return 'number';
        case 'string':
            return 'string';
        case 'boolean':
            return 'boolean';
        case 'object':
            return 'map';
        default:
            return 'other';
    }
}
/** Parse `value` with `schema`, re-raising its issues (paths relative to the value) in the outer parse. */
function parseInto(schema, value, ctx) {
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    for (const issue of result.error.issues)
        ctx.addIssue(issue);
    return z.NEVER;
}
/**
 * A value whose shape depends on its kind. `pick` returns the schema for it, or undefined when the kind is not
 * allowed, which is reported as `expected <expected>, got <kind>`.
 */
export function byKind(expected, pick) {
    return z.unknown().transform((value, ctx) => {
        const kind = kindOf(value);
        const schema = pick(value, kind);
        if (schema === undefined) {
            ctx.addIssue({ code: 'custom', message: `expected ${expected}, got ${describeKind(kind)}` });
            return z.NEVER;
        }
        return parseInto(schema, value, ctx);
    });
}
/** A map of named fields; unknown fields are errors, reported at the field's key. */
export function fields(shape, what = 'a map of fields') {
    const known = Object.keys(shape);
    const object = z.object(shape);
    return z.unknown().transform((value, ctx) => {
        if (kindOf(value) !== 'map') {
            ctx.addIssue({ code: 'custom', message: `expected ${what}, got ${describeKind(kindOf(value))}` });
            return z.NEVER;
        }
        let unknownField = false;
        for (const key of Object.keys(value)) {
            if (known.includes(key))
                continue;
            unknownField = true;
            const hint = didYouMean(key, known);
            const allowed = hint === '' ? ` (allowed: ${known.join(', ')})` : hint;
            ctx.addIssue({ code: 'custom', message: `unknown field "${key}"${allowed}`, path: [key], params: { at: 'key' } });
        }
        const parsed = parseInto(object, value, ctx);
        return unknownField ? z.NEVER : parsed;
    });
}
export function describeKind(kind) {
    switch (kind) {
        case 'null':
            return 'nothing';
        case 'list':
            return 'a list';
        case 'map':
            return 'a map';
        default:
            return `a ${kind}`;
    }
}
//# sourceMappingURL=zod-helpers.js.map