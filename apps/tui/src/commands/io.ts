/**
 * Where a command reads its environment and writes its output. Commands never touch `process` directly, so tests
 * run them in-process with captured streams and the real bin wires `process.stdout` / `process.stderr`.
 */

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** Width of the terminal, when it is one. */
  columns?: number;
}

export interface CliIo {
  /** Only whether it is a terminal matters: the interactive app needs one for keys. */
  stdin?: { isTTY?: boolean };
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** Relative paths (`--out`, `--dir`, scenario files) resolve against this folder. */
  cwd: string;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/**
 * Colour only for a person at a terminal: stdout is a TTY and NO_COLOR (https://no-color.org) is unset or empty.
 * Piped output (`| jq`, `> file`) never gets escape codes.
 */
export function useColour(io: CliIo): boolean {
  const noColour = io.env.NO_COLOR;
  return io.stdout.isTTY === true && (noColour === undefined || noColour === '');
}

/** ANSI styles, each the identity when colour is off. */
export interface Styler {
  bold(s: string): string;
  red(s: string): string;
  green(s: string): string;
  dim(s: string): string;
}

/** Styles text with ANSI codes when colour is on, else returns it unchanged. */
export function styler(colour: boolean): Styler {
  const wrap = (open: number, close: number) => (s: string) => (colour ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), red: wrap(31, 39), green: wrap(32, 39), dim: wrap(2, 22) };
}
