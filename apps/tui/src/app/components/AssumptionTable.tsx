/**
 * Regions as rows, their per-region assumptions as columns, plus scalar assumptions below. A value that differs
 * from the baseline is marked `*`; with `showBaseline` the baseline sits beside each value.
 */
import { Box, Text } from 'ink';
import type { Workbook } from '@tradesheet/core';
import { assumptionValue, projectionMonth, type AssumptionColumn } from '../assumptions.js';
import { formatCell, padLeft, padRight } from '../format.js';
import { isChanged, type ChangedCells } from '../model-view.js';
import type { Theme } from '../theme.js';

export type AssumptionRow =
  | { kind: 'region'; member: string; name: string }
  | { kind: 'scalar'; variable: string; name: string };

export interface Selection {
  row: number;
  col: number;
}

export interface AssumptionTableProps {
  wb: Workbook;
  baseline: Workbook;
  rows: readonly AssumptionRow[];
  columns: readonly AssumptionColumn[];
  selected: Selection;
  /** Text being typed into the selected cell, if any. */
  typing: string | undefined;
  showBaseline: boolean;
  changed: ChangedCells;
  nameWidth: number;
  theme: Theme;
}

export const CELL_WIDTH = 10;

/** The variable and member a table cell edits, or undefined for an empty cell. */
export function cellTarget(
  row: AssumptionRow | undefined,
  col: number,
  columns: readonly AssumptionColumn[],
): { variable: string; member: string | undefined } | undefined {
  if (!row) return undefined;
  if (row.kind === 'scalar') return col === 0 ? { variable: row.variable, member: undefined } : undefined;
  const column = columns[col];
  return column ? { variable: column.variable, member: row.member } : undefined;
}

export function AssumptionTable(props: AssumptionTableProps) {
  const { wb, baseline, rows, columns, selected, typing, showBaseline, changed, nameWidth, theme } = props;
  const monthIndex = wb.calendar.months.indexOf(projectionMonth(wb));
  const header = columns.map((c) => padLeft(shortTitle(c.title), CELL_WIDTH) + (showBaseline ? padLeft('base', 7) : ''));
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {padRight('Region', nameWidth)}
        {header.join('')}
      </Text>
      {rows.map((row, r) => (
        <Text key={row.kind === 'region' ? row.member : row.variable} wrap="truncate">
          <Text color={row.kind === 'scalar' ? theme.color('muted') : undefined}>{padRight(row.name, nameWidth)}</Text>
          {columns.map((_, c) => {
            const target = cellTarget(row, c, columns);
            if (!target) return <Text key={c}>{' '.repeat(CELL_WIDTH + (showBaseline ? 7 : 0))}</Text>;
            const value = assumptionValue(wb, target.variable, target.member);
            const base = assumptionValue(baseline, target.variable, target.member);
            const isSel = selected.row === r && selected.col === c;
            const differs = typeof value === 'number' && typeof base === 'number' && Math.abs(value - base) > 1e-9;
            const hot = isChanged(changed, wb, target.variable, target.member, monthIndex);
            const text = isSel && typing !== undefined ? `${typing}▏` : `${formatCell(value, 1)}${differs ? '*' : ' '}`;
            return (
              <Text key={c}>
                <Text
                  inverse={isSel}
                  underline={isSel && typing !== undefined}
                  bold={hot || differs}
                  color={typeof value === 'object' ? theme.color('error') : hot ? theme.color('changed') : undefined}
                >
                  {padLeft(text, CELL_WIDTH)}
                </Text>
                {showBaseline ? <Text color={theme.color('baseline')}>{padLeft(formatCell(base, 1), 7)}</Text> : null}
              </Text>
            );
          })}
        </Text>
      ))}
    </Box>
  );
}

/** `export growth` → `exp gr.`: column titles fit the cell with a space before them. */
function shortTitle(title: string): string {
  if (title.length <= CELL_WIDTH - 1) return title;
  const short = title.replace(/export/, 'exp').replace(/import/, 'imp').replace(/growth/, 'gr.');
  return short.slice(0, CELL_WIDTH - 1);
}
