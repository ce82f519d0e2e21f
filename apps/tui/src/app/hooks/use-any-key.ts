/** Calls `onKey` on the next keypress while active: how the help overlay closes. */
import { useInput } from 'ink';

export function useAnyKey(onKey: () => void, isActive: boolean): void {
  useInput(() => onKey(), { isActive });
}
