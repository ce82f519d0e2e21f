/**
 * Terminal charts made of plain characters: a line chart of monthly series (one marker per series) and horizontal
 * bars. Both fit a given width; when there are more months than columns, each column shows the month at its left
 * edge, so the chart keeps the series' shape rather than averaging away its record months.
 */
import { formatMoney, formatNumber } from '../format.js';
import type { Colour, Paint } from './ansi.js';

export interface ChartSeries {
  label: string;
  /** One value per month, null where unknown. */
  values: (number | null)[];
  /** Marker for actual months and for projected months. */
  marker: { actual: string; projected: string };
  colour: Colour;
}

export interface LineChartOptions {
  /** Month keys (`YYYY-MM`), one per value. */
  months: string[];
  /** How many leading months are actuals (drawn with the actual marker). */
  actualMonths: number;
  width: number;
  height: number;
  paint: Paint;
}

/** Series drawn later overwrite earlier ones where they meet, so pass the baseline last. */
export function lineChart(series: ChartSeries[], o: LineChartOptions): string[] {
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  if (all.length === 0 || o.months.length === 0) return [o.paint('  (no values to chart)', 'dim')];
  const max = Math.max(...all);
  const min = Math.min(...all);
  const span = max - min || 1;
  const labels = [formatNumber(max, { digits: 0 }), formatNumber((max + min) / 2, { digits: 0 }), formatNumber(min, { digits: 0 })];
  const axis = Math.max(...labels.map((l) => l.length)) + 1;
  const cols = Math.max(10, Math.min(o.months.length, o.width - axis - 1));
  const height = Math.max(3, o.height);
  const monthAt = (c: number): number => Math.floor((c * o.months.length) / cols);
  const grid: string[][] = Array.from({ length: height }, () => Array.from({ length: cols }, () => ' '));
  for (const s of series) {
    for (let c = 0; c < cols; c++) {
      const m = monthAt(c);
      const v = s.values[m];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      const row = Math.round(((max - v) / span) * (height - 1));
      const marker = m < o.actualMonths ? s.marker.actual : s.marker.projected;
      grid[row]![c] = o.paint(marker, s.colour);
    }
  }
  const lines = grid.map((cells, r) => {
    const label = r === 0 ? labels[0] : r === height - 1 ? labels[2] : r === Math.floor((height - 1) / 2) ? labels[1] : '';
    return `${(label ?? '').padStart(axis - 1)} ┤${cells.join('')}`.trimEnd();
  });
  lines.push(`${' '.repeat(axis)}└${'─'.repeat(cols)}`);
  lines.push(' '.repeat(axis + 1) + yearAxis(cols, monthAt, o.months));
  return lines;
}

/** Year labels under the first column of each January, where there is room. */
function yearAxis(cols: number, monthAt: (c: number) => number, months: string[]): string {
  const axis = Array.from({ length: cols }, () => ' ');
  let free = 0;
  for (let c = 0; c < cols; c++) {
    const month = months[monthAt(c)] ?? '';
    const isFirstOfYear = month.endsWith('-01') && (c === 0 || months[monthAt(c - 1)] !== month);
    if ((isFirstOfYear || c === 0) && c >= free && c + 4 <= cols) {
      const year = month.slice(0, 4);
      for (let i = 0; i < 4; i++) axis[c + i] = year[i] ?? ' ';
      free = c + 5;
    }
  }
  return axis.join('').trimEnd();
}

export interface Bar {
  label: string;
  value: number | null;
}

/** Horizontal bars, scaled to the largest absolute value, with eighth-block ends for precision. */
export function barChart(bars: Bar[], width: number, paint: Paint, colour: Colour = 'cyan'): string[] {
  const labelWidth = Math.max(...bars.map((b) => b.label.length), 0);
  const values = bars.map((b) => formatMoney(b.value));
  const valueWidth = Math.max(...values.map((v) => v.length), 0);
  const room = Math.max(5, width - labelWidth - valueWidth - 4);
  const top = Math.max(...bars.map((b) => Math.abs(b.value ?? 0)), 0) || 1;
  const eighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
  return bars.map((b, i) => {
    const size = (Math.abs(b.value ?? 0) / top) * room;
    const whole = Math.floor(size);
    const bar = '█'.repeat(whole) + (eighths[Math.floor((size - whole) * 8)] ?? '');
    const painted = paint(bar, b.value !== null && b.value < 0 ? 'red' : colour);
    const gap = ' '.repeat(room - bar.length + 1);
    return `${b.label.padEnd(labelWidth)}  ${painted}${gap}${(values[i] ?? '').padStart(valueWidth)}`;
  });
}
