/** Model, scenario, as-of month, the unsaved mark and the view tabs: where the user is, on one line. */
import { Box } from 'ink';
import { memo } from 'react';
import type { Theme } from '../theme.js';
import { StyledLine } from './StyledLine.js';

export type View = 'assumptions' | 'sheet' | 'scenarios';
export const VIEWS: readonly { id: View; title: string }[] = [
  { id: 'assumptions', title: 'Assumptions' },
  { id: 'sheet', title: 'Sheet' },
  { id: 'scenarios', title: 'Scenarios' },
];

export interface HeaderProps {
  model: string;
  scenario: string;
  asOf: string | undefined;
  dirty: boolean;
  view: View;
  width: number;
  theme: Theme;
}

// Memoised: its props are plain values, and most redraws (a nudge, a move) leave them as they were.
export const Header = memo(function Header({ model, scenario, asOf, dirty, view, width, theme }: HeaderProps) {
  // Below 120 columns only the current view's title fits beside the model and scenario names.
  const compact = width < 120;
  const about = theme.line([
    [model, { role: 'accent', bold: true }],
    [' · '],
    [scenario, { bold: true }],
    [dirty ? ' ● unsaved' : '', { role: 'warning' }],
    [asOf ? ` · data to ${asOf}` : '', { role: 'muted' }],
  ]);
  const tabs = theme.line(
    VIEWS.map((v, i) => [compact && v.id !== view ? ` ${i + 1} ` : ` ${i + 1} ${v.title} `, { inverse: v.id === view, bold: v.id === view }]),
  );
  return (
    <Box width={width} height={1} justifyContent="space-between">
      <Box flexShrink={1}>
        <StyledLine text={about} />
      </Box>
      <Box flexShrink={0}>
        <StyledLine wrap="wrap" text={tabs} />
      </Box>
    </Box>
  );
});
