/**
 * The editing session as React state: the session object is mutable (the engine recomputes in place), so a
 * version counter tells React when to redraw. Every edit, undo and redo flashes the cells it changed.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ChangeSet, Edit } from '@tradesheet/core';
import { Session } from '../session.js';
import { changedCells, type ChangedCells } from '../model-view.js';
import { useFlash } from './use-flash.js';

export interface WorkbookState {
  session: Session;
  /** Bumped on every change; memoise derived data on it. */
  version: number;
  changed: ChangedCells;
  /** Applies an edit batch; throws what the engine throws, with nothing changed. */
  apply(edits: Edit | Edit[]): ChangeSet;
  undo(): boolean;
  redo(): boolean;
  /** Replaces the session (a scenario opened); the baseline workbook is kept. */
  replace(next: Session): void;
  /** Redraw after a change outside the workbook (saved, renamed). */
  touch(): void;
}

export function useWorkbook(initial: () => Session): WorkbookState {
  const ref = useRef<Session | null>(null);
  if (ref.current === null) ref.current = initial();
  const [version, setVersion] = useState(0);
  const [changed, flash] = useFlash();
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  const after = useCallback(
    (changes: ChangeSet | null) => {
      if (changes) flash(changedCells(changes));
      bump();
      return changes !== null;
    },
    [bump, flash],
  );

  const apply = useCallback(
    (edits: Edit | Edit[]) => {
      const changes = ref.current!.apply(edits);
      after(changes);
      return changes;
    },
    [after],
  );
  const undo = useCallback(() => after(ref.current!.undo()), [after]);
  const redo = useCallback(() => after(ref.current!.redo()), [after]);
  const replace = useCallback(
    (next: Session) => {
      ref.current = next;
      bump();
    },
    [bump],
  );

  return useMemo(
    () => ({ session: ref.current!, version, changed, apply, undo, redo, replace, touch: bump }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version, changed, apply, undo, redo, replace, bump],
  );
}
