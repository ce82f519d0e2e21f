/** A two-series braille line chart with its range on the left and year ticks below. */
import { Box, Text } from 'ink';
import { memo } from 'react';
import { drawLineChart, type ChartRun, type ChartSeries } from '../chart.js';
import { formatNumber, padLeft } from '../format.js';
import { withoutTrailingCodes, type Role, type Theme } from '../theme.js';
import { linePieces, SparseLine } from './SparseLine.js';
import { RightColumn } from './TextColumn.js';

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
/**
 * The plot is drawn as vertical strips this wide, each one multi-line text: a line crosses a strip in a few rows,
 * so most of a strip's lines are empty and cost Ink nothing, and a strip the last nudge left alone keeps its node.
 * Rows of single-line nodes would give Ink several nodes a row, or every blank between the marks.
 */
const STRIP_WIDTH = 8;

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
      <Box height={plotHeight} flexShrink={0}>
        <RightColumn
          width={AXIS_WIDTH}
          breaks={[1, plotHeight - 1]}
          lines={chart.rows.map((_, r) => muted(`${r === 0 ? formatNumber(chart.max) : r === plotHeight - 1 ? formatNumber(chart.min) : ''}│`))}
        />
        {plotStrips(chart.rows, plotWidth).map((lines, i) => (
          <Strip key={i} width={Math.min(STRIP_WIDTH, plotWidth - i * STRIP_WIDTH)} text={paintStrip(lines, painters)} />
        ))}
      </Box>
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

/** Each strip's rows as cells `[character, series]`, blank rows and trailing blanks dropped. */
function plotStrips(rows: readonly (readonly ChartRun[])[], width: number): [string, number][][][] {
  const strips: [string, number][][][] = Array.from({ length: Math.ceil(width / STRIP_WIDTH) }, () => []);
  for (const runs of rows) {
    const cells: [string, number][] = [];
    for (const run of runs) for (const ch of run.text) cells.push([ch, run.series]);
    strips.forEach((strip, i) => {
      const part = cells.slice(i * STRIP_WIDTH, (i + 1) * STRIP_WIDTH);
      let end = part.length;
      while (end > 0 && part[end - 1]![1] < 0) end--;
      strip.push(part.slice(0, end));
    });
  }
  return strips;
}

/**
 * A strip's text: its rows, each run of one series in that series' colour. Blanks between two runs of one series
 * are painted with them (a coloured blank looks the same), and a row ends without closing its colour (see
 * `withoutTrailingCodes`): fewer codes for Ink to read on every frame.
 */
function paintStrip(lines: readonly (readonly [string, number][])[], painters: readonly ((text: string) => string)[]): string {
  return lines
    .map((cells) => {
      const runs: { text: string; series: number }[] = [];
      for (const [ch, series] of cells) {
        const last = runs.at(-1);
        const beforeBlank = runs.at(-2);
        if (last?.series === series) last.text += ch;
        else if (last && last.series < 0 && beforeBlank?.series === series) {
          runs.pop();
          beforeBlank.text += last.text + ch;
        } else runs.push({ text: ch, series });
      }
      const out = runs.map((r) => (r.series < 0 ? r.text : (painters[r.series]?.(r.text) ?? r.text))).join('');
      return withoutTrailingCodes(out);
    })
    .join('\n');
}

/** One strip of the plot; memoised on its text. */
const Strip = memo(function Strip({ width, text }: { width: number; text: string }) {
  return (
    <Box width={width} flexShrink={0}>
      <Text>{text}</Text>
    </Box>
  );
});
