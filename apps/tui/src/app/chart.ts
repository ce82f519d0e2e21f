/**
 * A small line chart drawn with braille characters (2×4 dots a cell), as plain data: rows of text runs, each run
 * owned by one series, so a component can colour them and a test can read them. No terminal code here.
 */

export interface ChartSeries {
  /** One value per x position; `undefined` (e.g. an error cell) leaves a gap. */
  values: readonly (number | undefined)[];
}

export interface ChartRun {
  text: string;
  /** Index of the series drawn in these cells; -1 for blank cells. Where series overlap the later one wins. */
  series: number;
}

export interface Chart {
  rows: ChartRun[][];
  min: number;
  max: number;
}

const BRAILLE_BASE = 0x2800;
// Bit of the dot at (column 0..1, row 0..3) within one braille cell.
const DOT_BITS = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
] as const;

function extent(series: readonly ChartSeries[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const s of series) {
    for (const v of s.values) {
      if (v === undefined || !Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (min === Infinity) return { min: 0, max: 1 };
  // A flat line still needs a range to sit in the middle of.
  if (min === max) return { min: min - 1, max: max + 1 };
  return { min, max };
}

/** Draws the series into `width` × `height` character cells. */
export function drawLineChart(series: readonly ChartSeries[], width: number, height: number): Chart {
  const w = Math.max(1, Math.floor(width));
  const h = Math.max(1, Math.floor(height));
  const dotsX = w * 2;
  const dotsY = h * 4;
  const { min, max } = extent(series);
  const bits = new Uint8Array(w * h);
  const owner = new Int8Array(w * h).fill(-1);

  const plot = (x: number, y: number, s: number) => {
    const cell = Math.floor(y / 4) * w + Math.floor(x / 2);
    bits[cell]! |= DOT_BITS[y % 4]![x % 2]!;
    owner[cell] = s;
  };
  const toDot = (i: number, n: number, v: number): [number, number] => {
    const x = n <= 1 ? 0 : Math.round((i / (n - 1)) * (dotsX - 1));
    const y = Math.round(((max - v) / (max - min)) * (dotsY - 1));
    return [x, y];
  };

  series.forEach((s, si) => {
    const n = s.values.length;
    let prev: [number, number] | undefined;
    for (let i = 0; i < n; i++) {
      const v = s.values[i];
      if (v === undefined || !Number.isFinite(v)) {
        prev = undefined;
        continue;
      }
      const point = toDot(i, n, v);
      if (prev) drawSegment(prev, point, (x, y) => plot(x, y, si));
      else plot(point[0], point[1], si);
      prev = point;
    }
  });

  const rows: ChartRun[][] = [];
  for (let r = 0; r < h; r++) {
    const runs: ChartRun[] = [];
    for (let c = 0; c < w; c++) {
      const cell = r * w + c;
      const text = bits[cell] === 0 ? ' ' : String.fromCharCode(BRAILLE_BASE + bits[cell]!);
      const s = bits[cell] === 0 ? -1 : owner[cell]!;
      const last = runs[runs.length - 1];
      if (last && last.series === s) last.text += text;
      else runs.push({ text, series: s });
    }
    rows.push(runs);
  }
  return { rows, min, max };
}

// Bresenham: every dot between two points, so steep months still read as a line.
function drawSegment(a: [number, number], b: [number, number], plot: (x: number, y: number) => void): void {
  let [x0, y0] = a;
  const [x1, y1] = b;
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  for (;;) {
    plot(x0, y0);
    if (x0 === x1 && y0 === y1) return;
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x0 += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y0 += sy;
    }
  }
}

/** Plain text of a chart row, for tests and for terminals without colour. */
export function rowText(row: readonly ChartRun[]): string {
  return row.map((r) => r.text).join('');
}
