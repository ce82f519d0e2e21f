/** A yes/no question; y or Enter confirms, n or Esc declines. */
import { useKeys } from '../hooks/use-keys.js';
import { Box, Text } from 'ink';
import type { Theme } from '../theme.js';

export interface ConfirmProps {
  question: string;
  onYes(): void;
  onNo(): void;
  isActive: boolean;
  theme: Theme;
}

export function Confirm({ question, onYes, onNo, isActive, theme }: ConfirmProps) {
  useKeys(
    (input, key) => {
      if (input === 'y' || input === 'Y' || key.return) onYes();
      else if (input === 'n' || input === 'N' || key.escape) onNo();
    },
    isActive,
  );
  return (
    <Box>
      <Text bold color={theme.color('warning')}>
        {question} <Text inverse>y</Text>/<Text inverse>n</Text>
      </Text>
    </Box>
  );
}
