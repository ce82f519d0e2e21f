#!/usr/bin/env node
/**
 * The `tradesheet` bin. It only wires the process to the program in `commands/`: arguments in, output through
 * process streams, and the exit status (0 ok, 1 invalid input, 2 usage) set without cutting stdout short.
 */
import { readFileSync } from 'node:fs';
import { createProgram } from './commands/program.js';
import { processIo } from './commands/io.js';
import { runCommand } from './commands/run-command.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const io = processIo();

// `tradesheet report | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCommand(createProgram(io, pkg.version), process.argv.slice(2), io);
// The app may have set a status of its own (e.g. 2 when it cannot draw); a failure here takes precedence.
if (code !== 0 || process.exitCode === undefined) process.exitCode = code;
