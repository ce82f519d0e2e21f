/**
 * Puts the remembering frame builder (`frame-builder.ts`) in place of Ink's `Output.prototype.get`, for every
 * Ink render in this process. It is a replacement of Ink's private code, so it is made only on the exact
 * `build/output.js` it was written and tested against; on any other Ink the app keeps Ink's own builder and is
 * merely slower (a test fails on an Ink upgrade, to have the builder checked against the new code).
 */
import { loadInkInternals, type InkInternals, type InkOutput } from './ink-internals.js';
import { createFrameBuilder, type Frame } from './frame-builder.js';

/** ink 6.8.0's build/output.js. */
export const MATCHED_OUTPUT_SOURCE = 'de9078c7fc647c40cf9e32d6658fcbbee91dae9e3f6334e5f4ebfc5905fc401d';

export type FrameBuilderStatus = { installed: true; inkVersion: string } | { installed: false; reason: string };

let status: Promise<FrameBuilderStatus> | undefined;
let inksOwn: ((this: InkOutput) => Frame) | undefined;

/** Ink's own `get`, replaced or not: what the frame builder is checked against. */
export function inksOwnFrameBuilder(ink: InkInternals): (this: InkOutput) => Frame {
  return inksOwn ?? ink.Output.prototype.get;
}

/** Idempotent; never throws: a failure leaves Ink as it was and says why. */
export function useRememberingFrameBuilder(): Promise<FrameBuilderStatus> {
  status ??= install();
  return status;
}

async function install(): Promise<FrameBuilderStatus> {
  try {
    const ink = await loadInkInternals();
    if (ink.outputSourceHash !== MATCHED_OUTPUT_SOURCE) {
      return { installed: false, reason: `ink ${ink.version}'s build/output.js is not the one the frame builder matches` };
    }
    inksOwn = ink.Output.prototype.get;
    ink.Output.prototype.get = createFrameBuilder(ink);
    return { installed: true, inkVersion: ink.version };
  } catch (error) {
    return { installed: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
