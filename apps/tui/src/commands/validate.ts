/**
 * `tradesheet validate FILE…`: checks model and scenario files and prints every problem, each as
 * `file:line:column: path: what is wrong`, to stderr; files without problems get `file: ok` on stdout. Exit 1 when
 * any file has a problem. The checks themselves are in `validate-files.ts`.
 */
import path from 'node:path';
import { Command } from 'commander';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { scenarioDir } from './what-if-options.js';

export function createValidateCommand(io: CliIo): Command {
  return new Command('validate')
    .summary('check model and scenario files; every problem with its file and line')
    .description('Check model and scenario files; print every problem with its file and line.')
    .argument('<file...>', 'model or scenario YAML files')
    .option('--dir <folder>', "scenario folder a scenario's base may name (default ./scenarios)")
    .action(async (files: string[], flags: { dir?: string }, command: Command) => {
      // The engine loads only when the command runs, so `--help` answers at once.
      const [{ loadContext }, { checkFile }] = await Promise.all([import('./context.js'), import('./validate-files.js')]);
      const context = loadContext(io, scenarioDir(flags, command));
      let failed = 0;
      for (const file of files) {
        const problems = checkFile(path.resolve(io.cwd, file), file, context);
        if (problems.length === 0) {
          io.stdout.write(`${file}: ok\n`);
        } else {
          failed += 1;
          for (const problem of problems) io.stderr.write(`${problem}\n`);
        }
      }
      if (failed > 0) {
        const count = `${failed} of ${files.length} file${files.length === 1 ? '' : 's'}`;
        throw new CliError('CLI_INVALID_FILES', `${count} ${failed === 1 ? 'has' : 'have'} problems`);
      }
    });
}
