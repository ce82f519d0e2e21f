/**
 * Labels and formats of the headline figures, shared by the text, Markdown and HTML renderers so that a figure
 * reads the same in every format.
 */
import type { HeadlineFigure, ReportDocument } from './document.js';
import { formatMoney, formatPercent, formatPp } from './format.js';

export interface FigureStyle {
  label: string;
  /** The figure itself. */
  value: (v: number | null) => string;
  /** A difference between two values of the figure (always signed). */
  difference: (v: number | null) => string;
}

export const FIGURE_STYLES: Record<HeadlineFigure, FigureStyle> = {
  exports: {
    label: 'Exports',
    value: (v) => formatMoney(v),
    difference: (v) => formatMoney(v, { signed: true }),
  },
  imports: {
    label: 'Imports',
    value: (v) => formatMoney(v),
    difference: (v) => formatMoney(v, { signed: true }),
  },
  surplus: {
    label: 'Surplus',
    value: (v) => formatMoney(v),
    difference: (v) => formatMoney(v, { signed: true }),
  },
  surplusPctGdp: {
    label: 'Surplus, % of GDP',
    value: (v) => formatPercent(v, { signed: false }),
    // The difference of two percentages is in percentage points.
    difference: (v) => formatPp(v, { signed: true, digits: 2 }),
  },
  contributionPp: {
    label: 'Net exports, contribution to GDP growth',
    value: (v) => formatPp(v, { signed: true }),
    difference: (v) => formatPp(v, { signed: true, digits: 2 }),
  },
  exportGrowth: {
    label: 'Export growth',
    value: (v) => formatPercent(v),
    difference: (v) => formatPp(v, { signed: true }),
  },
  importGrowth: {
    label: 'Import growth',
    value: (v) => formatPercent(v),
    difference: (v) => formatPp(v, { signed: true }),
  },
};

/** `12 actual` / `9 actual, 3 projected` / `projected`, for a year's row. */
export function describeActuals(actualMonths: number): string {
  if (actualMonths >= 12) return 'actual';
  if (actualMonths <= 0) return 'projected';
  return `${actualMonths} actual, ${12 - actualMonths} projected`;
}

/** The year a report shows by region when not told: the first projected year, within the report's period. */
export function focusYear(doc: Pick<ReportDocument, 'asOf' | 'period'>, asked?: number): number {
  if (asked !== undefined) return asked;
  const asOfYear = doc.asOf ? Number(doc.asOf.slice(0, 4)) : doc.period.to;
  return Math.min(doc.period.to, Math.max(doc.period.from, asOfYear + 1));
}
