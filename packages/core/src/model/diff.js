/**
 * What differs between two models: the asOf month, variables added or removed, dimensions, formulas, and input
 * values cell by cell. Runs of months that changed the same way are reported as one entry (`month` to `to`); a
 * member whose every month changed the same way is one entry without a month, and a variable whose every member
 * did is one entry without a member.
 */
import { Calendar, monthKey, monthOrdinal } from '../calendar.js';
import { expandInputs, memberKeys } from './series.js';
export function diffModels(a, b) {
    const entries = [];
    if (a.calendar.asOf !== b.calendar.asOf) {
        entries.push({ kind: 'asOf', variable: '', before: a.calendar.asOf ?? null, after: b.calendar.asOf ?? null });
    }
    const months = unionMonths(a, b);
    const inB = new Map(b.variables.map((variable) => [variable.name, variable]));
    const inA = new Set(a.variables.map((variable) => variable.name));
    for (const before of a.variables) {
        const after = inB.get(before.name);
        if (after === undefined)
            entries.push({ kind: 'removed', variable: before.name, before, after: null });
        else
            entries.push(...diffVariable(a, b, before, after, months));
    }
    for (const after of b.variables) {
        if (!inA.has(after.name))
            entries.push({ kind: 'added', variable: after.name, before: null, after });
    }
    return entries;
}
function diffVariable(a, b, before, after, months) {
    const variable = before.name;
    const entries = [];
    const dimsBefore = before.dims ?? [];
    const dimsAfter = after.dims ?? [];
    const sameDims = dimsBefore.length === dimsAfter.length && dimsBefore.every((dim, i) => dim === dimsAfter[i]);
    if (!sameDims)
        entries.push({ kind: 'dims', variable, before: dimsBefore, after: dimsAfter });
    if ((before.formula ?? null) !== (after.formula ?? null)) {
        entries.push({ kind: 'formula', variable, before: before.formula ?? null, after: after.formula ?? null });
    }
    const formulasBefore = before.memberFormulas ?? {};
    const formulasAfter = after.memberFormulas ?? {};
    for (const member of new Set([...Object.keys(formulasBefore), ...Object.keys(formulasAfter)])) {
        const was = formulasBefore[member] ?? null;
        const now = formulasAfter[member] ?? null;
        if (was !== now)
            entries.push({ kind: 'formula', variable, member, before: was, after: now });
    }
    // Cells of different dimensions do not correspond; the dims entry says it all.
    if (!sameDims)
        return entries;
    const gridBefore = expandInputs(a, before);
    const gridAfter = expandInputs(b, after);
    const keys = new Set([...memberKeys(a, before.dims), ...memberKeys(b, after.dims)]);
    const inputs = [];
    for (const key of keys) {
        const cellsBefore = gridBefore.get(key);
        const cellsAfter = gridAfter.get(key);
        const pairs = months.map((month) => [cellsBefore?.get(month) ?? null, cellsAfter?.get(month) ?? null]);
        const member = key === '' ? undefined : key;
        inputs.push(...runs(variable, member, months, pairs));
    }
    entries.push(...collapseMembers(inputs, keys.size));
    return entries;
}
/** One entry per run of consecutive months with the same before and after; none where nothing changed. */
function runs(variable, member, months, pairs) {
    const entries = [];
    let start = -1;
    for (let i = 0; i <= pairs.length; i++) {
        const pair = pairs[i];
        const open = start >= 0 ? pairs[start] : undefined;
        const continues = pair !== undefined && open !== undefined && pair[0] === open[0] && pair[1] === open[1];
        if (continues)
            continue;
        if (open !== undefined) {
            const entry = { kind: 'input', variable, before: open[0], after: open[1] };
            if (member !== undefined)
                entry.member = member;
            if (start > 0 || i < pairs.length) {
                entry.month = months[start];
                if (i - 1 > start)
                    entry.to = months[i - 1];
            }
            entries.push(entry);
        }
        start = pair !== undefined && pair[0] !== pair[1] ? i : -1;
    }
    return entries;
}
/** Every member changed the same way in every month: one entry for the variable. */
function collapseMembers(entries, memberCount) {
    const first = entries[0];
    if (first === undefined || entries.length !== memberCount || memberCount < 2)
        return entries;
    const uniform = entries.every((entry) => entry.month === undefined && entry.before === first.before && entry.after === first.after);
    return uniform ? [{ kind: 'input', variable: first.variable, before: first.before, after: first.after }] : entries;
}
/** The months of both calendars (they are usually the same). */
function unionMonths(a, b) {
    const start = Math.min(monthOrdinal(a.calendar.start), monthOrdinal(b.calendar.start));
    const end = Math.max(monthOrdinal(a.calendar.end), monthOrdinal(b.calendar.end));
    return new Calendar(monthKey(start), monthKey(end)).months.slice();
}
//# sourceMappingURL=diff.js.map