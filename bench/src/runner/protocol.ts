/** What a worker process is asked to do and what it prints back: one JSON line, after a fixed prefix. */
import type { Agreement } from '../engines/agreement.js';
import type { EngineName } from '../engines/engine.js';
import type { SizeName } from '../synthetic/sizes.js';
import type { Clock } from './stats.js';

export const RESULT_PREFIX = 'BENCH_RESULT ';

/** `baseline` loads no engine and builds nothing: the RSS of an empty worker. */
export type WorkerEngine = EngineName | 'baseline';

export interface WorkerTask {
  engine: WorkerEngine;
  size: SizeName;
  reps: number;
  /** Uncounted builds first (absent: 1, as before the option existed). */
  warmup?: number;
  /** Full evaluations timed per repetition (absent: 1, as before the option existed). */
  fulls?: number;
  /** One-partner edits timed per repetition. */
  edits: number;
  clock: Clock;
}

/** One (engine, size) result, as written to `--json`: medians over the repetitions. */
export interface BenchResult {
  engine: EngineName;
  size: SizeName;
  cells: number;
  buildMs: number;
  fullMs: number;
  editMs: number;
  peakRssMb: number;
}

export interface WorkerResult extends Omit<BenchResult, 'engine'> {
  engine: WorkerEngine;
  /** Against the float64 reference after the same edits; absent for the reference itself and the baseline. */
  agreement?: Agreement;
}

export function formatResultLine(result: WorkerResult): string {
  return RESULT_PREFIX + JSON.stringify(result);
}

/** The result line of a worker's stdout, or undefined if it printed none (it crashed). */
export function parseResultLine(stdout: string): WorkerResult | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  return line === undefined ? undefined : (JSON.parse(line.slice(RESULT_PREFIX.length)) as WorkerResult);
}
