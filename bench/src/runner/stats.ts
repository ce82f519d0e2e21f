/** Small numeric helpers for timings. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * `wall`: elapsed time, what a user waits. `cpu`: this process's user + system CPU time, every thread (GC helpers
 * included), which a machine busy with other people's work inflates far less than elapsed time.
 */
export type Clock = 'wall' | 'cpu';

export const CLOCKS: readonly Clock[] = ['wall', 'cpu'];

/** Run `fn` and return how long it took by `clock`, in milliseconds. */
export function timeMs(fn: () => void, clock: Clock = 'wall'): number {
  if (clock === 'cpu') {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  }
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
