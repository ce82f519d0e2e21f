/** Waiting for what the user would see: polls the rendered frame (without colour codes) until it matches. */
import { writeFileSync } from 'node:fs';

const ANSI = /\u001B\[[0-9;]*m/g;

export function plain(frame: string | undefined): string {
  return (frame ?? '').replace(ANSI, '');
}

/** Resolves with the first frame that matches; rejects with the last frame after a generous limit. */
export async function frameMatching(
  lastFrame: () => string | undefined,
  match: string | RegExp | ((frame: string) => boolean),
  limitMs = 30_000,
): Promise<string> {
  const test = typeof match === 'function' ? match : (f: string) => (typeof match === 'string' ? f.includes(match) : match.test(f));
  const deadline = Date.now() + limitMs;
  for (;;) {
    const frame = plain(lastFrame());
    if (test(frame)) {
      // Let React run the effects of that render (Ink subscribes key handlers in them) before the next keys.
      await new Promise((r) => setTimeout(r, 5));
      return frame;
    }
    if (Date.now() > deadline) {
      // vitest cuts long messages; FRAME_DUMP=file keeps the whole last frame for a look.
      if (process.env['FRAME_DUMP']) writeFileSync(process.env['FRAME_DUMP'], frame);
      throw new Error(`no frame matched ${String(match)}; the last one:\n${frame}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}
