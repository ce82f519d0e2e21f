import { describe, expect, it } from 'vitest';
import { drawLineChart, rowText } from '../../src/app/chart.js';
import { stripTexts, yearTicks } from '../../src/app/components/LineChart.js';

describe('drawLineChart', () => {
  it('draws a rising line from the bottom-left to the top-right', () => {
    const chart = drawLineChart([{ values: [0, 1, 2, 3] }], 4, 2);
    const rows = chart.rows.map(rowText);
    expect(rows).toHaveLength(2);
    expect(rows[0]![0]).toBe(' ');
    expect(rows[0]![3]).not.toBe(' ');
    expect(rows[1]![0]).not.toBe(' ');
    expect(rows[1]![3]).toBe(' ');
    expect(chart.min).toBe(0);
    expect(chart.max).toBe(3);
  });

  it('gives each series its own runs so they can be coloured apart', () => {
    const chart = drawLineChart([{ values: [10, 10, 10] }, { values: [0, 0, 0] }], 6, 3);
    const owners = chart.rows.map((runs) => runs.filter((r) => r.series >= 0).map((r) => r.series));
    expect(owners[0]).toEqual([0]);
    expect(owners[2]).toEqual([1]);
  });

  it('leaves a gap where a value is missing', () => {
    const chart = drawLineChart([{ values: [1, undefined, undefined, undefined, 1] }], 5, 1);
    const text = rowText(chart.rows[0]!);
    expect(text[0]).not.toBe(' ');
    expect(text[2]).toBe(' ');
    expect(text[4]).not.toBe(' ');
  });

  it('centres a flat series instead of dividing by zero', () => {
    const chart = drawLineChart([{ values: [5, 5, 5] }], 3, 3);
    expect(rowText(chart.rows[1]!).trim()).not.toBe('');
  });
});

describe('stripTexts', () => {
  const paint = (series: number, text: string) => `\u001B[3${series}m${text}\u001B[39m`;

  it('cuts each row into strips of eight columns, without trailing blanks or closing codes', () => {
    const rows = [
      [{ text: '   ', series: -1 }, { text: 'abcdefgh', series: 0 }, { text: '     ', series: -1 }],
      [{ text: '                ', series: -1 }],
    ];
    expect(stripTexts(rows, 16, paint)).toEqual(['   \u001B[30mabcde\n', '\u001B[30mfgh\n']);
  });

  it('paints a blank between two runs of one series with them, and not one between two series', () => {
    const rows = [[{ text: 'ab', series: 0 }, { text: ' ', series: -1 }, { text: 'c', series: 0 }, { text: ' ', series: -1 }, { text: 'd', series: 1 }]];
    expect(stripTexts(rows, 8, paint)).toEqual(['\u001B[30mab c\u001B[39m \u001B[31md']);
  });
});

describe('yearTicks', () => {
  it('puts each year at the column where its months start', () => {
    const labels = ['2024-01', '2024-02', '2025-01', '2025-02'];
    const ticks = yearTicks(labels, 20);
    expect(ticks.startsWith('2024')).toBe(true);
    expect(ticks).toContain('2025');
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps the decimals asked for, as en-US does', async () => {
    const { formatNumber, formatDelta } = await import('../../src/app/format.js');
    for (const v of [0, 1.5, -28.6, 1234.567, -1234567.891, 999.95, 0.004, -0.004, 12.345]) {
      for (const d of [0, 1, 2]) {
        expect(formatNumber(v, d)).toBe((Math.abs(v) < 0.5 * 10 ** -d ? 0 : v).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
      }
    }
    expect(formatDelta(-83.2, 0)).toBe('-83');
    expect(formatDelta(0.001, 2)).toBe('0.00');
  });
});
