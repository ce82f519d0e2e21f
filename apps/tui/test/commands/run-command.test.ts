import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliError, EXIT_USAGE } from '../../src/commands/errors.js';
import type { CliIo } from '../../src/commands/io.js';
import { runCommand } from '../../src/commands/run-command.js';

function captureIo(): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: () => out.join(''),
    err: () => err.join(''),
    cwd: process.cwd(),
    env: {},
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
  };
}

/** A program shaped like tradesheet's: output through io, errors thrown back instead of exiting. */
function program(io: CliIo, action: () => void): Command {
  const sub = new Command('go')
    .option('--n <n>')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .action(action);
  return new Command('tool')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addCommand(sub);
}

describe('runCommand', () => {
  it('returns 0 when the action succeeds', async () => {
    const io = captureIo();
    expect(await runCommand(program(io, () => io.stdout.write('done\n')), ['go'], io)).toBe(0);
    expect(io.out()).toBe('done\n');
  });

  it('returns 0 and prints help on stdout for --help', async () => {
    const io = captureIo();
    expect(await runCommand(program(io, () => undefined), ['go', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: tool go');
  });

  it('returns 2 with the message on stderr for an unknown flag', async () => {
    const io = captureIo();
    expect(await runCommand(program(io, () => undefined), ['go', '--nope'], io)).toBe(2);
    expect(io.err()).toContain("unknown option '--nope'");
    expect(io.out()).toBe('');
  });

  it('returns 2 for an unknown command', async () => {
    const io = captureIo();
    expect(await runCommand(program(io, () => undefined), ['went'], io)).toBe(2);
  });

  it('returns 1 and prints the message of a coded error on stderr', async () => {
    const io = captureIo();
    const code = await runCommand(
      program(io, () => {
        throw new CliError('CLI_BAD_SET', "--set 'x=1+': formula error at position 3: unexpected end");
      }),
      ['go'],
      io,
    );
    expect(code).toBe(1);
    expect(io.err()).toBe("error: --set 'x=1+': formula error at position 3: unexpected end\n");
  });

  it('returns the exit code a CliError carries', async () => {
    const io = captureIo();
    const fail = () => {
      throw new CliError('CLI_NOT_A_TERMINAL', 'needs a terminal', EXIT_USAGE);
    };
    expect(await runCommand(program(io, fail), ['go'], io)).toBe(2);
  });

  it('adds the code to the message of another package’s coded error', async () => {
    const io = captureIo();
    const fail = () => {
      throw Object.assign(new Error('2031-01 is outside the calendar'), { code: 'MONTH_OUT_OF_RANGE' });
    };
    expect(await runCommand(program(io, fail), ['go'], io)).toBe(1);
    expect(io.err()).toBe('error: 2031-01 is outside the calendar [MONTH_OUT_OF_RANGE]\n');
  });

  it('reports an uncoded error as an internal error with its stack', async () => {
    const io = captureIo();
    const fail = () => {
      throw new TypeError('x is undefined');
    };
    expect(await runCommand(program(io, fail), ['go'], io)).toBe(1);
    expect(io.err()).toMatch(/^error: internal error, please report it: TypeError: x is undefined\n\s+at /);
  });
});
