/**
 * Reading model and scenario files. Every problem is collected, with the line and column where it is written:
 * YAML syntax first (nothing else is checked in a file that does not parse), then the shape (schema), then the
 * cross-checks. One ModelFileError carries them all, in file order.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { checkModel } from './check.js';
import { formatPath, ModelFileError } from './errors.js';
import { locate } from './locate.js';
import { scenarioFileSchema } from './scenario-schema.js';
import { salvageModel } from './salvage.js';
import { modelFileSchema } from './schema.js';
/** Parses the text of a model file; `file` names it in error messages. Throws ModelFileError. */
export function parseModel(text, file) {
    return parseFile(text, file, modelFileSchema, checkModel, (data) => {
        const { model, gaps } = salvageModel(data);
        return checkModel(model, gaps);
    });
}
export function parseScenario(text, file) {
    return parseFile(text, file, scenarioFileSchema, () => [], () => []);
}
export function loadModelFile(path) {
    return parseModel(readText(path), path);
}
export function loadScenarioFile(path) {
    return parseScenario(readText(path), path);
}
function readText(path) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ModelFileError([{ code: 'READ_FAILED', file: path, path: '', message: `cannot read the file: ${reason}` }], {
            cause: error,
        });
    }
}
/** `check` cross-checks a valid file; `checkPartial` cross-checks what is valid in a file whose shape is not. */
function parseFile(text, file, schema, check, checkPartial) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new ModelFileError(doc.errors.map((error) => {
            const { line, col } = lineCounter.linePos(error.pos[0]);
            return { code: 'YAML_SYNTAX', file, line, column: col, path: '', message: error.message.split('\n')[0] };
        }));
    }
    const data = doc.toJS({ maxAliasCount: 1000 });
    if (data === null || data === undefined) {
        throw new ModelFileError([{ code: 'SCHEMA', file, line: 1, column: 1, path: '', message: 'the file is empty' }]);
    }
    const parsed = schema.safeParse(data);
    const issues = parsed.success
        ? check(parsed.data)
        : [...parsed.error.issues.map((issue) => fromZod(issue, data)), ...checkPartial(data)];
    if (issues.length === 0 && parsed.success)
        return parsed.data;
    throw new ModelFileError(toProblems(issues, file, doc, lineCounter));
}
function toProblems(issues, file, doc, lineCounter) {
    const seen = new Set();
    const problems = [];
    for (const issue of issues) {
        const { line, column } = locate(doc, lineCounter, issue.path, issue.at);
        const problem = { code: issue.code, file, line, column, path: formatPath(issue.path), message: issue.message };
        const key = `${problem.path}\n${problem.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(problem);
    }
    return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
/** A zod issue in the file's words: a missing field is reported on the map that lacks it. */
function fromZod(issue, data) {
    const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    if (issue.code === 'invalid_key') {
        const reason = issue.issues[0]?.message ?? issue.message;
        return { code: 'SCHEMA', path, message: `"${String(path.at(-1))}": ${reason}`, at: 'key' };
    }
    if (issue.code === 'invalid_type' && path.length > 0 && valueAt(data, path) === undefined) {
        return { code: 'SCHEMA', path: path.slice(0, -1), message: `missing "${String(path.at(-1))}"` };
    }
    const at = issue.code === 'custom' && issue.params?.['at'] === 'key' ? 'key' : undefined;
    const message = issue.message.replace(/^Invalid input: /, '');
    return at === undefined ? { code: 'SCHEMA', path, message } : { code: 'SCHEMA', path, message, at };
}
function valueAt(data, path) {
    let value = data;
    for (const segment of path) {
        if (typeof value !== 'object' || value === null)
            return undefined;
        value = value[segment];
    }
    return value;
}
//# sourceMappingURL=load.js.map