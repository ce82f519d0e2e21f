/**
 * Input values spelled out cell by cell: which member keys a variable has and which months of the calendar each
 * input series covers. `values: 5` and a list of twelve 5s then compare equal.
 */
import { Calendar, monthOrdinal } from '../calendar.js';
import { isSeriesMap } from './schema.js';
/** Member keys of a variable, `us` or `us.cars`, in dimension order; `['']` for a scalar. */
export function memberKeys(model, dims) {
    let keys = [''];
    for (const dim of dims ?? []) {
        const members = model.dimensions.find((dimension) => dimension.name === dim)?.members ?? [];
        keys = keys.flatMap((key) => members.map((member) => (key === '' ? member.id : `${key}.${member.id}`)));
    }
    return keys;
}
export function expandInputs(model, variable) {
    const calendar = new Calendar(model.calendar.start, model.calendar.end);
    const grid = new Map();
    const values = variable.values;
    if (values === undefined)
        return grid;
    const perMember = typeof values === 'object' && !Array.isArray(values) && !isSeriesMap(values);
    for (const key of memberKeys(model, variable.dims)) {
        const series = perMember ? values[key] : values;
        if (series !== undefined)
            grid.set(key, expandSeries(calendar, series));
    }
    return grid;
}
export function expandSeries(calendar, series) {
    const cells = new Map();
    if (typeof series === 'number') {
        for (const month of calendar.months)
            cells.set(month, series);
        return cells;
    }
    const list = Array.isArray(series) ? series : series.values;
    const offset = Array.isArray(series) ? 0 : monthOrdinal(series.from) - monthOrdinal(calendar.start);
    list.forEach((value, i) => {
        const month = calendar.months[offset + i];
        if (value !== null && month !== undefined)
            cells.set(month, value);
    });
    return cells;
}
//# sourceMappingURL=series.js.map