/**
 * Runs the built `tradesheet` command as a user would (`node apps/tui/dist/cli.js ...`) and captures what they
 * see. The tests need `npm run build` first; a missing build fails loudly rather than skipping.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The built bin; `TRADESHEET_CLI=/path/to/cli.js` tests another build of it. */
export const cliPath = process.env.TRADESHEET_CLI ?? path.join(repoRoot, 'apps/tui/dist/cli.js');
/** Where tests leave files for a person to look at (screenshots, reports); kept after the run. */
export const testOutputDir = path.join(repoRoot, 'tests/test-output');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function ensureBuilt(): void {
  if (!existsSync(cliPath)) {
    throw new Error(`${cliPath} is missing: run \`npm run build\` at the repository root before the end-to-end tests`);
  }
}

export function outputDir(...parts: string[]): string {
  const dir = path.join(testOutputDir, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs the command with stdin closed and stdout a pipe (never a terminal), NO_COLOR unset unless `env` sets it. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  ensureBuilt();
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return collect(spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd ?? repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** The child's whole output and exit code, once it has closed. */
function collect(child: ReturnType<typeof spawn>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/**
 * Runs the command with stdout a terminal (a pseudo-terminal from util-linux's `script`), as a person at a shell
 * would see it; stderr and stdout arrive mixed, as on a screen.
 */
export function runCliInTerminal(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  ensureBuilt();
  const command = [process.execPath, cliPath, ...args].map(shellQuote).join(' ');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('NO_COLOR' in env)) delete childEnv.NO_COLOR;
  return collect(spawn('script', ['-qec', command, '/dev/null'], { cwd: repoRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] }));
}
