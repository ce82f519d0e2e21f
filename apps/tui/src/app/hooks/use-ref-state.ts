/**
 * State with a ref that is current as of the last update, not the last render: key handlers read it, so several
 * keys handled before React redraws (one chunk of input, `0` then Enter) each see the effect of the one before.
 */
import { useCallback, useRef, useState } from 'react';

export type RefStateSetter<T> = (next: T | ((prev: T) => T)) => void;

export function useRefState<T>(initial: T): [T, RefStateSetter<T>, { readonly current: T }] {
  const [value, setValue] = useState(initial);
  const ref = useRef(initial);
  const set = useCallback<RefStateSetter<T>>((next) => {
    ref.current = typeof next === 'function' ? (next as (prev: T) => T)(ref.current) : next;
    setValue(ref.current);
  }, []);
  return [value, set, ref];
}
