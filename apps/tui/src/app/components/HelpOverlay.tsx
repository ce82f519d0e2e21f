/** Every key binding, for `?`: the keymap is the single source, so the help cannot drift from the keys. */
import { Box, Text } from 'ink';
import { bindingsFor, type Scope } from '../keymap.js';
import { padRight } from '../format.js';
import type { Theme } from '../theme.js';

const TITLES: Record<Scope, string> = {
  global: 'Everywhere',
  assumptions: 'Assumptions',
  sheet: 'Sheet',
  scenarios: 'Scenarios',
};

export function HelpOverlay({ scope, theme, width = 100 }: { scope: Scope; theme: Theme; width?: number }) {
  // Two columns, each cut to its half of the screen, so the whole list fits an 80×24 terminal.
  const column = Math.floor((width - 4) / 2);
  const own = scope === 'global' ? [] : bindingsFor(scope).filter((b) => !b.scopes.includes('global'));
  const global = bindingsFor('global');
  const section = (title: string, list: typeof own) => (
    <Box flexDirection="column" width={column} marginRight={2}>
      <Text bold color={theme.color('accent')}>
        {title}
      </Text>
      {list.map((b) => (
        <Text key={b.action} wrap="truncate">
          {'  '}
          <Text bold>{padRight(b.label, 10)}</Text>
          {b.description}
        </Text>
      ))}
    </Box>
  );
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Keys (any key closes this help)</Text>
      <Box flexDirection="row" marginY={1}>
        {section(`In ${TITLES[scope]}`, own)}
        {section(TITLES.global, global)}
      </Box>
      <Text color={theme.color('muted')}>Ctrl+C quits at once and restores the terminal.</Text>
    </Box>
  );
}
