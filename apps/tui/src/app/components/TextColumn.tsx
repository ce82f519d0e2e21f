/**
 * A column of cells drawn as one multi-line text node placed by the layout, for tables that redraw on every
 * nudge. Why: Ink 6 pays for every character it is given on every frame, blanks included, and for every node; a
 * row of padded cells gives it both, a column gives it neither. The terminal shows the same cells.
 */
import { Box, Text } from 'ink';

const ANSI = /\u001B\[[0-9;]*m/g;

/**
 * `lines` (which may hold SGR codes) right-aligned in `width` columns. Each line is padded on the left only to
 * the longest line, and the text sits at the right of the box; an empty line leaves its cell blank. The line at
 * `alone` (a highlighted cell drawn across the full width) gets a node of its own so the others need no padding
 * to its width.
 */
export function RightColumn({ lines, width, alone }: { lines: readonly string[]; width: number; alone?: number | undefined }) {
  const groups = alone === undefined || alone < 0 || alone >= lines.length
    ? [lines]
    : [lines.slice(0, alone), lines.slice(alone, alone + 1), lines.slice(alone + 1)].filter((g) => g.length > 0);
  return (
    <Box width={width} flexShrink={0} flexDirection="column" alignItems="flex-end">
      {groups.map((group, i) =>
        // An empty text has no height; blank rows still take theirs.
        group.every((l) => l === '') ? <Box key={i} height={group.length} /> : <Text key={i}>{rightAligned(group)}</Text>,
      )}
    </Box>
  );
}

function rightAligned(lines: readonly string[]): string {
  const widths = lines.map((l) => (l.includes('\u001B') ? l.replace(ANSI, '').length : l.length));
  const widest = Math.max(0, ...widths);
  return lines.map((l, i) => (l === '' ? '' : ' '.repeat(widest - widths[i]!) + l)).join('\n');
}

/** `lines` left-aligned in `width` columns (nothing written after them). */
export function LeftColumn({ lines, width }: { lines: readonly string[]; width: number }) {
  return (
    <Box width={width} flexShrink={0}>
      <Text>{lines.join('\n')}</Text>
    </Box>
  );
}
