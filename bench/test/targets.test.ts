import { describe, expect, it } from 'vitest';
import type { WorkerResult } from '../src/runner/protocol.js';
import { checkTargets, missingKey, type Missing } from '../src/runner/targets.js';
import type { SizeName } from '../src/synthetic/sizes.js';

function result(engine: WorkerResult['engine'], size: SizeName, fields: Partial<WorkerResult> = {}): WorkerResult {
  return { engine, size, cells: 1, buildMs: 1, fullMs: 1, editMs: 1, peakRssMb: 100, ...fields };
}

const agreed = { checked: 10, mismatches: 0, maxRelDiff: 0 };

function medium(tradesheet: Partial<WorkerResult>, hyperformula: Partial<WorkerResult> = { editMs: 1000 }) {
  return [
    result('float64', 'medium'),
    result('tradesheet', 'medium', { agreement: agreed, ...tradesheet }),
    result('hyperformula', 'medium', { agreement: agreed, ...hyperformula }),
  ];
}

function verdicts(results: WorkerResult[], sizes: SizeName[], missing = new Map<string, Missing>()) {
  return Object.fromEntries(checkTargets({ results, sizes, missing }).map((c) => [`${c.target} @${c.size}`, c.verdict]));
}

describe('checkTargets', () => {
  it('passes a full evaluation within 3× of the reference and fails one beyond', () => {
    const key = 'full evaluation, tradesheet / float64 @medium';
    expect(verdicts(medium({ fullMs: 3 }), ['medium'])[key]).toBe('PASS');
    expect(verdicts(medium({ fullMs: 3.1 }), ['medium'])[key]).toBe('FAIL');
  });

  it('requires the one-partner recompute within 10× of the reference and 100× faster than HyperFormula', () => {
    const within = verdicts(medium({ editMs: 9 }, { editMs: 901 }), ['medium']);
    expect(within['one-partner recompute, tradesheet / float64 @medium']).toBe('PASS');
    expect(within['one-partner recompute, hyperformula / tradesheet @medium']).toBe('PASS');
    const slow = verdicts(medium({ editMs: 11 }, { editMs: 1000 }), ['medium']);
    expect(slow['one-partner recompute, tradesheet / float64 @medium']).toBe('FAIL');
    expect(slow['one-partner recompute, hyperformula / tradesheet @medium']).toBe('FAIL');
  });

  it('checks peak memory at large only, and shows the ratio net of the empty worker', () => {
    const results = [result('float64', 'large', { peakRssMb: 120 }), result('tradesheet', 'large', { peakRssMb: 200, agreement: agreed })];
    const checks = checkTargets({ results, sizes: ['large'], missing: new Map(), baselineRssMb: 40 });
    const memory = checks.find((c) => c.target.startsWith('peak memory'));
    expect(memory).toMatchObject({ verdict: 'PASS', size: 'large' });
    expect(memory?.note).toContain('2.00×');
  });

  it('skips a target whose engine was left out on purpose, and fails one whose engine crashed', () => {
    const missing = new Map<string, Missing>([
      [missingKey('hyperformula', 'large'), { failed: false, reason: 'skipped at large' }],
      [missingKey('tradesheet', 'medium'), { failed: true, reason: 'crashed' }],
    ]);
    const results = [result('float64', 'medium'), result('float64', 'large')];
    const v = verdicts(results, ['medium', 'large'], missing);
    expect(v['full evaluation, tradesheet / float64 @medium']).toBe('FAIL');
    expect(v['full evaluation, tradesheet / float64 @large']).toBe('SKIP');
  });

  it('fails agreement at a size where an engine disagreed with the reference', () => {
    const bad = { checked: 10, mismatches: 2, maxRelDiff: 0.5, first: { variable: 'surplus' as const, index: 3, actual: 1, expected: 2 } };
    const checks = checkTargets({ results: medium({ agreement: bad }), sizes: ['medium'], missing: new Map() });
    const agreement = checks.find((c) => c.target.startsWith('agreement'));
    expect(agreement?.verdict).toBe('FAIL');
    expect(agreement?.note).toContain('tradesheet: 2 cells differ');
  });

  it('leaves out targets at sizes not run', () => {
    expect(Object.keys(verdicts(medium({}), ['small'])).filter((k) => !k.startsWith('agreement'))).toEqual([]);
  });
});
