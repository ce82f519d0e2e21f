/**
 * The plain-data shape of a model and of a scenario: what the YAML files hold once parsed and validated, and what
 * the engine is built from. Nothing here computes; see `engine/workbook.ts` for that.
 */
export {};
//# sourceMappingURL=types.js.map