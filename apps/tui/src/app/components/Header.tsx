/** Model, scenario, as-of month, the unsaved mark and the view tabs: where the user is, on one line. */
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Theme } from '../theme.js';

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
  return (
    <Box width={width} height={1} justifyContent="space-between">
      <Box flexShrink={1}>
      <Text wrap="truncate">
        <Text bold color={theme.color('accent')}>
          {model}
        </Text>
        {' · '}
        <Text bold>{scenario}</Text>
        {dirty ? <Text color={theme.color('warning')}> ● unsaved</Text> : null}
        <Text color={theme.color('muted')}>{asOf ? ` · data to ${asOf}` : ''}</Text>
      </Text>
      </Box>
      <Box flexShrink={0}>
      <Text>
        {VIEWS.map((v, i) => (
          <Text key={v.id} inverse={v.id === view} bold={v.id === view}>
            {compact && v.id !== view ? ` ${i + 1} ` : ` ${i + 1} ${v.title} `}
          </Text>
        ))}
      </Text>
      </Box>
    </Box>
  );
});
