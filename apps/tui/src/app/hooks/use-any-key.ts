/** Calls `onKey` on the next keypress while active: how the help overlay closes. */
import { useKeys } from './use-keys.js';

export function useAnyKey(onKey: () => void, isActive: boolean): void {
  useKeys(() => onKey(), isActive);
}
