/**
 * Every variable × month (or year), scrollable both ways, with a formula bar for the selected cell. `=` edits the
 * cell's formula in the bar; a formula that does not parse shows its error and position and changes nothing.
 */
import { useKeys } from '../hooks/use-keys.js';
import { Box } from 'ink';
import { useMemo, useState } from 'react';
import { useRefState } from '../hooks/use-ref-state.js';
import { actionFor, type Action } from '../keymap.js';
import { cellInfo, sheetColumns, sheetRows, type Period } from '../sheet-model.js';
import { SheetGrid, COLUMN_WIDTH } from '../components/SheetGrid.js';
import { FormulaBar, FORMULA_BAR_HEIGHT } from '../components/FormulaBar.js';
import { Prompt } from '../components/Prompt.js';
import { parseTyped, promptError } from '../edit-errors.js';
import { isErrorValue } from '../format.js';
import type { ScreenProps } from './AssumptionsScreen.js';
import type { Edit } from '@tradesheet/core';

const NUDGE: Partial<Record<Action, number>> = { 'nudge-up': 0.5, 'nudge-down': -0.5, 'nudge-up-big': 5, 'nudge-down-big': -5 };

/** Keeps `index` inside a window of `size` starting at `start`. */
function scrollTo(start: number, index: number, size: number): number {
  if (index < start) return index;
  if (index >= start + size) return index - size + 1;
  return start;
}

export function SheetScreen({ state, isActive, width, height, theme, onGlobal, onStatus }: ScreenProps) {
  const { session, changed } = state;
  const wb = session.wb;
  const [period, setPeriod] = useState<Period>('month');
  const rows = useMemo(() => sheetRows(wb), [wb, state.version]);
  const columns = useMemo(() => sheetColumns(wb, period), [wb, period]);
  const asOfIndex = Math.max(0, columns.findIndex((c) => wb.calendar.asOf !== undefined && c.month > wb.calendar.asOf));
  const [sel, setSel, selRef] = useRefState({ row: 0, col: asOfIndex });
  const [view, setView] = useState({ top: 0, left: Math.max(0, asOfIndex - 2) });
  const [showError, setShowError] = useState(false);
  const [typing, setTyping, typingRef] = useRefState<string | undefined>(undefined);
  const [editing, setEditing, editingRef] = useRefState(false);

  const variableWidth = Math.min(26, Math.max(14, Math.floor(width * 0.22)));
  const memberWidth = 10;
  const visibleColumns = Math.max(1, Math.floor((width - variableWidth - memberWidth) / COLUMN_WIDTH));
  const promptLines = editing || typing !== undefined ? 3 : 0;
  // The bar, a blank line and the grid's header row sit above the rows.
  const visibleRows = Math.max(1, height - FORMULA_BAR_HEIGHT - 2 - promptLines);

  const row = rows[Math.min(sel.row, rows.length - 1)]!;
  const column = columns[Math.min(sel.col, columns.length - 1)]!;
  const info = cellInfo(wb, row, column.month);

  // Moves relative to the selection as of the last key (a ref, ahead of the redraw), so keys faster than the
  // redraw add up; the window scrolls to keep the selection in view.
  const select = (to: (prev: { row: number; col: number }) => { row: number; col: number }) => {
    const next = to(selRef.current);
    const row = Math.max(0, Math.min(rows.length - 1, next.row));
    const col = Math.max(0, Math.min(columns.length - 1, next.col));
    setSel({ row, col });
    setView((v) => ({ top: scrollTo(v.top, row, visibleRows), left: scrollTo(v.left, col, visibleColumns) }));
    setShowError(false);
  };

  const applyEdit = (edit: Edit, what: string) => {
    try {
      const changes = state.apply(edit);
      onStatus({ text: `${what} · ${changes.count} cells recomputed`, kind: 'info' });
    } catch (error) {
      onStatus({ text: promptError(error).message, kind: 'error' });
    }
  };

  // Values typed or nudged here set this one cell's input, as in a spreadsheet; a computed cell is left alone.
  const setCell = (value: number, what: string) => {
    if (!info.isInput) {
      onStatus({ text: `${row.label} ${column.month} is computed by its formula: press = to edit it`, kind: 'error' });
      return;
    }
    const where = row.member === undefined ? {} : { member: row.member };
    applyEdit({ kind: 'setInput', variable: row.variable, ...where, month: column.month, value }, what);
  };

  useKeys(
    (input, key) => {
      if (typingRef.current !== undefined || editingRef.current) return;
      const action = actionFor(input, key, 'sheet');
      if (!action) return;
      const delta = NUDGE[action];
      if (delta !== undefined) {
        if (typeof info.value === 'number') setCell(Math.round((info.value + delta) * 1e9) / 1e9, `${row.label} ${column.month} ${delta > 0 ? '+' : ''}${delta}`);
        return;
      }
      switch (action) {
        case 'up': return select((p) => ({ ...p, row: p.row - 1 }));
        case 'down': return select((p) => ({ ...p, row: p.row + 1 }));
        case 'left': return select((p) => ({ ...p, col: p.col - 1 }));
        case 'right': return select((p) => ({ ...p, col: p.col + 1 }));
        case 'page-up': return select((p) => ({ ...p, row: p.row - visibleRows }));
        case 'page-down': return select((p) => ({ ...p, row: p.row + visibleRows }));
        case 'home': return select((p) => ({ ...p, col: 0 }));
        case 'end': return select((p) => ({ ...p, col: columns.length - 1 }));
        case 'show-detail': return setShowError((s) => !s);
        case 'type-value': return setTyping(input);
        case 'edit-formula': return setEditing(true);
        case 'toggle-period': {
          setPeriod((p) => (p === 'month' ? 'year' : 'month'));
          select((p) => ({ ...p, col: 0 }));
          setView((v) => ({ ...v, left: 0 }));
          return;
        }
        default: return onGlobal(action);
      }
    },
    isActive && !editing && typing === undefined,
  );

  return (
    <Box flexDirection="column" width={width} height={height}>
      <FormulaBar row={row} month={column.month} info={info} showError={showError && isErrorValue(info.value)} width={width} theme={theme} />
      {editing ? (
        <Prompt
          label={`${info.formulaScope === 'member' || (row.member !== undefined && info.formulaScope === undefined) ? row.label : row.variable} =`}
          initial={info.formula ?? ''}
          hint="Enter applies, Esc cancels"
          isActive={isActive}
          width={width}
          theme={theme}
          onCancel={() => setEditing(false)}
          onSubmit={(formula) => {
            const member = info.formulaScope === 'variable' || row.member === undefined ? {} : { member: row.member };
            try {
              state.apply({ kind: 'setFormula', variable: row.variable, ...member, formula });
            } catch (error) {
              return promptError(error);
            }
            setEditing(false);
            onStatus({ text: `${row.variable} = ${formula}`, kind: 'info' });
            return undefined;
          }}
        />
      ) : null}
      {typing !== undefined ? (
        <Prompt
          label={`${row.label} ${column.month}:`}
          initial={typing}
          hint="a number; Enter sets this cell, Esc cancels"
          isActive={isActive}
          width={width}
          theme={theme}
          onCancel={() => setTyping(undefined)}
          onSubmit={(text) => {
            const value = parseTyped(text);
            if (value === undefined) return { message: `"${text}" is not a number` };
            setTyping(undefined);
            setCell(value, `${row.label} ${column.month} = ${value}`);
            return undefined;
          }}
        />
      ) : null}
      <Box marginTop={1}>
        <SheetGrid
          wb={wb} rows={rows} columns={columns} top={view.top} left={view.left} visibleRows={visibleRows}
          visibleColumns={visibleColumns} selected={sel} changed={changed} variableWidth={variableWidth}
          memberWidth={memberWidth} theme={theme}
        />
      </Box>
    </Box>
  );
}
