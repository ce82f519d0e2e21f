/**
 * The cells an edit just changed, for a moment: the highlight fades after `ms` so the next edit's changes stand
 * out on their own.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { noChanges, type ChangedCells } from '../model-view.js';

export function useFlash(ms = 1500): [ChangedCells, (cells: ChangedCells) => void] {
  const [cells, setCells] = useState<ChangedCells>(noChanges);
  const timer = useRef<NodeJS.Timeout | undefined>(undefined);
  const flash = useCallback(
    (next: ChangedCells) => {
      setCells(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setCells(noChanges), ms);
      // A pending fade must not keep the process alive after the app quits.
      timer.current.unref?.();
    },
    [ms],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return [cells, flash];
}
