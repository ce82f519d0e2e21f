/**
 * The targets, as ratios of two engines measured in the same run. A target whose engines were not both
 * measured is "skipped" with the reason, never passed.
 */
import type { EngineName } from '../engines/engine.js';
import type { SizeName } from '../synthetic/sizes.js';
import type { WorkerResult } from './protocol.js';

export type Verdict = 'PASS' | 'FAIL' | 'SKIP';

export interface TargetCheck {
  target: string;
  size: SizeName;
  ratio: number;
  /** `≤ 3×`, `≥ 100×`... */
  limit: string;
  verdict: Verdict;
  note?: string;
}

type Metric = 'fullMs' | 'editMs' | 'peakRssMb';

interface RatioTarget {
  target: string;
  sizes: SizeName[];
  /** ratio = numerator's metric / denominator's metric */
  numerator: EngineName;
  denominator: EngineName;
  metric: Metric;
  compare: 'atMost' | 'below' | 'atLeast';
  bound: number;
}

export const TARGETS: readonly RatioTarget[] = [
  { target: 'full evaluation, tradesheet / float64', sizes: ['medium', 'large'], numerator: 'tradesheet', denominator: 'float64', metric: 'fullMs', compare: 'atMost', bound: 3 },
  { target: 'one-partner recompute, tradesheet / float64', sizes: ['medium', 'large'], numerator: 'tradesheet', denominator: 'float64', metric: 'editMs', compare: 'atMost', bound: 10 },
  { target: 'one-partner recompute, hyperformula / tradesheet', sizes: ['medium'], numerator: 'hyperformula', denominator: 'tradesheet', metric: 'editMs', compare: 'atLeast', bound: 100 },
  { target: 'peak memory, tradesheet / float64', sizes: ['large'], numerator: 'tradesheet', denominator: 'float64', metric: 'peakRssMb', compare: 'below', bound: 2 },
];

const LIMIT_TEXT = { atMost: '≤', below: '<', atLeast: '≥' } as const;

export interface TargetContext {
  results: readonly WorkerResult[];
  /** Sizes run in this bench run: targets at other sizes are left out. */
  sizes: readonly SizeName[];
  /** Engines not measured, by `missingKey`: skipped on purpose (SKIP) or crashed (FAIL), with why. */
  missing: ReadonlyMap<string, Missing>;
  /** RSS of an empty worker, MB, to show memory ratios net of it. */
  baselineRssMb?: number;
}

export interface Missing {
  failed: boolean;
  reason: string;
}

export function missingKey(engine: EngineName, size: SizeName): string {
  return `${engine}@${size}`;
}

export function checkTargets(context: TargetContext): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const target of TARGETS) {
    for (const size of target.sizes.filter((s) => context.sizes.includes(s))) {
      checks.push(checkOne(target, size, context));
    }
  }
  checks.push(...agreementChecks(context));
  return checks;
}

function checkOne(target: RatioTarget, size: SizeName, context: TargetContext): TargetCheck {
  const find = (engine: EngineName) => context.results.find((r) => r.engine === engine && r.size === size);
  const [top, bottom] = [find(target.numerator), find(target.denominator)];
  const limit = `${LIMIT_TEXT[target.compare]} ${target.bound}×`;
  if (!top || !bottom) {
    const absent = !top ? target.numerator : target.denominator;
    const why = context.missing.get(missingKey(absent, size)) ?? { failed: false, reason: 'not run' };
    const verdict = why.failed ? 'FAIL' : 'SKIP';
    return { target: target.target, size, ratio: NaN, limit, verdict, note: `${absent}: ${why.reason}` };
  }
  const ratio = top[target.metric] / bottom[target.metric];
  const ok =
    target.compare === 'atMost' ? ratio <= target.bound : target.compare === 'below' ? ratio < target.bound : ratio >= target.bound;
  const check: TargetCheck = { target: target.target, size, ratio, limit, verdict: ok ? 'PASS' : 'FAIL' };
  if (target.metric === 'peakRssMb' && context.baselineRssMb !== undefined) {
    const base = context.baselineRssMb;
    check.note = `net of the empty worker's ${base.toFixed(0)} MB: ${((top.peakRssMb - base) / (bottom.peakRssMb - base)).toFixed(2)}×`;
  }
  return check;
}

/** One check per size: every engine measured there agreed with the float64 reference on every output cell. */
function agreementChecks(context: TargetContext): TargetCheck[] {
  return context.sizes.map((size) => {
    const checked = context.results.filter((r) => r.size === size && r.agreement);
    const worst = checked.reduce((max, r) => Math.max(max, r.agreement!.maxRelDiff ?? Infinity), 0);
    const failed = checked.filter((r) => r.agreement!.mismatches > 0);
    const check: TargetCheck = {
      target: `agreement with float64, ${checked.map((r) => r.engine).join(' + ') || 'no engine'}`,
      size,
      ratio: checked.length === 0 ? NaN : worst,
      limit: '≤ 1e-9 rel',
      verdict: checked.length === 0 ? 'SKIP' : failed.length === 0 ? 'PASS' : 'FAIL',
    };
    const first = failed[0]?.agreement?.first;
    if (failed[0] && first) {
      check.note = `${failed[0].engine}: ${failed[0].agreement!.mismatches} cells differ, first ${first.variable}[${first.index}] ${first.actual} vs ${first.expected}`;
    }
    return check;
  });
}
