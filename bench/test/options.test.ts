import { describe, expect, it } from 'vitest';
import { parseOptions } from '../src/runner/options.js';
import { HYPERFORMULA_LARGE_REASON, planRun } from '../src/runner/plan.js';

describe('parseOptions', () => {
  it('runs all three sizes and engines by default, three repetitions of five full evaluations and nine edits after three warm-up builds', () => {
    expect(parseOptions([])).toMatchObject({
      sizes: ['small', 'medium', 'large'],
      engines: ['tradesheet', 'float64', 'hyperformula'],
      reps: 3,
      fulls: 5,
      edits: 9,
      warmup: 3,
      check: false,
    });
  });

  it('takes --warmup 0 (time the first build) but not a negative or fractional count', () => {
    expect(parseOptions(['--warmup', '0']).warmup).toBe(0);
    expect(() => parseOptions(['--warmup=-1'])).toThrow(/whole number/);
    expect(() => parseOptions(['--warmup', '1.5'])).toThrow(/whole number/);
  });

  it('passes --fulls to every worker, and refuses zero', () => {
    const { tasks } = planRun(parseOptions(['--fulls', '2', '--size', 'small']));
    expect(tasks.filter((t) => t.engine !== 'baseline').map((t) => t.fulls)).toEqual([2, 2, 2]);
    expect(() => parseOptions(['--fulls', '0'])).toThrow(/positive integer/);
  });

  it('takes --size more than once, in the canonical order', () => {
    const options = parseOptions(['--size', 'large', '--size', 'small', '--reps', '5', '--json', 'out.json']);
    expect(options).toMatchObject({ sizes: ['small', 'large'], reps: 5, json: 'out.json' });
  });

  it('times by CPU with --clock cpu, by elapsed time by default', () => {
    expect(parseOptions([]).clock).toBe('wall');
    expect(parseOptions(['--clock', 'cpu']).clock).toBe('cpu');
    expect(() => parseOptions(['--clock', 'sundial'])).toThrow(expect.objectContaining({ code: 'BENCH_USAGE' }));
  });

  it('rejects an unknown size or a bad repetition count with a usage error', () => {
    expect(() => parseOptions(['--size', 'huge'])).toThrow(expect.objectContaining({ code: 'BENCH_USAGE' }));
    expect(() => parseOptions(['--reps', '0'])).toThrow(/positive integer/);
    expect(() => parseOptions(['--bogus'])).toThrow(expect.objectContaining({ code: 'BENCH_USAGE' }));
  });
});

describe('planRun', () => {
  it('skips HyperFormula at large, saying why, and runs it at the other sizes', () => {
    const { tasks, skipped } = planRun(parseOptions([]));
    expect(skipped).toEqual([{ engine: 'hyperformula', size: 'large', reason: HYPERFORMULA_LARGE_REASON }]);
    expect(tasks.filter((t) => t.engine === 'hyperformula').map((t) => t.size)).toEqual(['small', 'medium']);
    expect(tasks[0]?.engine).toBe('baseline');
    expect(tasks).toHaveLength(1 + 3 * 3 - 1);
  });
});
