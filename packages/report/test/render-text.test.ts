import { describe, expect, it } from 'vitest';
import { renderText } from '../src/render-text.js';
import { stripAnsi } from '../src/text/ansi.js';
import { fixtureDocument } from './fixture.js';

describe('renderText', () => {
  it('writes no colour codes unless asked', () => {
    const text = renderText(fixtureDocument(), { width: 100 });
    expect(text).not.toContain('\u001b[');
  });

  it('colours headings and negative figures when asked', () => {
    const text = renderText(fixtureDocument(), { width: 100, color: true });
    expect(text).toContain('\u001b[1mProjection report');
    expect(text).toMatch(/\u001b\[31m\s*-\$80\.0 bn\u001b\[39m/);
  });

  it('keeps every line within the width', () => {
    for (const width of [60, 80, 120]) {
      const lines = stripAnsi(renderText(fixtureDocument(), { width, color: true })).split('\n');
      const over = lines.filter((l) => [...l].length > width);
      expect(over, `width ${width}`).toEqual([]);
    }
  });

  it('aligns the headline table in columns', () => {
    const lines = renderText(fixtureDocument(), { width: 100 }).split('\n');
    const header = lines.findIndex((l) => l.startsWith('Year  '));
    const row = lines[header + 1]!;
    expect(row.startsWith('2025')).toBe(true);
    // Right-aligned: each figure ends where its header ends.
    expect(row.indexOf('$1,189.0 bn') + '$1,189.0 bn'.length).toBe(lines[header]!.indexOf('Surplus') + 'Surplus'.length);
  });

  it('draws the monthly surplus as a line with a legend for baseline and scenarios', () => {
    const text = renderText(fixtureDocument(), { width: 100 });
    const start = text.indexOf('Monthly surplus');
    const chart = text.slice(start, text.indexOf('Exports by region', start));
    expect(chart).toContain('●');
    expect(chart).toContain('·');
    expect(chart).toContain('+');
    expect(chart).toContain('2025');
    expect(chart).toContain('2026');
    expect(chart).toContain('+ eu-flat');
  });

  it('draws exports by region as bars, the largest region longest', () => {
    const lines = renderText(fixtureDocument(), { width: 100 }).split('\n');
    const bar = (name: string): number => [...(lines.find((l) => l.startsWith(name)) ?? '')].filter((c) => c === '█').length;
    expect(bar('Rest of world')).toBeGreaterThan(bar('European Union'));
    expect(bar('European Union')).toBeGreaterThan(bar('United States'));
    expect(lines.find((l) => l.startsWith('Rest of world'))).toMatch(/\$2,900\.0 bn$/);
  });

  it('says which columns a narrow terminal leaves out', () => {
    const text = renderText(fixtureDocument(), { width: 60 }).replace(/\n/g, ' ');
    expect(text).toMatch(/more columns? in a wider terminal: .*Actual/);
  });

  it('gives each of many scenarios its own chart marker and keeps the legend within the width', () => {
    const doc = fixtureDocument();
    const scenario = doc.scenarios[1]!;
    doc.scenarios = [doc.scenarios[0]!, ...Array.from({ length: 8 }, (_, i) => ({ ...scenario, name: `scenario-number-${i + 1}` }))];
    const lines = renderText(doc, { width: 60 }).split('\n');
    expect(lines.filter((l) => [...l].length > 60)).toEqual([]);
    const legend = lines.join('\n');
    for (const [i, marker] of ['+', 'x', 'o', '#', '*', '%', '@', '&'].entries()) {
      expect(legend).toContain(`${marker} scenario-number-${i + 1}`);
    }
  });
});
