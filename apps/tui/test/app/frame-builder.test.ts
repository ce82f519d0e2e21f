import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadInkInternals, type Clip, type InkOutput, type Transformer } from '../../src/app/ink-output/ink-internals.js';
import { createFrameBuilder, RecentMap } from '../../src/app/ink-output/frame-builder.js';
import { inksOwnFrameBuilder, useRememberingFrameBuilder } from '../../src/app/ink-output/install.js';

const ink = await loadInkInternals();
const inksOwn = inksOwnFrameBuilder(ink);

type Step =
  | { type: 'write'; x: number; y: number; text: string; transformers: Transformer[] }
  | { type: 'clip'; clip: Clip }
  | { type: 'unclip' };

function outputOf(width: number, height: number, steps: Step[]): InkOutput {
  const output = new ink.Output({ width, height });
  for (const step of steps) {
    if (step.type === 'write') output.write(step.x, step.y, step.text, { transformers: step.transformers });
    else if (step.type === 'clip') output.clip(step.clip);
    else output.unclip();
  }
  return output;
}

const upper: Transformer = (line) => line.toUpperCase();
const bold: Transformer = (line, index) => (index % 2 === 0 ? `\u001B[1m${line}\u001B[22m` : line);

// What the app's panels are made of: ASCII, blanks, raw SGR codes left open or closed, braille chart marks, and
// the wide characters (CJK, emoji) whose cells Ink fills with empties.
const pieces = ['a', 'Z', '7', ' ', '  ', '-', '\n', '⣿', '⠁', '漢', '🙂', 'é', '\u001B[31m', '\u001B[1;32m', '\u001B[39m', '\u001B[0m', '\u001B[7m'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));
const step = (width: number, height: number): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({
      type: fc.constant('write' as const),
      x: fc.integer({ min: -3, max: width + 3 }),
      y: fc.integer({ min: -2, max: height + 2 }),
      text,
      transformers: fc.constantFrom<Transformer[]>([], [upper], [bold], [upper, bold]),
    }) },
    { weight: 1, arbitrary: fc.record({
      type: fc.constant('clip' as const),
      clip: fc.record({ x1: fc.integer({ min: 0, max: width }), x2: fc.integer({ min: 0, max: width }), y1: fc.integer({ min: 0, max: height }), y2: fc.integer({ min: 0, max: height }) }, { requiredKeys: [] }),
    }) },
    { weight: 1, arbitrary: fc.constant({ type: 'unclip' as const }) },
  );

describe('the remembering frame builder', () => {
  it('is what the app draws with, on the Ink this repository locks (an Ink upgrade fails here: check the builder against its output.js)', async () => {
    expect(await useRememberingFrameBuilder()).toEqual({ installed: true, inkVersion: ink.version });
    expect(ink.Output.prototype.get).not.toBe(inksOwn);
  });

  it('draws every frame of a sequence exactly as Ink does, whatever the frames before it were', () => {
    const frames = fc.integer({ min: 1, max: 24 }).chain((width) =>
      fc.integer({ min: 1, max: 8 }).chain((height) =>
        fc.record({
          width: fc.constant(width),
          height: fc.constant(height),
          // Each frame repeats some of the last frame's writes, as a redraw after a small change does.
          frames: fc.array(fc.array(step(width, height), { maxLength: 10 }), { minLength: 1, maxLength: 6 }),
          keep: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        }),
      ),
    );
    fc.assert(
      fc.property(frames, ({ width, height, frames, keep }) => {
        const builder = createFrameBuilder(ink);
        let previous: Step[] = [];
        frames.forEach((steps, n) => {
          const drawn = keep[n] ? [...previous, ...steps] : steps;
          const output = outputOf(width, height, drawn);
          expect(builder.call(output)).toEqual(inksOwn.call(output));
          previous = drawn;
        });
      }),
      { numRuns: 400 },
    );
  });

  it('redraws a row that changed and reuses the rows that did not', () => {
    const builder = createFrameBuilder(ink);
    const first = outputOf(10, 3, [
      { type: 'write', x: 0, y: 0, text: '\u001B[31mtitle', transformers: [] },
      { type: 'write', x: 0, y: 1, text: '1.5%\n2.0%', transformers: [] },
    ]);
    const second = outputOf(10, 3, [
      { type: 'write', x: 0, y: 0, text: '\u001B[31mtitle', transformers: [] },
      { type: 'write', x: 0, y: 1, text: '1.5%\n2.5%', transformers: [] },
    ]);
    expect(builder.call(first).output).toBe(inksOwn.call(first).output);
    expect(builder.call(second).output).toBe(inksOwn.call(second).output);
    expect(builder.call(second).output.split('\n')[2]).toBe('2.5%');
  });
});

describe('RecentMap', () => {
  it('keeps what was read in the last generation and forgets the rest', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3); // a and b become the previous generation
    expect(map.get('a')).toBe(1); // read: moves to the current generation
    map.set('d', 4); // current (c, a) was full: it becomes the previous; b is forgotten
    expect(map.get('b')).toBeUndefined();
    expect(map.get('a')).toBe(1);
    expect(map.get('c')).toBe(3);
  });
});
