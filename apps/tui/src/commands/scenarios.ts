/**
 * `tradesheet scenarios`: the model's scenarios with their descriptions, then any saved in the `--dir` folder (the
 * app's), so the names `report --scenario NAME` accepts are all in one list.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { isCodedError } from './errors.js';
import type { CliIo } from './io.js';
import { displayPath, type ScenarioSources } from './scenario-source.js';
import { formatOption, scenarioDir } from './what-if-options.js';

interface ScenarioListing {
  name: string;
  description: string | null;
  base: string | null;
  /** `model` for the model's own, else the file (relative to the working folder). */
  source: string;
  /** Why a saved file cannot be used, when it cannot. */
  problem?: string;
}

export function createScenariosCommand(io: CliIo): Command {
  return new Command('scenarios')
    .summary("the model's scenarios and those saved in --dir, with their descriptions")
    .description("List the model's scenarios, and those saved in the --dir folder, with their descriptions.")
    .option('--dir <folder>', 'scenario folder the app saves to (default ./scenarios)')
    .addOption(formatOption(['text', 'json']))
    .action(async (flags: { dir?: string; format: 'text' | 'json' }, command: Command) => {
      const { loadContext } = await import('./context.js');
      const { sources } = loadContext(io, scenarioDir(flags, command));
      const list = [...libraryListings(sources), ...savedListings(sources)];
      io.stdout.write(flags.format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : listingText(list, io.stdout.columns ?? 100));
    });
}

function libraryListings(sources: ScenarioSources): ScenarioListing[] {
  return sources.library.map(({ name, description, base }) => ({
    name,
    description: description ?? null,
    base: base ?? null,
    source: 'model',
  }));
}

function savedListings(sources: ScenarioSources): ScenarioListing[] {
  let files: string[];
  try {
    files = readdirSync(sources.dir).filter((f) => /\.ya?ml$/i.test(f)).sort();
  } catch {
    return []; // No folder yet: nothing saved.
  }
  return files.map((name) => {
    const file = path.join(sources.dir, name);
    const source = displayPath(sources.cwd, file);
    try {
      const definition = sources.loadFile(file);
      return { name: definition.name, description: definition.description ?? null, base: definition.base ?? null, source };
    } catch (error) {
      if (!isCodedError(error)) throw error;
      const problem = error.message.split('\n')[0] ?? error.code;
      return { name: name.replace(/\.ya?ml$/i, ''), description: null, base: null, source, problem };
    }
  });
}

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return line === '' ? lines : [...lines, line];
}

function listingText(list: ScenarioListing[], columns: number): string {
  const width = Math.max(...list.map((s) => s.name.length), 4);
  const lines: string[] = [];
  let source: string | undefined;
  for (const s of list) {
    const group = s.source === 'model' ? "The model's scenarios:" : 'Saved scenarios:';
    if (group !== source) {
      if (source !== undefined) lines.push('');
      lines.push(group);
      source = group;
    }
    const builds = s.base && !s.description?.includes(s.base) ? `(builds on ${s.base})` : '';
    const about = s.problem ? `cannot be used: ${s.problem}` : [s.description, builds].filter(Boolean).join(' ');
    const where = s.source === 'model' ? '' : `[${s.source}]`;
    const indent = width + 4;
    const [first = '', ...rest] = wrap([about, where].filter(Boolean).join(' '), Math.max(columns - indent, 30));
    lines.push(`  ${s.name.padEnd(width)}  ${first}`, ...rest.map((line) => `${' '.repeat(indent)}${line}`));
  }
  if (list.length === 0) lines.push('No scenarios.');
  return `${lines.join('\n')}\n`;
}
