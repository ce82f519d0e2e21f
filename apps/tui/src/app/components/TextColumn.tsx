/**
 * A column of cells drawn as one multi-line text node placed by the layout, for tables that redraw on every
 * nudge. Why: Ink 6 pays for every character it is given on every frame, blanks included, and for every node; a
 * row of padded cells gives it both, a column gives it neither. The terminal shows the same cells.
 */
import { Box, Text } from 'ink';

const ANSI = /\u001B\[[0-9;]*m/g;

/**
 * `lines` (which may hold SGR codes) right-aligned in `width` columns. Each line is padded on the left only to
 * the longest line, and the text sits at the right of the box; an empty line leaves its cell blank.
 */
export function RightColumn({ lines, width, marginLeft }: { lines: readonly string[]; width: number; marginLeft?: number }) {
  const widths = lines.map((l) => (l.includes('\u001B') ? l.replace(ANSI, '').length : l.length));
  const widest = Math.max(0, ...widths);
  return (
    <Box width={width} flexShrink={0} flexDirection="column" alignItems="flex-end" marginLeft={marginLeft ?? 0}>
      <Text>{lines.map((l, i) => (l === '' ? '' : ' '.repeat(widest - widths[i]!) + l)).join('\n')}</Text>
    </Box>
  );
}

/** `lines` left-aligned in `width` columns (nothing written after them). */
export function LeftColumn({ lines, width }: { lines: readonly string[]; width: number }) {
  return (
    <Box width={width} flexShrink={0}>
      <Text>{lines.join('\n')}</Text>
    </Box>
  );
}
