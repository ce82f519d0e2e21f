/**
 * Errors of the model and scenario files. A file can have many problems; loading collects every one of them (so
 * `tradesheet validate` can print them all) and throws one ModelFileError carrying the list.
 */
import { TradesheetError } from '../errors.js';
/** `models/x.yaml:14:5: variables.exports.dims[0]: unknown dimension "regoin"`. */
export function formatProblem(problem) {
    let where = problem.file ?? '';
    if (problem.file !== undefined && problem.line !== undefined) {
        where += `:${problem.line}:${problem.column ?? 1}`;
    }
    const parts = [where, problem.path, problem.message].filter((part) => part !== '');
    return parts.join(': ');
}
/** `['variables', 'flows', 'values', 'us.cars', 0]` → `variables.flows.values["us.cars"][0]`. */
export function formatPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(String(segment)))
            text += text === '' ? String(segment) : `.${String(segment)}`;
        else
            text += `[${JSON.stringify(String(segment))}]`;
    }
    return text;
}
/**
 * One or more problems with a model or scenario file. `code`, `file`, `line`, `column` and `path` are those of the
 * first problem; `problems` lists all of them, in file order; the message has one line per problem.
 */
export class ModelFileError extends TradesheetError {
    file;
    line;
    column;
    path;
    problems;
    constructor(problems, options) {
        const first = problems[0];
        if (first === undefined)
            throw new Error('ModelFileError needs at least one problem');
        super(first.code, problems.map(formatProblem).join('\n'));
        this.name = 'ModelFileError';
        if (options?.cause !== undefined)
            this.cause = options.cause;
        this.file = first.file;
        this.line = first.line;
        this.column = first.column;
        this.path = first.path;
        this.problems = problems;
    }
}
/** Misuse of scenarios: an unknown scenario or base, or bases that build on each other in a circle. */
export class ScenarioError extends TradesheetError {
    constructor(code, message) {
        super(code, message);
        this.name = 'ScenarioError';
    }
}
//# sourceMappingURL=errors.js.map