/** Number formatting for cells: fixed widths so columns line up, and errors shown by their code. */
import type { CellError } from '@tradesheet/core';
import type { CellValue } from './model-view.js';

export function isErrorValue(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null;
}

/** A value with a sensible number of decimals for its size: 3,578 · 12.3 · 0.45. */
export function formatNumber(v: number, decimals?: number): string {
  if (!Number.isFinite(v)) return String(v);
  const d = decimals ?? (Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2);
  // toFixed and a regex, not toLocaleString: this runs for every cell of every frame and Intl is slow.
  const fixed = Math.abs(v).toFixed(d);
  const dot = fixed.indexOf('.');
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const negative = v < 0 && Number(fixed) !== 0;
  return (negative ? '-' : '') + grouped + (dot < 0 ? '' : fixed.slice(dot));
}

export function formatCell(v: CellValue, decimals?: number): string {
  if (v === undefined) return '';
  if (isErrorValue(v)) return v.code;
  return formatNumber(v, decimals);
}

/** A difference with its sign, `+1.5` / `-12` / `0`, so a reader sees the direction at a glance. */
export function formatDelta(d: number, decimals?: number): string {
  const s = formatNumber(Math.abs(d), decimals);
  if (Number(s.replace(/,/g, '')) === 0) return formatNumber(0, decimals);
  return (d > 0 ? '+' : '-') + s;
}

export function padLeft(s: string, width: number): string {
  return s.length >= width ? s.slice(0, width) : ' '.repeat(width - s.length) + s;
}

export function padRight(s: string, width: number): string {
  return s.length >= width ? s.slice(0, width) : s + ' '.repeat(width - s.length);
}

/** Left-aligned in `width` with at least one space after; too long a label ends in `…`. */
export function fitLabel(s: string, width: number): string {
  if (s.length < width) return padRight(s, width);
  return s.slice(0, Math.max(0, width - 2)) + '… ';
}
