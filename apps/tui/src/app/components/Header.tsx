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
  const about =
    theme.style(model, { role: 'accent', bold: true }) +
    ' · ' +
    theme.style(scenario, { bold: true }) +
    (dirty ? theme.paint('warning', ' ● unsaved') : '') +
    (asOf ? theme.paint('muted', ` · data to ${asOf}`) : '');
  const tabs = VIEWS.map((v, i) => {
    const title = compact && v.id !== view ? ` ${i + 1} ` : ` ${i + 1} ${v.title} `;
    return v.id === view ? theme.style(title, { inverse: true, bold: true }) : title;
  }).join('');
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
