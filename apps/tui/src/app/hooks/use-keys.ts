/**
 * `useInput` made safe for fast input. Two things go wrong otherwise:
 * - Ink re-subscribes a changed handler in a passive effect, which can run after the next keypress arrives, so a
 *   key would reach a handler holding the previous render's state. A ref updated on every render closes that gap.
 * - A terminal (or tmux, or a paste) can deliver several keys in one chunk, `j0\r`, which Ink passes on as one
 *   input. Such chunks are split here into one call per key, so Enter after a typed number is still Enter (a
 *   pasted text reaches a prompt one character at a time, which it handles the same).
 */
import { useInput, type Key } from 'ink';
import { useCallback, useRef } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false,
  end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false,
  meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

/** One character of a chunk as Ink would have reported it alone. */
export function keyOf(ch: string): [string, Key] {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === '\r' || ch === '\n') return ['\r', { ...NO_KEY, return: true }];
  if (ch === '\t') return ['\t', { ...NO_KEY, tab: true }];
  if (code === 0x7f || code === 0x08) return ['', { ...NO_KEY, delete: code === 0x7f, backspace: code === 0x08 }];
  if (code > 0 && code < 0x20) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [ch, { ...NO_KEY, shift: /[A-Z]/.test(ch) }];
}

export function useKeys(handler: KeyHandler, isActive: boolean): void {
  const latest = useRef(handler);
  latest.current = handler;
  const stable = useCallback<KeyHandler>((input, key) => {
    if (input.length > 1 && !key.meta && !input.includes('\u001B')) {
      for (const ch of input) latest.current(...keyOf(ch));
      return;
    }
    latest.current(input, key);
  }, []);
  useInput(stable, { isActive });
}
