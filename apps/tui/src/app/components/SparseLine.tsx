/**
 * One line of mostly blank text (the chart's year ticks) drawn as its non-blank pieces placed by margins.
 * Why: Ink 6 pays for every character it is given on every frame (it splits each line into graphemes several
 * times), blanks included, while cells nobody writes are nearly free; the terminal shows the same line either way.
 */
import { Box, Text } from 'ink';
import { memo } from 'react';
import { withoutTrailingCodes } from '../theme.js';

export interface LinePiece {
  /** Blank columns before this piece (after the previous one). */
  gap: number;
  /** The piece's text; may hold SGR colour codes, which take no columns. */
  text: string;
}

export interface LineRun {
  text: string;
  /** Undefined for a run of blanks. */
  paint?: ((text: string) => string) | undefined;
}

// A piece placed by a margin costs a box and a text node, worth it only past a few blank columns.
const MIN_GAP = 6;

/** The non-blank pieces of a line made of runs; gaps shorter than MIN_GAP stay inside a piece as spaces. */
export function linePieces(runs: readonly LineRun[]): LinePiece[] {
  const pieces: { gap: number; parts: LineRun[] }[] = [];
  let pending = 0; // blank columns since the last mark
  for (const run of runs) {
    let last = 0;
    for (const m of run.text.matchAll(/\S+/g)) {
      const gap = pending + m.index - last;
      const current = pieces.at(-1);
      if (current && gap < MIN_GAP) {
        const part = current.parts.at(-1)!;
        // Blanks between two marks of one colour are painted with them, so the codes wrap the whole stretch.
        if (part.paint === run.paint) part.text += ' '.repeat(gap) + m[0];
        else current.parts.push({ text: ' '.repeat(gap) }, { text: m[0], paint: run.paint });
      } else pieces.push({ gap, parts: [{ text: m[0], paint: run.paint }] });
      pending = 0;
      last = m.index + m[0].length;
    }
    pending += run.text.length - last;
  }
  return pieces.map(({ gap, parts }) => ({ gap, text: parts.map((p) => (p.paint ? p.paint(p.text) : p.text)).join('') }));
}

/**
 * The pieces on one row, memoised on their content (the same from one nudge to the next).
 */
export const SparseLine = memo(
  function SparseLine({ pieces }: { pieces: readonly LinePiece[] }) {
    return (
      <Box height={1} flexShrink={0}>
        {pieces.map((p, i) => (
          <Box key={i} marginLeft={p.gap} flexShrink={0}>
            <Text>{withoutTrailingCodes(p.text)}</Text>
          </Box>
        ))}
      </Box>
    );
  },
  (a, b) => a.pieces.length === b.pieces.length && a.pieces.every((p, i) => p.gap === b.pieces[i]!.gap && p.text === b.pieces[i]!.text),
);
