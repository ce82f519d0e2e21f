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
  /**
   * Bumped when variable definitions (formulas, sources, units) may have changed: any edit but a plain input,
   * undo, redo, a new session. Memoise what reads definitions on it; a nudge leaves it alone.
   */
  definitions: number;
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
  const [definitions, setDefinitions] = useState(0);
  const redefine = useCallback(() => setDefinitions((v) => v + 1), []);
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
      if ((Array.isArray(edits) ? edits : [edits]).some((e) => e.kind !== 'setInput')) redefine();
      after(changes);
      return changes;
    },
    [after, redefine],
  );
  const undo = useCallback(() => {
    redefine();
    return after(ref.current!.undo());
  }, [after, redefine]);
  const redo = useCallback(() => {
    redefine();
    return after(ref.current!.redo());
  }, [after, redefine]);
  const replace = useCallback(
    (next: Session) => {
      ref.current = next;
      redefine();
      bump();
    },
    [bump, redefine],
  );

  return useMemo(
    () => ({ session: ref.current!, version, definitions, changed, apply, undo, redo, replace, touch: bump }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version, definitions, changed, apply, undo, redo, replace, bump],
  );
}
