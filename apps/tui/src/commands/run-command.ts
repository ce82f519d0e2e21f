/**
 * Runs the command line and turns every way it can end into an exit status, without calling `process.exit`
 * (so output is flushed and tests can run it in-process):
 * 0 success (and `--help`, `--version`); 1 invalid input, any error with a `code` (the message names the flag,
 * file, line or formula); 2 usage, commander's own parse errors (unknown flag or command, missing argument).
 */
import { CommanderError, type Command } from 'commander';
import { CliError, EXIT_INVALID_INPUT, EXIT_OK, EXIT_USAGE, isCodedError } from './errors.js';
import type { CliIo } from './io.js';

const COMMANDER_OK = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

export async function runCommand(program: Command, argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message (and the help hint) through configureOutput.
    return COMMANDER_OK.has(error.code) ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof CliError) {
    io.stderr.write(`error: ${error.message}\n`);
    return error.exitCode;
  }
  if (isCodedError(error)) {
    io.stderr.write(`error: ${error.message} [${error.code}]\n`);
    return EXIT_INVALID_INPUT;
  }
  // Not a mistake of the user's: say so, with the stack, so it can be reported.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`error: internal error, please report it: ${detail}\n`);
  return EXIT_INVALID_INPUT;
}
