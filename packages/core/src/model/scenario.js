import { ScenarioError } from './errors.js';
import { withoutUndefined } from './schema.js';
/**
 * The scenario and the scenarios it builds on, base first: for `decoupling` (base `us-decline-deepens`),
 * `[us-decline-deepens, decoupling]`. Throws ScenarioError: SCENARIO_NOT_FOUND, SCENARIO_BASE_NOT_FOUND, or
 * SCENARIO_BASE_CYCLE with the circle in the message (`a → b → a`).
 */
export function resolveScenarioChain(scenario, lookup) {
    let current = typeof scenario === 'string' ? lookup(scenario) : scenario;
    if (current === undefined)
        throw new ScenarioError('SCENARIO_NOT_FOUND', `no scenario named "${String(scenario)}"`);
    const chain = [current];
    while (current.base !== undefined) {
        const names = chain.map((item) => item.name);
        const seen = names.indexOf(current.base);
        if (seen >= 0) {
            const circle = [...names.slice(seen), current.base].join(' → ');
            throw new ScenarioError('SCENARIO_BASE_CYCLE', `scenarios build on each other in a circle: ${circle}`);
        }
        const base = lookup(current.base);
        if (base === undefined) {
            const message = `scenario "${current.name}" builds on "${current.base}", which does not exist`;
            throw new ScenarioError('SCENARIO_BASE_NOT_FOUND', message);
        }
        chain.push(base);
        current = base;
    }
    return chain.reverse();
}
/** The edits of a chain (base first), in order, without their `why`: what `Workbook.apply` takes. */
export function scenarioEdits(chain) {
    return chain.flatMap((scenario) => scenario.edits.map(withoutWhy));
}
/** Applies a scenario and its bases to the workbook as one batch; a rejected edit leaves the workbook as it was. */
export function applyScenario(workbook, scenario, lookup) {
    return workbook.apply(scenarioEdits(resolveScenarioChain(scenario, lookup)));
}
/** A scenario from edits made in a session, e.g. to save them. Edits are copied; `why`s are kept. */
export function scenarioFromEdits(name, description, base, edits) {
    const scenario = { name, edits: edits.map((edit) => withoutUndefined(structuredClone(edit))) };
    if (description !== undefined)
        scenario.description = description;
    if (base !== undefined)
        scenario.base = base;
    return scenario;
}
function withoutWhy(edit) {
    const { why: _why, ...rest } = edit;
    return rest;
}
//# sourceMappingURL=scenario.js.map