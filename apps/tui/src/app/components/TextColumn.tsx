/**
 * A column of cells drawn as one multi-line text node placed by the layout, for tables that redraw on every
 * nudge. Why: Ink 6 pays for every character it is given on every frame, blanks included, and for every node; a
 * row of padded cells gives it both, a column gives it neither. The terminal shows the same cells.
 */
import { Box, Text } from 'ink';
import { memo } from 'react';
import { withoutTrailingCodes } from '../theme.js';

const ANSI = /\u001B\[[0-9;]*m/g;

/**
 * `lines` (which may hold SGR codes; those at a line's end are dropped) right-aligned in `width` columns. Each line is padded on the left only to
 * the longest line, and the text sits at the right of the box; an empty line leaves its cell blank. A new text
 * node starts at each index in `breaks` (a highlighted cell drawn across the full width, a chart axis whose
 * labels are wider than its ticks), so the lines of each part are padded only to that part's longest.
 */
export const RightColumn = memo(function RightColumn({ lines, width, breaks = [] }: RightColumnProps) {
  const groups: (readonly string[])[] = [];
  let from = 0;
  for (const at of [...breaks, lines.length]) {
    if (at <= from || at > lines.length) continue;
    groups.push(lines.slice(from, at));
    from = at;
  }
  return (
    <Box width={width} flexShrink={0} flexDirection="column" alignItems="flex-end">
      {groups.map((group, i) =>
        // An empty text has no height; blank rows still take theirs.
        group.every((l) => l === '') ? <Box key={i} height={group.length} /> : <Block key={i} text={rightAligned(group)} />,
      )}
    </Box>
  );
}, (a, b) => a.width === b.width && same(a.lines, b.lines) && same(a.breaks ?? [], b.breaks ?? []));

interface RightColumnProps {
  lines: readonly string[];
  width: number;
  breaks?: readonly number[] | undefined;
}

/** One part of a column; a part the last change left alone keeps its node without React rendering it again. */
const Block = memo(function Block({ text }: { text: string }) {
  return <Text>{text}</Text>;
});

function rightAligned(lines: readonly string[]): string {
  const widths = lines.map((l) => (l.includes('\u001B') ? l.replace(ANSI, '').length : l.length));
  const widest = Math.max(0, ...widths);
  return lines.map((l, i) => (l === '' ? '' : ' '.repeat(widest - widths[i]!) + withoutTrailingCodes(l))).join('\n');
}

/** `lines` left-aligned in `width` columns (nothing written after them). */
export const LeftColumn = memo(function LeftColumn({ lines, width }: { lines: readonly string[]; width: number }) {
  return (
    <Box width={width} flexShrink={0}>
      <Text>{lines.map(withoutTrailingCodes).join('\n')}</Text>
    </Box>
  );
}, (a, b) => a.width === b.width && same(a.lines, b.lines));

/**
 * Columns are memoised on their content, not on the array passed (a table builds new arrays on every frame): a
 * nudge changes one column of the assumptions and leaves the names, the other columns and the years as they were.
 */
function same<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}
