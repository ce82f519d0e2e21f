/**
 * `useInput` with a handler that always sees the latest render's state. Ink re-subscribes a changed handler in a
 * passive effect, which can run after the next keypress arrives: fast typing (or a test's keystrokes) would then
 * reach a handler holding the previous selection. A ref updated on every render closes that gap.
 */
import { useInput, type Key } from 'ink';
import { useCallback, useRef } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

export function useKeys(handler: KeyHandler, isActive: boolean): void {
  const latest = useRef(handler);
  latest.current = handler;
  const stable = useCallback<KeyHandler>((input, key) => latest.current(input, key), []);
  useInput(stable, { isActive });
}
