import { describe, expect, it } from 'vitest';
import { formatMs, formatResults, formatTargets } from '../src/runner/format.js';

describe('formatResults', () => {
  it('prints one aligned row per result, marking the reference and disagreements', () => {
    const text = formatResults(
      [
        { engine: 'float64', size: 'medium', cells: 129300, buildMs: 4, fullMs: 0.8, editMs: 0.03, peakRssMb: 81.94 },
        { engine: 'tradesheet', size: 'medium', cells: 129300, buildMs: 40, fullMs: 2, editMs: 0.2, peakRssMb: 120,
          agreement: { checked: 100, mismatches: 3, maxRelDiff: 1 } },
      ],
      ['a note'],
    );
    const lines = text.split('\n');
    expect(lines[2]).toMatch(/^medium\s+float64\s+129,300\s+4\.00\s+0\.8000\s+0\.0300\s+81\.9\s+reference$/);
    expect(lines[3]).toContain('NO: 3 of 100');
    expect(lines[4]).toBe('a note');
  });
});

describe('formatTargets', () => {
  it('shows each ratio with its limit and verdict', () => {
    const text = formatTargets([{ target: 'full', size: 'large', ratio: 2.345, limit: '≤ 3×', verdict: 'PASS' }]);
    expect(text.split('\n')[2]).toMatch(/^full\s+large\s+2\.35×\s+≤ 3×\s+PASS$/);
  });
});

describe('formatMs', () => {
  it('keeps about three significant digits from seconds down to microseconds', () => {
    expect([1234.5, 45.67, 3.456, 0.01234].map(formatMs)).toEqual(['1235', '45.7', '3.46', '0.0123']);
  });
});
