/**
 * A one-line editor for formulas, values, names and paths. Enter submits; if `onSubmit` returns an error the
 * editor stays open showing it (with a caret under its position) and nothing else changes. Esc cancels.
 */
import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
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
  const [text, setText] = useState(initial);
  const [cursor, setCursor] = useState(initial.length);
  const [error, setError] = useState<PromptError | undefined>();

  useInput(
    (input, key) => {
      if (key.escape) return onCancel();
      if (key.return) {
        setError(onSubmit(text));
        return;
      }
      if (key.leftArrow) return setCursor((c) => Math.max(0, c - 1));
      if (key.rightArrow) return setCursor((c) => Math.min(text.length, c + 1));
      if (key.home || (key.ctrl && input === 'a')) return setCursor(0);
      if (key.end || (key.ctrl && input === 'e')) return setCursor(text.length);
      if (key.backspace || key.delete) {
        // Terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`: both erase to the left.
        if (cursor === 0) return;
        setText(text.slice(0, cursor - 1) + text.slice(cursor));
        setCursor(cursor - 1);
        setError(undefined);
        return;
      }
      if (key.ctrl || key.meta || key.tab || input === '') return;
      const clean = input.replace(/[\r\n]/g, '');
      setText(text.slice(0, cursor) + clean + text.slice(cursor));
      setCursor(cursor + clean.length);
      setError(undefined);
    },
    { isActive },
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
