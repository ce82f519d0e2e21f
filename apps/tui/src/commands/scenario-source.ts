/**
 * `--scenario NAME|FILE`: a file path (anything with a slash or a .yaml/.yml/.json ending, or an existing file),
 * else a scenario of the model's library by name, else `NAME.yaml` in the `--dir` folder where the app saves, so
 * a scenario saved in the app loads here by name or by path. A scenario's `base` resolves the same way, relative
 * to its own file's folder, and its edits come first.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ScenarioDefinition, ScenarioEdit } from '@tradesheet/core';
import { CliError, quoteArg } from './errors.js';

/** A scenario shipped with the model: listed by name, read from its file when used. */
export interface LibraryScenario {
  name: string;
  description?: string | undefined;
  base?: string | undefined;
  file: string;
}

export interface ScenarioSources {
  library: readonly LibraryScenario[];
  /** Absolute path of the `--dir` scenario folder. */
  dir: string;
  cwd: string;
  /** Reads and validates a scenario file; throws a coded error naming the file (and line) on a bad one. */
  loadFile(file: string): ScenarioDefinition;
}

export interface ResolvedScenario {
  /** The name reports show: the scenario's own name. */
  name: string;
  definition: ScenarioDefinition;
  /** Where it came from, for messages: `library`, or the file's path. */
  origin: string;
  file?: string;
}

/** Where the app saves scenarios, relative to the working folder, unless `--dir` says otherwise. */
export const DEFAULT_SCENARIO_DIR = './scenarios';

/** A file as messages show it: relative to the working folder when inside it, else absolute. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

const FILE_LIKE = /[\\/]|\.(ya?ml|json)$/i;

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** `what` names the reference in messages: the flag, or for a base the scenario that names it. */
export function resolveScenario(
  ref: string,
  sources: ScenarioSources,
  relativeTo = sources.cwd,
  what = `--scenario ${quoteArg(ref)}`,
): ResolvedScenario {
  const asPath = path.resolve(relativeTo, ref);
  if (FILE_LIKE.test(ref) || isFile(asPath)) {
    if (!isFile(asPath)) throw new CliError('CLI_SCENARIO_NOT_FOUND', `${what}: no such file ${asPath}`);
    return fromFile(asPath, sources);
  }
  const known = sources.library.find((entry) => entry.name === ref);
  if (known) return { ...fromFile(known.file, sources), origin: 'library' };
  for (const ext of ['.yaml', '.yml']) {
    const saved = path.join(sources.dir, `${ref}${ext}`);
    if (isFile(saved)) return fromFile(saved, sources);
  }
  const names = sources.library.map((entry) => entry.name).join(', ');
  throw new CliError(
    'CLI_SCENARIO_NOT_FOUND',
    `${what}: no scenario of that name in the model (${names || 'none'}) nor a file ` +
      `${ref}.yaml in ${sources.dir}; give a file path or see \`tradesheet scenarios\``,
  );
}

function fromFile(file: string, sources: ScenarioSources): ResolvedScenario {
  const definition = sources.loadFile(file);
  return { name: definition.name, definition, origin: file, file };
}

/** Every edit the scenario makes, its bases' first (`base` chains), refusing a chain that loops. */
export function scenarioEdits(scenario: ResolvedScenario, sources: ScenarioSources): ScenarioEdit[] {
  const chain: ResolvedScenario[] = [scenario];
  let current = scenario;
  while (current.definition.base !== undefined && current.definition.base !== '') {
    const from = current.file ? path.dirname(current.file) : sources.cwd;
    const what = `scenario ${current.name}: base ${quoteArg(current.definition.base)}`;
    const base = resolveScenario(current.definition.base, sources, from, what);
    if (chain.some((seen) => seen.name === base.name && seen.origin === base.origin)) {
      const names = [...chain, base].map((s) => s.name).join(' -> ');
      throw new CliError('CLI_SCENARIO_BASE_CYCLE', `scenario ${scenario.name}: its bases loop: ${names}`);
    }
    chain.push(base);
    current = base;
  }
  return chain.reverse().flatMap((s) => s.definition.edits);
}
