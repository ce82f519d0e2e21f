/**
 * A one-line editor for formulas, values, names and paths. Enter submits; if `onSubmit` returns an error the
 * editor stays open showing it (with a caret under its position) and nothing else changes. Esc cancels.
 */
import { useKeys } from '../hooks/use-keys.js';
import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import type { Theme } from '../theme.js';

export interface PromptError {
  message: string;
  /** 0-based index into the text, for a caret. */
  position?: number;
}

export interface PromptProps {
  label: string;
  initial?: string;
  hint?: string;
  /** Returns an error to keep the prompt open, or nothing once the input is accepted. */
  onSubmit(text: string): PromptError | undefined;
  onCancel(): void;
  isActive: boolean;
  width: number;
  theme: Theme;
}

export function Prompt({ label, initial = '', hint, onSubmit, onCancel, isActive, width, theme }: PromptProps) {
  // Text and cursor change together, and a ref holds them as of the last key: keys typed faster than React
  // redraws (a paste, then Enter) each see the result of the one before.
  const [line, setLineState] = useState({ text: initial, cursor: initial.length });
  const lineRef = useRef(line);
  const setLine = (update: (l: typeof line) => typeof line) => {
    lineRef.current = update(lineRef.current);
    setLineState(lineRef.current);
  };
  const [error, setError] = useState<PromptError | undefined>();
  const { text, cursor } = line;

  useKeys(
    (input, key) => {
      if (key.escape) return onCancel();
      if (key.return) {
        setError(onSubmit(lineRef.current.text));
        return;
      }
      if (key.leftArrow) return setLine((l) => ({ ...l, cursor: Math.max(0, l.cursor - 1) }));
      if (key.rightArrow) return setLine((l) => ({ ...l, cursor: Math.min(l.text.length, l.cursor + 1) }));
      if (key.home || (key.ctrl && input === 'a')) return setLine((l) => ({ ...l, cursor: 0 }));
      if (key.end || (key.ctrl && input === 'e')) return setLine((l) => ({ ...l, cursor: l.text.length }));
      if (key.backspace || key.delete) {
        // Terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`: both erase to the left.
        setLine((l) => (l.cursor === 0 ? l : { text: l.text.slice(0, l.cursor - 1) + l.text.slice(l.cursor), cursor: l.cursor - 1 }));
        setError(undefined);
        return;
      }
      if (key.ctrl || key.meta || key.tab || input === '') return;
      const clean = input.replace(/[\r\n]/g, '');
      setLine((l) => ({ text: l.text.slice(0, l.cursor) + clean + l.text.slice(l.cursor), cursor: l.cursor + clean.length }));
      setError(undefined);
    },
    isActive,
  );

  const caretColumn = label.length + 1 + (error?.position ?? 0);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-start">
        <Text bold color={theme.color('accent')}>
          {label}
        </Text>{' '}
        {text.slice(0, cursor)}
        <Text inverse>{text[cursor] ?? ' '}</Text>
        {text.slice(cursor + 1)}
      </Text>
      {error ? (
        <>
          {error.position !== undefined ? (
            <Text color={theme.color('error')}>{' '.repeat(caretColumn)}^</Text>
          ) : null}
          <Text color={theme.color('error')} wrap="wrap">
            {error.message}
          </Text>
        </>
      ) : (
        <Text color={theme.color('muted')} wrap="truncate">
          {hint ?? 'Enter to accept, Esc to cancel'}
        </Text>
      )}
    </Box>
  );
}
