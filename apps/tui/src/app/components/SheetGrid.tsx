/** The visible window of the sheet: variable and member labels on the left, one column per period. */
import { Box, Text } from 'ink';
import type { Workbook } from '@tradesheet/core';
import type { SheetColumn, SheetRow } from '../sheet-model.js';
import { fitLabel, formatCell, isErrorValue, padLeft, padRight } from '../format.js';
import { changeLookup, type ChangedCells } from '../model-view.js';
import type { Theme } from '../theme.js';

export const COLUMN_WIDTH = 9;

export interface SheetGridProps {
  wb: Workbook;
  rows: readonly SheetRow[];
  columns: readonly SheetColumn[];
  /** First visible row and column. */
  top: number;
  left: number;
  visibleRows: number;
  visibleColumns: number;
  selected: { row: number; col: number };
  changed: ChangedCells;
  variableWidth: number;
  memberWidth: number;
  theme: Theme;
}

export function SheetGrid(props: SheetGridProps) {
  const { wb, rows, columns, top, left, visibleRows, visibleColumns, selected, changed, theme } = props;
  const shownCols = columns.slice(left, left + visibleColumns);
  const shownRows = rows.slice(top, top + visibleRows);
  const asOf = wb.calendar.asOf;
  const isHot = changeLookup(changed, wb);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {padRight('variable', props.variableWidth)}
        {padRight('member', props.memberWidth)}
        {shownCols.map((c) => (
          <Text key={c.month} color={asOf !== undefined && c.month > asOf ? theme.color('accent') : undefined}>
            {padLeft(c.label, COLUMN_WIDTH)}
          </Text>
        ))}
      </Text>
      {shownRows.map((row, i) => {
        const r = top + i;
        const first = r === 0 || rows[r - 1]?.variable !== row.variable;
        return (
          <Text key={row.label} wrap="truncate">
            <Text color={first ? undefined : theme.color('muted')}>
              {fitLabel(first ? row.variable : '', props.variableWidth)}
            </Text>
            <Text color={theme.color('muted')}>{fitLabel(row.member ?? '', props.memberWidth)}</Text>
            {shownCols.map((c, j) => {
              const v = wb.value(row.variable, row.member, c.month);
              const isSel = selected.row === r && selected.col === left + j;
              const hot = isHot(row.variable, row.member, c.monthIndex);
              return (
                <Text
                  key={c.month}
                  inverse={isSel}
                  bold={hot}
                  underline={hot && !theme.colored}
                  color={isErrorValue(v) ? theme.color('error') : hot ? theme.color('changed') : undefined}
                >
                  {padLeft(formatCell(v), COLUMN_WIDTH)}
                </Text>
              );
            })}
          </Text>
        );
      })}
    </Box>
  );
}
