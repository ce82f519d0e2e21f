/** The keys that work in the current view, read from the keymap, and the latest status message. */
import { Box, Text } from 'ink';
import { bindingsFor, type Scope } from '../keymap.js';
import type { Theme } from '../theme.js';

export interface Status {
  text: string;
  kind: 'info' | 'error';
}

export function Footer({ scope, status, width, theme }: { scope: Scope; status?: Status; width: number; theme: Theme }) {
  const keys = bindingsFor(scope, 'footer');
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate" color={status?.kind === 'error' ? theme.color('error') : theme.color('accent')}>
        {status?.text ?? ' '}
      </Text>
      <Text wrap="truncate">
        {keys.map((b) => (
          <Text key={b.action}>
            <Text bold inverse>
              {b.label}
            </Text>
            <Text color={theme.color('muted')}> {b.description} </Text>
          </Text>
        ))}
      </Text>
    </Box>
  );
}
