/**
 * One (engine, size) measurement, run inside a worker process: build, full evaluation and one-partner edits,
 * repeated on fresh builds; then the agreement check against the float64 reference after the same operations.
 */
import { compareSnapshots, type Agreement } from '../engines/agreement.js';
import type { BenchEngine, BuiltModel, EngineFactory } from '../engines/engine.js';
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
  const { reps, warmup = 1 } = plan;
  const engine = factory(inputs);
  const builds: number[] = [];
  const fullTimes: number[] = [];
  const editTimes: number[] = [];
  // One variable, cleared before each collection: V8 keeps whatever a function's frame still holds (a dead
  // variable of the last repetition too) alive, so a model held there survived into the next build. Measured at
  // large, the peak RSS then held two models: 168 MB instead of 142-144 for Tradesheet, and 90-107 MB for the
  // reference (75 MB with one). Each repetition runs in its own function, whose frame is gone when it returns.
  let timed: Repetition | undefined;
  let last: BuiltModel | undefined;
  // The first `warmup` repetitions warm the JIT up and are not counted: every engine would otherwise be timed
  // partly running cold code, which says more about V8's tiering than about the engine.
  for (let rep = 0; rep < warmup + reps; rep++) {
    timed = undefined;
    last = undefined;
    collectGarbage();
    timed = repetition(engine, inputs, plan);
    if (rep >= warmup) {
      builds.push(timed.buildMs);
      fullTimes.push(...timed.fullMs);
      editTimes.push(...timed.editMs);
    }
    last = timed.model;
  }
  return { buildMs: median(builds), fullMs: median(fullTimes), editMs: median(editTimes), last: last! };
}

interface Repetition {
  model: BuiltModel;
  buildMs: number;
  fullMs: number[];
  editMs: number[];
}

/** One fresh build, its full evaluations, then its one-partner edits, each timed. */
function repetition(engine: BenchEngine, inputs: SyntheticInputs, plan: MeasurePlan): Repetition {
  const { fulls, edits, clock = 'wall' } = plan;
  const partner = editedPartner(inputs);
  let model: BuiltModel | undefined;
  const buildMs = timeMs(() => (model = engine.build()), clock);
  const built = model!;
  const fullMs = Array.from({ length: fulls }, (_, i) => {
    const growth = fullGrowth(i);
    return timeMs(() => built.setAllGrowth(growth.exports, growth.imports), clock);
  });
  const editMs = Array.from({ length: edits }, (_, i) => timeMs(() => built.setExportGrowth(partner, editValue(inputs, i)), clock));
  return { model: built, buildMs, fullMs, editMs };
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

/**
 * Between repetitions, so one build's garbage is not collected during the next one's timings, nor counted in its
 * peak (needs --expose-gc). Twice: V8 frees the memory of dead typed arrays on a background thread after a
 * collection, and the next collection waits for it. After one, the reference's last model was still held at the
 * next build in about half the runs at large (peak RSS 92-93 MB instead of 75).
 */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}
