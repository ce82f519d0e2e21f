import { describe, expect, it } from 'vitest';
import { runWorker } from '../src/runner/spawn-worker.js';

describe('runWorker', () => {
  it('measures one engine in its own process and returns its result line', async () => {
    const outcome = await runWorker({ engine: 'hyperformula', size: 'small', reps: 1, edits: 2, clock: 'wall' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result).toMatchObject({ engine: 'hyperformula', size: 'small', cells: 2640 });
    expect(outcome.result.agreement).toMatchObject({ mismatches: 0, checked: 1632 });
    expect(outcome.result.peakRssMb).toBeGreaterThan(10);
  });

  it('reports the empty worker with no engine loaded', async () => {
    const outcome = await runWorker({ engine: 'baseline', size: 'small', reps: 1, edits: 0, clock: 'wall' });
    expect(outcome.ok && outcome.result.engine).toBe('baseline');
  });

  it('reports a crash with its error line instead of a result', async () => {
    const outcome = await runWorker({ engine: 'float64', size: 'huge' as 'small', reps: 1, edits: 0, clock: 'wall' });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('unknown size huge') });
  });
});
