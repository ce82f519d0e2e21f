/**
 * Saving models and scenarios. The text is checked by loading it back before anything is written (a saved file
 * always loads to an equal definition), then written atomically. Overwriting a file keeps its comments, key
 * order and scalar styles where the content is unchanged (see `yaml-write.ts`).
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { writeFileAtomic } from './atomic-write.js';
import { ModelFileError } from './errors.js';
import { parseModel, parseScenario } from './load.js';
import { modelToFile, scenarioToFile } from './to-file.js';
import { renderYaml } from './yaml-write.js';
const modelStyle = {
    ordered: (path) => isPath(path, ['variables']) || isPath(path, ['dimensions']) || isPath(path, ['dimensions', '*', 'members']),
    block: (path) => path.length <= 2 && path[0] !== 'calendar',
};
const scenarioStyle = {
    ordered: () => false,
    block: (path) => path.length <= 2,
};
/** The YAML text of a model; with `previousText`, that file's comments and layout are kept where possible. */
export function modelToYaml(model, previousText) {
    return renderYaml(modelToFile(model), modelStyle, previousDocument(previousText));
}
export function scenarioToYaml(scenario, previousText) {
    return renderYaml(scenarioToFile(scenario), scenarioStyle, previousDocument(previousText));
}
/** Writes a model file. Throws ModelFileError: the model's own problems, or 'SAVE_FAILED'. */
export function saveModelFile(path, model, options = {}) {
    const text = modelToYaml(model, readIfExists(path));
    verify(() => parseModel(text, path));
    writeFileAtomic(path, text, options.io);
}
export function saveScenarioFile(path, scenario, options = {}) {
    const text = scenarioToYaml(scenario, readIfExists(path));
    verify(() => parseScenario(text, path));
    writeFileAtomic(path, text, options.io);
}
/** Refuse to write what would not load; the line numbers of the unwritten text would mislead, so drop them. */
function verify(load) {
    try {
        load();
    }
    catch (error) {
        if (!(error instanceof ModelFileError))
            throw error;
        const problems = error.problems.map(({ line: _line, column: _column, ...problem }) => problem);
        throw new ModelFileError(problems, { cause: error });
    }
}
function readIfExists(path) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The old file's Document, if it parses cleanly; a broken old file is simply replaced. */
function previousDocument(text) {
    if (text === undefined)
        return undefined;
    const doc = parseDocument(text);
    return doc.errors.length === 0 ? doc : undefined;
}
function isPath(path, pattern) {
    return path.length === pattern.length && pattern.every((segment, i) => segment === '*' || segment === path[i]);
}
//# sourceMappingURL=save.js.map