/** The bench's command line: `--size small|medium|large` (repeatable), `--reps N`, `--json FILE`, ... */
import { parseArgs } from 'node:util';
import { ENGINE_NAMES, type EngineName } from '../engines/engine.js';
import { isSizeName, SIZE_NAMES, type SizeName } from '../synthetic/sizes.js';
import { CLOCKS, type Clock } from './stats.js';

export interface BenchOptions {
  sizes: SizeName[];
  engines: EngineName[];
  reps: number;
  /** Builds run before the counted ones, not timed. */
  warmup: number;
  /** Full evaluations timed per build. */
  fulls: number;
  edits: number;
  json?: string;
  clock: Clock;
  /** Exit with status 1 when a target fails. */
  check: boolean;
}

/**
 * Warm-up builds per (engine, size). Each engine is timed once V8 has optimised its code, which for a formula
 * engine takes more than one build: Tradesheet's edit path kept getting faster over its first few dozen edits
 * (measured: about 0.3 ms, then 0.06 ms at the medium size), while the Float64Array reference is optimised
 * within one. The same count applies to every engine.
 */
export const DEFAULT_WARMUP = 3;

/**
 * Full evaluations per build. One per build left the full ratio at the mercy of three samples: the same code
 * measured 1.8-6.1× the reference from run to run on this shared machine. The first full evaluation after a build
 * is also the slowest (cold caches, the change buffers allocated): about 1.2 times the later ones, measured.
 */
export const DEFAULT_FULLS = 5;

export class BenchUsageError extends Error {
  readonly code = 'BENCH_USAGE';
}

export const USAGE = `usage: npm run bench -- [--size small|medium|large]... [--reps N] [--warmup N] [--fulls N] [--edits N] [--engine NAME]...
                        [--clock wall|cpu] [--json FILE] [--check]
  --size    model size, repeatable (default: all three)
  --reps    fresh builds per (engine, size); times are medians (default 3)
  --warmup  builds (each with its full recompute and edits) run first and not counted (default 3)
  --fulls   full evaluations timed per build, every partner's growth alternating between two values (default 5)
  --edits   one-partner edits timed per build, after the full evaluations (default 9)
  --engine  tradesheet, float64 or hyperformula, repeatable (default: all three)
  --clock   wall: elapsed time (default); cpu: the worker's CPU time, steadier on a busy machine
  --json    write [{engine, size, cells, buildMs, fullMs, editMs, peakRssMb}] to FILE
  --check   exit with status 1 if a target fails`;

function positiveInteger(flag: string, text: string | undefined, fallback: number, least = 1): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < least) {
    throw new BenchUsageError(`${flag} needs ${least === 0 ? 'a whole number (0 or more)' : 'a positive integer'}, got "${text}"`);
  }
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        size: { type: 'string', multiple: true },
        engine: { type: 'string', multiple: true },
        reps: { type: 'string' },
        warmup: { type: 'string' },
        edits: { type: 'string' },
        fulls: { type: 'string' },
        json: { type: 'string' },
        clock: { type: 'string', default: 'wall' },
        check: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  const { values } = parsed;
  const sizes = values.size ?? [...SIZE_NAMES];
  for (const size of sizes) if (!isSizeName(size)) throw new BenchUsageError(`unknown size "${size}"`);
  const engines = values.engine ?? [...ENGINE_NAMES];
  for (const engine of engines) {
    if (!(ENGINE_NAMES as readonly string[]).includes(engine)) throw new BenchUsageError(`unknown engine "${engine}"`);
  }
  const clock = values.clock as Clock;
  if (!CLOCKS.includes(clock)) throw new BenchUsageError(`--clock is wall or cpu, got "${clock}"`);
  return {
    // In the canonical order whatever the order given, each once.
    sizes: SIZE_NAMES.filter((s) => sizes.includes(s)),
    engines: ENGINE_NAMES.filter((e) => engines.includes(e)),
    reps: positiveInteger('--reps', values.reps, 3),
    warmup: positiveInteger('--warmup', values.warmup, DEFAULT_WARMUP, 0),
    fulls: positiveInteger('--fulls', values.fulls, DEFAULT_FULLS),
    edits: positiveInteger('--edits', values.edits, 9),
    json: values.json,
    clock,
    check: values.check ?? false,
  };
}
