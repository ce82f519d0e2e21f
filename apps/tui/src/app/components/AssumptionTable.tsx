/**
 * Regions as rows, their per-region assumptions as columns, plus scalar assumptions below. A value that differs
 * from the baseline is marked `*`; with `showBaseline` the baseline sits beside each value.
 */
import { Box, Text } from 'ink';
import type { Workbook } from '@tradesheet/core';
import { assumptionValue, projectionMonth, type AssumptionColumn } from '../assumptions.js';
import { formatCell, padLeft, padRight } from '../format.js';
import { changeLookup, type ChangedCells } from '../model-view.js';
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
  const isHot = changeLookup(changed, wb);
  const header = columns.map((c) => padLeft(shortTitle(c.title), CELL_WIDTH) + (showBaseline ? padLeft('base', 7) : ''));
  // Each row is one string with its colour codes, not a text node per cell: Ink redraws every node of every
  // frame, and this table redraws on every nudge.
  const line = (row: AssumptionRow, r: number) => {
    let out = theme.style(padRight(row.name, nameWidth), { role: row.kind === 'scalar' ? 'muted' : undefined });
    columns.forEach((_, c) => {
      const target = cellTarget(row, c, columns);
      if (!target) {
        out += ' '.repeat(CELL_WIDTH + (showBaseline ? 7 : 0));
        return;
      }
      const value = assumptionValue(wb, target.variable, target.member);
      const base = assumptionValue(baseline, target.variable, target.member);
      const isSel = selected.row === r && selected.col === c;
      const differs = typeof value === 'number' && typeof base === 'number' && Math.abs(value - base) > 1e-9;
      const hot = isHot(target.variable, target.member, monthIndex);
      const text = isSel && typing !== undefined ? `${typing}▏` : `${formatCell(value, 1)}${differs ? '*' : ' '}`;
      out += theme.style(padLeft(text, CELL_WIDTH), {
        role: typeof value === 'object' ? 'error' : hot ? 'changed' : undefined,
        inverse: isSel,
        underline: isSel && typing !== undefined,
        bold: hot || differs,
      });
      if (showBaseline) out += theme.style(padLeft(formatCell(base, 1), 7), { role: 'baseline' });
    });
    return out;
  };
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        {padRight('Region', nameWidth)}
        {header.join('')}
      </Text>
      {rows.map((row, r) => (
        <Text key={row.kind === 'region' ? row.member : row.variable} wrap="truncate">
          {line(row, r)}
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
