/**
 * Regions as rows, their per-region assumptions as columns, plus scalar assumptions below. A value that differs
 * from the baseline is marked `*`; with `showBaseline` the baseline sits beside each value.
 */
import { Box } from 'ink';
import { useMemo } from 'react';
import type { Workbook } from '@tradesheet/core';
import { assumptionValue, projectionMonth, type AssumptionColumn } from '../assumptions.js';
import { formatCell, padLeft, padRight } from '../format.js';
import { changeLookup, type ChangedCells } from '../model-view.js';
import type { Theme } from '../theme.js';
import { LeftColumn, RightColumn } from './TextColumn.js';
import { StyledLine } from './StyledLine.js';

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
  const header = useMemo(
    () => padRight('Region', nameWidth) + columns.map((c) => padLeft(shortTitle(c.title), CELL_WIDTH) + (showBaseline ? padLeft('base', 7) : '')).join(''),
    [columns, showBaseline, nameWidth],
  );
  // Drawn as columns, each one multi-line text placed by the layout, not as padded rows: Ink 6 pays for every
  // character it is given on every frame, blanks included, and this table redraws on every nudge. The cells a
  // user sees are the same: values right-aligned in CELL_WIDTH, the selected cell highlighted across its width.
  const valueLines: string[][] = columns.map(() => []);
  const baseLines: string[][] = columns.map(() => []);
  rows.forEach((row, r) => {
    columns.forEach((_, c) => {
      const target = cellTarget(row, c, columns);
      if (!target) {
        valueLines[c]!.push('');
        baseLines[c]!.push('');
        return;
      }
      const value = assumptionValue(wb, target.variable, target.member);
      const base = assumptionValue(baseline, target.variable, target.member);
      const isSel = selected.row === r && selected.col === c;
      const differs = typeof value === 'number' && typeof base === 'number' && Math.abs(value - base) > 1e-9;
      const hot = isHot(target.variable, target.member, monthIndex);
      const text = isSel && typing !== undefined ? `${typing}▏` : `${formatCell(value, 1)}${differs ? '*' : ' '}`;
      valueLines[c]!.push(
        theme.style(isSel ? padLeft(text, CELL_WIDTH) : text.slice(0, CELL_WIDTH), {
          role: typeof value === 'object' ? 'error' : hot ? 'changed' : undefined,
          inverse: isSel,
          underline: isSel && typing !== undefined,
          bold: hot || differs,
        }),
      );
      baseLines[c]!.push(theme.style(formatCell(base, 1).slice(0, 7), { role: 'baseline' }));
    });
  });
  const names = rows.map((row) => theme.style(row.name.slice(0, nameWidth), { role: row.kind === 'scalar' ? 'muted' : undefined }));
  return (
    <Box flexDirection="column">
      <StyledLine text={theme.style(header, { bold: true })} />
      <Box height={rows.length} flexShrink={0}>
        <LeftColumn lines={names} width={nameWidth} />
        {columns.map((column, c) => (
          <Box key={column.variable} flexShrink={0}>
            <RightColumn lines={valueLines[c]!} width={CELL_WIDTH} breaks={selected.col === c ? [selected.row, selected.row + 1] : []} />
            {showBaseline ? <RightColumn lines={baseLines[c]!} width={7} /> : null}
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/** `export growth` → `exp gr.`: column titles fit the cell with a space before them. */
function shortTitle(title: string): string {
  if (title.length <= CELL_WIDTH - 1) return title;
  const short = title.replace(/export/, 'exp').replace(/import/, 'imp').replace(/growth/, 'gr.');
  return short.slice(0, CELL_WIDTH - 1);
}
