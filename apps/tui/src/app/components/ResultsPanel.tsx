/**
 * Live results for each projected year: surplus, surplus % of GDP and GDP contribution, each with its difference
 * from the baseline (`diff`). Cells the last edit changed are highlighted. Plain ASCII on purpose: Ink measures
 * ASCII lines on a fast path, and this panel redraws on every nudge.
 */
import { Box } from 'ink';
import type { Workbook } from '@tradesheet/core';
import { difference, headlineValue, HEADLINES, projectedYears, yearEndIndex, type Headline } from '../results.js';
import { formatCell, formatDelta, padLeft, padRight } from '../format.js';
import { changeLookup, type ChangedCells } from '../model-view.js';
import type { Theme } from '../theme.js';
import { StyledLine } from './StyledLine.js';
import { LeftColumn, RightColumn } from './TextColumn.js';

const SHOWN: readonly Headline[] = HEADLINES.slice(0, 3);
// The surplus needs room for `1,234`; the ratios fit in six.
const valueWidth = (h: Headline) => (h.id === 'surplus' ? 7 : 6);
const DELTA_WIDTH = 6;

const HEADER_TEXT = padRight('Year', 5) + SHOWN.map((h) => padLeft(h.title, valueWidth(h)) + padLeft('diff', DELTA_WIDTH)).join(' ');


export interface ResultsPanelProps {
  wb: Workbook;
  baseline: Workbook;
  changed: ChangedCells;
  width: number;
  theme: Theme;
}

export function ResultsPanel({ wb, baseline, changed, width, theme }: ResultsPanelProps) {
  const years = projectedYears(wb);
  const isHot = changeLookup(changed, wb);
  const deltaRole = (d: number | undefined) => (d === undefined || Math.abs(d) < 1e-9 ? 'muted' : d > 0 ? 'positive' : 'negative');
  return (
    <Box flexDirection="column" width={width}>
      <StyledLine text={theme.style(HEADER_TEXT, { bold: true })} />
      {/* Columns placed by the layout rather than padded rows: see TextColumn. */}
      <Box height={years.length} flexShrink={0}>
        <LeftColumn lines={years.map(String)} width={5} />
        {SHOWN.map((h, i) => {
          const values: string[] = [];
          const deltas: string[] = [];
          for (const year of years) {
            const v = headlineValue(wb, h, year);
            const d = difference(v, headlineValue(baseline, h, year));
            const hot = isHot(h.variable, undefined, yearEndIndex(wb, year));
            values.push(
              theme.style(formatCell(v, h.decimals).slice(0, valueWidth(h)), {
                role: typeof v === 'object' ? 'error' : hot ? 'changed' : undefined,
                bold: hot,
                underline: hot && !theme.colored,
              }),
            );
            deltas.push(d === undefined ? '' : theme.paint(deltaRole(d), formatDelta(d, h.decimals).slice(0, DELTA_WIDTH)));
          }
          return (
            <Box key={h.id} flexShrink={0} marginLeft={i > 0 ? 1 : 0}>
              <RightColumn lines={values} width={valueWidth(h)} />
              <RightColumn lines={deltas} width={DELTA_WIDTH} />
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
