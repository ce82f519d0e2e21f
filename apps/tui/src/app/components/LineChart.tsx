/** A two-series braille line chart with its range on the left and year ticks below. */
import { Box, Text } from 'ink';
import { memo } from 'react';
import { drawLineChart, type ChartSeries } from '../chart.js';
import { formatNumber, padLeft } from '../format.js';
import type { Role, Theme } from '../theme.js';
import { linePieces, SparseLine } from './SparseLine.js';

export interface LineChartProps {
  title: string;
  series: { label: string; role: Role; values: ChartSeries['values'] }[];
  /** One label per x position (e.g. `2026-01`); a tick is drawn where its first four characters change. */
  xLabels: readonly string[];
  width: number;
  height: number;
  theme: Theme;
}

const AXIS_WIDTH = 7;

// Memoised: moving the selection or typing leaves the series as they were (the caller keeps them stable).
export const LineChart = memo(function LineChart({ title, series, xLabels, width, height, theme }: LineChartProps) {
  const plotWidth = Math.max(4, width - AXIS_WIDTH - 1);
  const plotHeight = Math.max(1, height - 2);
  const chart = drawLineChart(series, plotWidth, plotHeight);
  const painters = series.map((s) => (text: string) => theme.paint(s.role, text));
  const muted = (text: string) => theme.paint('muted', text);
  return (
    <Box flexDirection="column" width={width}>
      <Text>
        <Text bold>{title} </Text>
        {series.map((s) => (
          <Text key={s.label} color={theme.color(s.role)}>
            {'⣿ '}
            {s.label}{' '}
          </Text>
        ))}
      </Text>
      {chart.rows.map((runs, r) => (
        <SparseLine
          key={r}
          pieces={linePieces([
            {
              text: `${padLeft(r === 0 ? formatNumber(chart.max) : r === plotHeight - 1 ? formatNumber(chart.min) : '', AXIS_WIDTH - 1)}│`,
              paint: muted,
            },
            ...runs.map((run) => ({ text: run.text, paint: run.series < 0 ? undefined : painters[run.series] })),
          ])}
        />
      ))}
      <SparseLine
        pieces={linePieces([
          { text: ' '.repeat(AXIS_WIDTH) },
          { text: yearTicks(xLabels, plotWidth), paint: muted },
        ])}
      />
    </Box>
  );
});

/** `2024      2025      2026` placed over the x positions where each year starts. */
export function yearTicks(labels: readonly string[], width: number): string {
  const out = Array.from({ length: width }, () => ' ');
  const n = labels.length;
  let lastEnd = -1;
  labels.forEach((label, i) => {
    const year = label.slice(0, 4);
    if (i > 0 && labels[i - 1]?.slice(0, 4) === year) return;
    const col = n <= 1 ? 0 : Math.round((i / (n - 1)) * (width * 2 - 1) / 2);
    if (col <= lastEnd || col + year.length > width) return;
    for (let k = 0; k < year.length; k++) out[col + k] = year[k]!;
    lastEnd = col + year.length;
  });
  return out.join('');
}
