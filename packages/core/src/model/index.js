/** Model and scenario files: schema, loading, saving, scenarios and diffs. Re-exported from the package root. */
export { writeFileAtomic } from './atomic-write.js';
export { checkModel } from './check.js';
export { diffModels } from './diff.js';
export { formatPath, formatProblem, ModelFileError, ScenarioError, } from './errors.js';
export { loadModelFile, loadScenarioFile, parseModel, parseScenario } from './load.js';
export { modelToYaml, saveModelFile, saveScenarioFile, scenarioToYaml } from './save.js';
export { applyScenario, resolveScenarioChain, scenarioEdits, scenarioFromEdits, } from './scenario.js';
export { scenarioEditSchema, scenarioFileSchema, splitTarget } from './scenario-schema.js';
export { IDENTIFIER_PATTERN, MEMBER_KEY_PATTERN, modelFileSchema, monthKeySchema, NAME_PATTERN, VARIABLE_NAME_PATTERN, } from './schema.js';
export { expandInputs, memberKeys } from './series.js';
export { editToFile, modelToFile, scenarioToFile } from './to-file.js';
//# sourceMappingURL=index.js.map