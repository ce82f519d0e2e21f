/**
 * Errors of the model and scenario files. A file can have many problems; loading collects every one of them (so
 * `tradesheet validate` can print them all) and throws one ModelFileError carrying the list.
 */
import { TradesheetError } from '../errors.js';

/** Stable codes of file problems. */
export type ModelFileProblemCode =
  | 'READ_FAILED'
  | 'YAML_SYNTAX'
  | 'SCHEMA'
  | 'INVALID_REFERENCE'
  | 'DUPLICATE_NAME'
  | 'INVALID_CALENDAR'
  | 'OUT_OF_CALENDAR'
  | 'MISSING_VALUES'
  | 'SAVE_FAILED';

/** A path inside a file's data, e.g. `['variables', 'exports', 'dims', 0]`. */
export type DataPath = (string | number)[];

export interface ModelFileProblem {
  code: ModelFileProblemCode;
  /** What is wrong, without the location, e.g. `unknown dimension "regoin" (did you mean "region"?)`. */
  message: string;
  /** Where in the data, as `formatPath` writes it: `variables.exports.dims[0]`; empty for the whole file. */
  path: string;
  file?: string;
  /** 1-based line and column in the file, when the problem comes from a file. */
  line?: number;
  column?: number;
}

/** `models/x.yaml:14:5: variables.exports.dims[0]: unknown dimension "regoin"`. */
export function formatProblem(problem: ModelFileProblem): string {
  let where = problem.file ?? '';
  if (problem.file !== undefined && problem.line !== undefined) {
    where += `:${problem.line}:${problem.column ?? 1}`;
  }
  const parts = [where, problem.path, problem.message].filter((part) => part !== '');
  return parts.join(': ');
}

/** `['variables', 'flows', 'values', 'us.cars', 0]` → `variables.flows.values["us.cars"][0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(String(segment))) text += text === '' ? String(segment) : `.${String(segment)}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

/**
 * One or more problems with a model or scenario file. `code`, `file`, `line`, `column` and `path` are those of the
 * first problem; `problems` lists all of them, in file order; the message has one line per problem.
 */
export class ModelFileError extends TradesheetError {
  declare readonly code: ModelFileProblemCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly path: string;
  readonly problems: ModelFileProblem[];

  constructor(problems: ModelFileProblem[], options?: { cause?: unknown }) {
    const first = problems[0];
    if (first === undefined) throw new Error('ModelFileError needs at least one problem');
    super(first.code, problems.map(formatProblem).join('\n'));
    this.name = 'ModelFileError';
    if (options?.cause !== undefined) this.cause = options.cause;
    this.file = first.file;
    this.line = first.line;
    this.column = first.column;
    this.path = first.path;
    this.problems = problems;
  }
}

/** Misuse of scenarios: an unknown scenario or base, or bases that build on each other in a circle. */
export class ScenarioError extends TradesheetError {
  declare readonly code: 'SCENARIO_NOT_FOUND' | 'SCENARIO_BASE_NOT_FOUND' | 'SCENARIO_BASE_CYCLE';

  constructor(code: ScenarioError['code'], message: string) {
    super(code, message);
    this.name = 'ScenarioError';
  }
}
