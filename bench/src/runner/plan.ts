/** Which (engine, size) workers a bench run starts, and which it skips with a reason. */
import type { EngineName } from '../engines/engine.js';
import type { SizeName } from '../synthetic/sizes.js';
import type { BenchOptions } from './options.js';
import type { WorkerTask } from './protocol.js';

export interface Skipped {
  engine: EngineName;
  size: SizeName;
  reason: string;
}

export const HYPERFORMULA_LARGE_REASON =
  'not run at large, where it takes about 52 s and 4.4 GB just to build the 2.4 million cells';

export function planRun(options: BenchOptions): { tasks: WorkerTask[]; skipped: Skipped[] } {
  const tasks: WorkerTask[] = [{ engine: 'baseline', size: options.sizes[0] ?? 'small', reps: 1, edits: 0, clock: options.clock }];
  const skipped: Skipped[] = [];
  for (const size of options.sizes) {
    for (const engine of options.engines) {
      if (engine === 'hyperformula' && size === 'large') {
        skipped.push({ engine, size, reason: HYPERFORMULA_LARGE_REASON });
        continue;
      }
      tasks.push({ engine, size, reps: options.reps, warmup: options.warmup, fulls: options.fulls, edits: options.edits, clock: options.clock });
    }
  }
  return { tasks, skipped };
}
