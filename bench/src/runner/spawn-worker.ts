/** Run one worker process and collect its result line. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseResultLine, type WorkerResult, type WorkerTask } from './protocol.js';

/** The worker next to this module: `worker.ts` under tsx, `worker.js` once compiled. */
function workerPath(): string {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return fileURLToPath(new URL(`../worker.${extension}`, import.meta.url));
}

/** Node flags for the worker: the parent's (--expose-gc, heap size, the tsx loader), plus --expose-gc if absent. */
function workerNodeArgs(): string[] {
  const args = [...process.execArgv];
  if (!args.includes('--expose-gc')) args.unshift('--expose-gc');
  if (workerPath().endsWith('.ts') && !args.some((a) => a.includes('tsx'))) args.push('--import', 'tsx');
  return args;
}

export type WorkerOutcome = { ok: true; result: WorkerResult } | { ok: false; task: WorkerTask; error: string };

export function runWorker(task: WorkerTask): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...workerNodeArgs(), workerPath(), JSON.stringify(task)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, task, error: error.message }));
    child.on('close', (code, signal) => {
      const result = code === 0 ? parseResultLine(stdout) : undefined;
      if (result) resolve({ ok: true, result });
      else resolve({ ok: false, task, error: firstErrorLine(stderr) ?? `exited with ${signal ?? `code ${code}`}` });
    });
  });
}

/** The line of a crash's stderr that says what went wrong, not the stack under it. */
function firstErrorLine(stderr: string): string | undefined {
  const lines = stderr.split('\n').map((l) => l.trim());
  return lines.find((l) => /^[A-Za-z]*Error( \[\w+\])?:/.test(l)) ?? lines.find((l) => l.length > 0);
}
