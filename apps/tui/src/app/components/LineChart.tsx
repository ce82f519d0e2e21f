/** A two-series braille line chart with its range on the left and year ticks below. */
import { Box, Text } from 'ink';
import { memo, useMemo } from 'react';
import { drawLineChart, type ChartRun, type ChartSeries } from '../chart.js';
import { formatNumber, padLeft } from '../format.js';
import { withoutTrailingCodes, type Role, type Theme } from '../theme.js';
import { linePieces, SparseLine } from './SparseLine.js';
import { RightColumn } from './TextColumn.js';
import { StyledLine } from './StyledLine.js';

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
  const paint = (i: number, text: string) => (series[i] ? theme.paint(series[i].role, text) : text);
  const muted = (text: string) => theme.paint('muted', text);
  // The legend and the tick line stay as they are while the values move: the same elements, which React skips.
  const legend = series.map((s) => `${s.role}:${s.label}`).join(',');
  // One code per attribute, not `theme.line`'s compound ones: a narrow terminal wraps this line, and the wrapping
  // carries simple codes over to the next line but not compound ones.
  const titleLine = useMemo(
    () => (
      <StyledLine wrap="wrap" text={theme.style(`${title} `, { bold: true }) + series.map((s) => theme.paint(s.role, `⣿ ${s.label} `)).join('')} />
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [title, legend, theme],
  );
  const ticks = useMemo(
    () => <SparseLine pieces={linePieces([{ text: ' '.repeat(AXIS_WIDTH) }, { text: yearTicks(xLabels, plotWidth), paint: muted }])} />,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [xLabels, plotWidth, theme],
  );
  return (
    <Box flexDirection="column" width={width}>
      {titleLine}
      <Box height={plotHeight} flexShrink={0}>
        <RightColumn
          width={AXIS_WIDTH}
          breaks={[1, plotHeight - 1]}
          lines={chart.rows.map((_, r) => muted(`${r === 0 ? formatNumber(chart.max) : r === plotHeight - 1 ? formatNumber(chart.min) : ''}│`))}
        />
        {stripTexts(chart.rows, plotWidth, paint).map((text, i) => (
          <Strip key={i} width={Math.min(STRIP_WIDTH, plotWidth - i * STRIP_WIDTH)} text={text} />
        ))}
      </Box>
      {ticks}
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

/**
 * The text of each strip of the plot: its rows, each run of one series in that series' colour, blank rows and
 * trailing blanks dropped. Blanks between two runs of one series are painted with them (a coloured blank looks the
 * same), and a row ends without closing its colour (see `withoutTrailingCodes`): fewer codes for Ink to read on
 * every frame.
 */
export function stripTexts(rows: readonly (readonly ChartRun[])[], width: number, paint: (series: number, text: string) => string): string[] {
  const count = Math.ceil(width / STRIP_WIDTH);
  const strips: string[][] = Array.from({ length: count }, () => []);
  for (const runs of rows) {
    // Each strip's part of this row, as runs; a run crossing a strip's edge is cut there.
    const parts: ChartRun[][] = Array.from({ length: count }, () => []);
    let col = 0;
    for (const run of runs) {
      let at = 0;
      while (at < run.text.length) {
        const strip = Math.floor(col / STRIP_WIDTH);
        const take = Math.min(run.text.length - at, (strip + 1) * STRIP_WIDTH - col);
        if (strip < count) addRun(parts[strip]!, run.text.slice(at, at + take), run.series);
        at += take;
        col += take;
      }
    }
    parts.forEach((part, i) => {
      if (part.at(-1)?.series === -1) part.pop();
      strips[i]!.push(withoutTrailingCodes(part.map((r) => (r.series < 0 ? r.text : paint(r.series, r.text))).join('')));
    });
  }
  return strips.map((lines) => lines.join('\n'));
}

/** Appends a run, folding a blank between two runs of one series into them. */
function addRun(runs: ChartRun[], text: string, series: number): void {
  const last = runs.at(-1);
  const beforeBlank = runs.at(-2);
  if (last?.series === series) last.text += text;
  else if (last && last.series < 0 && beforeBlank?.series === series) {
    runs.pop();
    beforeBlank.text += last.text + text;
  } else runs.push({ text, series });
}

/** One strip of the plot; memoised on its text. */
const Strip = memo(function Strip({ width, text }: { width: number; text: string }) {
  return (
    <Box width={width} flexShrink={0}>
      <Text>{text}</Text>
    </Box>
  );
});
