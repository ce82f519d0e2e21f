/** The selected assumption: its value, the baseline's, and its source (two lines at most, so the table stays put). */
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { WorkbookState } from '../hooks/use-workbook.js';
import { assumptionValue, provenance } from '../assumptions.js';
import type { cellTarget } from './AssumptionTable.js';
import { formatCell } from '../format.js';
import type { Theme } from '../theme.js';
import { StyledLine } from './StyledLine.js';

export function AssumptionDetail({ state, target, theme, width }: { state: WorkbookState; target: ReturnType<typeof cellTarget>; theme: Theme; width: number }) {
  const { wb, baseline } = state.session;
  // Source and unit come from the definition, which the workbook clones on each read; a nudge does not change it.
  const about = useMemo(
    () =>
      target && {
        p: provenance(wb, target.variable, target.member),
        unit: wb.variable(target.variable)?.definition.unit ?? '',
      },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [wb, target?.variable, target?.member, state.definitions],
  );
  if (!target || !about) return <Text> </Text>;
  const v = assumptionValue(wb, target.variable, target.member);
  const b = assumptionValue(baseline, target.variable, target.member);
  const { p, unit } = about;
  return (
    // Fixed height: a long source note must not push the table off the screen (two lines, truncated).
    <Box flexDirection="column" width={width} height={3}>
      <StyledLine text={theme.line([[formatCell(v, 2), { bold: true }], [` ${unit} `], [`(baseline ${formatCell(b, 2)})`, { role: 'baseline' }]])} />
      {twoLines(`${p.source ? `source: ${p.source}` : 'source: not given'}${p.confidence ? ` (${p.confidence})` : ''}`, width).map((line, i) => (
        <StyledLine key={i} text={theme.paint('muted', line)} />
      ))}
    </Box>
  );
}

/** The first two lines of `text` wrapped at word boundaries to `width`, the second cut with `…` if needed. */
function twoLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current.length > 0 && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
      if (lines.length === 2) break;
    } else current = current.length > 0 ? `${current} ${word}` : word;
  }
  if (lines.length < 2 && current) lines.push(current);
  const second = lines[1];
  if (second !== undefined && (second.length > width || lines.join(' ').length < text.length)) {
    lines[1] = `${second.slice(0, Math.max(0, width - 1))}…`;
  }
  return lines.slice(0, 2);
}

