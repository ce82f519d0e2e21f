/**
 * The `tradesheet` command line: one commander program, one module per subcommand. With no subcommand it opens the
 * interactive app, but only at a terminal: piped, it prints where to look instead and exits 2 (usage).
 */
import { Command } from 'commander';
import { createExplainCommand } from './explain.js';
import { CliError, EXIT_USAGE } from './errors.js';
import type { CliIo } from './io.js';
import { createReportCommand, createRunCommand } from './report.js';
import { createScenariosCommand } from './scenarios.js';
import { suggest } from './suggest.js';
import { createValidateCommand } from './validate.js';

import { DEFAULT_SCENARIO_DIR } from './scenario-source.js';

const NOT_A_TERMINAL = `the interactive app needs a terminal, and stdin and stdout are not both one.
For scripts and pipes use a subcommand:
  tradesheet run --set export_growth.eu=0      the headline table of a what-if
  tradesheet report --format json              the full report (text, md, html, json or csv)
  tradesheet scenarios | validate FILE… | explain VAR[.MEMBER]
Run \`tradesheet --help\` for everything.`;

interface RootOptions {
  dir?: string;
  scenario?: string;
}

export function createProgram(io: CliIo, version: string): Command {
  const program = new Command('tradesheet')
    .description(
      "A spreadsheet-style what-if simulator for China's trade: exports and imports by partner region, the " +
        'surplus, its contribution to GDP growth.',
    )
    .version(version, '-V, --version')
    .option('--dir <folder>', `scenario folder the app saves to and loads from (default ${DEFAULT_SCENARIO_DIR})`)
    .option('--scenario <name|file>', 'open the app on this scenario')
    // Root options only before the subcommand, so `report --scenario` is the subcommand's own (repeatable) flag.
    .enablePositionalOptions()
    // Words after `tradesheet` that are not a command reach this action: say so, as commander would without it.
    .allowExcessArguments()
    .action(async (options: RootOptions, command: Command) => {
      const [word] = command.args;
      if (word !== undefined) {
        const hint = suggest(word, command.commands.map((c) => c.name())).replace(/^ \(|\)$/g, '');
        const message = `error: unknown command '${word}'${hint ? `\n(${hint})` : ''}`;
        command.error(message, { code: 'commander.unknownCommand', exitCode: EXIT_USAGE });
      }
      await openApp(io, options);
    });
  configure(program, io);
  for (const command of [
    createReportCommand(io),
    createRunCommand(io),
    createScenariosCommand(io),
    createValidateCommand(io),
    createExplainCommand(io),
  ]) {
    program.addCommand(configure(command, io));
  }
  return program;
}

/** Output through `io`, and errors thrown back to `runCommand` instead of exiting the process. */
function configure(command: Command, io: CliIo): Command {
  return command
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
}

async function openApp(io: CliIo, options: RootOptions): Promise<void> {
  if (io.stdout.isTTY !== true || io.stdin?.isTTY !== true) {
    throw new CliError('CLI_NOT_A_TERMINAL', NOT_A_TERMINAL, EXIT_USAGE);
  }
  const runApp = await loadRunApp();
  const dir = options.dir ?? DEFAULT_SCENARIO_DIR;
  await runApp(options.scenario === undefined ? { dir } : { dir, scenario: options.scenario });
}

type RunApp = (options: { dir: string; scenario?: string }) => Promise<void> | void;

// Imported by computed URL so this module compiles and the subcommands work whether or not the app is built.
async function loadRunApp(): Promise<RunApp> {
  const url = new URL('../app/run-app.js', import.meta.url).href;
  let module: { runApp?: RunApp };
  try {
    module = (await import(url)) as { runApp?: RunApp };
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' && String(error).includes('run-app');
    if (!missing) throw error;
    throw new CliError('CLI_APP_MISSING', 'the interactive app is not part of this build; use a subcommand (see --help)');
  }
  if (typeof module.runApp !== 'function') {
    throw new CliError('CLI_APP_MISSING', 'the interactive app does not export runApp; use a subcommand (see --help)');
  }
  return module.runApp;
}
