/**
 * One (engine, size) measurement, run inside a worker process: build, full evaluation and one-partner edits,
 * repeated on fresh builds; then the agreement check against the float64 reference after the same operations.
 */
import { compareSnapshots, type Agreement } from '../engines/agreement.js';
import type { BuiltModel, EngineFactory } from '../engines/engine.js';
import { Float64TradeModel } from '../engines/float64-model.js';
import { generateInputs, type SyntheticInputs } from '../synthetic/inputs.js';
import { cellCount, SIZES, type SizeName } from '../synthetic/sizes.js';
import { median, timeMs, type Clock } from './stats.js';

export interface Measurement {
  buildMs: number;
  fullMs: number;
  editMs: number;
  /** Kept alive until the caller has read the peak RSS, then checked. */
  last: BuiltModel;
}

/** The partner whose growth the one-partner edit changes: `p7`, or the last partner of a smaller model. */
export function editedPartner(inputs: SyntheticInputs): number {
  return Math.min(7, inputs.size.partners - 1);
}

/** The full evaluation's growth rates, % y/y, for every partner at once. */
export const FULL_GROWTH = { exports: 6, imports: 4 } as const;

/**
 * The growth rates of the i-th full evaluation of a build: FULL_GROWTH, then other rates, alternating, so every
 * full evaluation changes every formula cell.
 */
export function fullGrowth(i: number): { exports: number; imports: number } {
  return i % 2 === 0 ? FULL_GROWTH : { exports: FULL_GROWTH.exports - 1, imports: FULL_GROWTH.imports - 1 };
}

/** How much of each kind a worker times. */
export interface MeasurePlan {
  /** Counted builds. */
  reps: number;
  /** Full evaluations timed per build. */
  fulls: number;
  /** One-partner edits timed per build, after the full evaluations. */
  edits: number;
  clock?: Clock;
  /** Builds first, each with its full evaluations and edits, not counted. */
  warmup?: number;
}

/** The value of the i-th edit: alternating, so every edit changes the cell. */
export function editValue(inputs: SyntheticInputs, i: number): number {
  return inputs.exportGrowth[editedPartner(inputs)]! + (i % 2 === 0 ? 2.5 : -1.5);
}

export function measure(factory: EngineFactory, inputs: SyntheticInputs, plan: MeasurePlan): Measurement {
  const { reps, fulls, edits, clock = 'wall', warmup = 1 } = plan;
  const engine = factory(inputs);
  const partner = editedPartner(inputs);
  const builds: number[] = [];
  const fullTimes: number[] = [];
  const editTimes: number[] = [];
  let last: BuiltModel | undefined;
  // The first `warmup` repetitions warm the JIT up and are not counted: every engine would otherwise be timed
  // partly running cold code, which says more about V8's tiering than about the engine.
  for (let rep = 0; rep < warmup + reps; rep++) {
    const counted = rep >= warmup;
    last = undefined;
    collectGarbage();
    let model: BuiltModel | undefined;
    const buildMs = timeMs(() => (model = engine.build()), clock);
    const built = model!;
    const fullMs = Array.from({ length: fulls }, (_, i) => {
      const growth = fullGrowth(i);
      return timeMs(() => built.setAllGrowth(growth.exports, growth.imports), clock);
    });
    const editMs = Array.from({ length: edits }, (_, i) =>
      timeMs(() => built.setExportGrowth(partner, editValue(inputs, i)), clock),
    );
    if (counted) {
      builds.push(buildMs);
      fullTimes.push(...fullMs);
      editTimes.push(...editMs);
    }
    last = built;
  }
  return { buildMs: median(builds), fullMs: median(fullTimes), editMs: median(editTimes), last: last! };
}

/** The reference after the same operations as one repetition of `measure`, compared cell by cell. */
export function checkAgreement(model: BuiltModel, inputs: SyntheticInputs, plan: Pick<MeasurePlan, 'fulls' | 'edits'>): Agreement {
  const { fulls, edits } = plan;
  const reference = new Float64TradeModel(inputs);
  for (let i = 0; i < fulls; i++) reference.setAllGrowth(fullGrowth(i).exports, fullGrowth(i).imports);
  for (let i = 0; i < edits; i++) reference.setExportGrowth(editedPartner(inputs), editValue(inputs, i));
  return compareSnapshots(model.snapshot(), reference.snapshot());
}

export function inputsFor(size: SizeName): SyntheticInputs {
  return generateInputs(SIZES[size]);
}

export { cellCount };

/** Between repetitions, so one build's garbage is not collected during the next one's timings (needs --expose-gc). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
