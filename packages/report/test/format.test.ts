import { describe, expect, it } from 'vitest';
import { formatMoney, formatMonth, formatNumber, formatPercent, formatPp } from '../src/format.js';

describe('formatMoney', () => {
  it('writes US$ billions with thousands separators and one decimal', () => {
    expect(formatMoney(1189)).toBe('$1,189.0 bn');
    expect(formatMoney(112.345)).toBe('$112.3 bn');
  });

  it('puts a minus sign before the dollar when negative', () => {
    expect(formatMoney(-12.34)).toBe('-$12.3 bn');
  });

  it('adds a plus sign to positive differences when signed', () => {
    expect(formatMoney(3, { signed: true })).toBe('+$3.0 bn');
    expect(formatMoney(-3, { signed: true })).toBe('-$3.0 bn');
  });

  it('shows no sign when the value rounds to zero', () => {
    expect(formatMoney(-0.04)).toBe('$0.0 bn');
    expect(formatMoney(0.04, { signed: true })).toBe('$0.0 bn');
  });

  it('shows n/a when the model cannot compute the figure', () => {
    expect(formatMoney(null)).toBe('n/a');
    expect(formatMoney(Number.NaN)).toBe('n/a');
  });
});

describe('formatPercent', () => {
  it('signs growth rates by default', () => {
    expect(formatPercent(5.9)).toBe('+5.9%');
    expect(formatPercent(-29)).toBe('-29.0%');
  });

  it('leaves shares unsigned when asked', () => {
    expect(formatPercent(28.44, { signed: false })).toBe('28.4%');
  });
});

describe('formatPp', () => {
  it('writes percentage points unsigned unless asked', () => {
    expect(formatPp(1.6)).toBe('1.6 pp');
    expect(formatPp(0.25, { signed: true, digits: 2 })).toBe('+0.25 pp');
    expect(formatPp(-0.3)).toBe('-0.3 pp');
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps the requested digits', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(-1234.5, { digits: 0 })).toBe('-1,235');
  });
});

describe('formatMonth', () => {
  it('writes a month key as analysts read it', () => {
    expect(formatMonth('2025-11')).toBe('Nov 2025');
  });
});
