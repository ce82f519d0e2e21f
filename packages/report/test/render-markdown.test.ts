import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/render-markdown.js';
import { fixtureDocument } from './fixture.js';

/** The rows of the first Markdown table under a heading, as arrays of trimmed cells (header row first). */
function tableUnder(md: string, heading: string, occurrence = 0): string[][] {
  const lines = md.split('\n');
  let start = -1;
  for (let i = 0, seen = 0; i < lines.length; i++) {
    if (lines[i] === heading && seen++ === occurrence) {
      start = i;
      break;
    }
  }
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    rows.push(lines[i]!.slice(1, -1).split(' | ').map((c) => c.trim()));
  }
  return rows;
}

describe('renderMarkdown', () => {
  it('writes the headline table with one row per year and formatted figures', () => {
    const md = renderMarkdown(fixtureDocument());
    const rows = tableUnder(md, '### Headline by year');
    expect(rows[0]).toEqual([
      'Year', 'Exports', 'Imports', 'Surplus', '% of GDP', 'Net exports, pp', 'Export growth', 'Import growth', 'Months',
    ]);
    expect(rows[1]).toEqual(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']);
    expect(rows[2]).toEqual(['2025', '$3,771.7 bn', '$2,582.7 bn', '$1,189.0 bn', '6.1%', '+1.6 pp', '+5.5%', '-0.1%', 'actual']);
    expect(rows[3]?.[0]).toBe('2026');
    expect(rows[3]?.[8]).toBe('projected');
  });

  it('shows each scenario against baseline with the difference, only for years that differ', () => {
    const md = renderMarkdown(fixtureDocument());
    expect(md).toContain('## What eu-flat changes against baseline');
    expect(md).not.toContain('### 2025: eu-flat against baseline');
    const rows = tableUnder(md, '### 2026: eu-flat against baseline');
    const surplus = rows.find((r) => r[0] === 'Surplus');
    expect(surplus).toEqual(['Surplus', '$1,340.0 bn', '$1,260.0 bn', '-$80.0 bn']);
    const differences = tableUnder(md, '### eu-flat against baseline: differences');
    expect(differences.slice(2).map((r) => r.slice(0, 4))).toEqual([['2026', '$1,340.0 bn', '$1,260.0 bn', '-$80.0 bn']]);
    const drivers = tableUnder(md, '### eu-flat: which regions drive the change in surplus');
    expect(drivers[0]).toEqual(['Region', '2026']);
    expect(drivers[2]).toEqual(['European Union', '-$80.0 bn (100.0%)']);
  });

  it('lists the scenario assumptions with who set them and why', () => {
    const md = renderMarkdown(fixtureDocument());
    const rows = tableUnder(md, '### Assumptions that differ from the model');
    expect(rows[2]).toEqual(['export_growth · European Union', '14.8', '0 %', '2026-01 to 2030-12', 'eu-flat: EU safeguards, a test']);
  });

  it('escapes pipes inside cells so a table keeps its columns', () => {
    const doc = fixtureDocument();
    doc.scenarios[0]!.regions[0]!.name = 'A | B';
    const rows = tableUnder(renderMarkdown(doc), '### Exports by region');
    expect(rows[2]?.[0]).toBe('A \\| B');
    expect(rows[2]).toHaveLength(3);
  });
});
