/**
 * Every format on a real report: the China model, baseline and one scenario, read back the way a user's tools
 * would read it.
 */
import { loadChinaModel, Workbook } from '@tradesheet/core';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/build/build-report.js';
import type { ReportDocument } from '../src/document.js';
import { renderReport } from '../src/render-report.js';
import { stripAnsi } from '../src/text/ansi.js';

let doc: ReportDocument;

beforeAll(() => {
  const model = loadChinaModel();
  const truce = Workbook.fromModel(model);
  truce.apply({ kind: 'setInput', variable: 'export_growth', member: 'us', value: 0 });
  doc = buildReport({ model, baseline: Workbook.fromModel(model), scenarios: [{ name: 'us-flat', workbook: truce }] });
});

describe('renderReport on the China model', () => {
  it('writes CSV that parses back to every annual surplus of every scenario', async () => {
    const rows = parse(await renderReport(doc, 'csv'), { columns: true }) as Record<string, string>[];
    for (const s of doc.scenarios) {
      for (const y of s.annual) {
        const row = rows.find((r) => r.scenario === s.name && r.variable === 'surplus' && r.region === '' && r.period === String(y.year));
        expect(Number(row?.value)).toBeCloseTo(y.surplus!, 4);
      }
    }
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(['', ...doc.regions.map((r) => r.id)]));
  });

  it('writes JSON of schema 1 with null where the model has no figure', async () => {
    const json = JSON.parse(await renderReport(doc, 'json'));
    expect(json.schema).toBe(1);
    expect(json.model).toBe('china-trade');
    expect(json.scenarios.map((s: { name: string }) => s.name)).toEqual(['baseline', 'us-flat']);
    expect(json.scenarios[0].annual[0]).toMatchObject({ year: 2024, contributionPp: null, actualMonths: 12 });
    expect(json.scenarios[0].regions).toHaveLength(14);
    expect(json.scenarios[0].monthly).toHaveLength(84);
    expect(json.comparison[0].annual.find((y: { year: number }) => y.year === 2026).drivers[0].id).toBe('us');
  });

  it('writes a Markdown headline table with one row per year', async () => {
    const md = await renderReport(doc, 'md');
    const start = md.indexOf('### Headline by year');
    const rows = md.slice(start).split('\n').slice(2).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('|')));
    expect(rows.slice(2).map((r) => r.split(' | ')[0])).toEqual(['| 2024', '| 2025', '| 2026', '| 2027', '| 2028', '| 2029', '| 2030']);
  });

  it('keeps the terminal report within 80 columns', async () => {
    const text = stripAnsi(await renderReport(doc, 'text', { width: 80, color: true }));
    expect(text.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
    expect(text).toContain('us-flat against baseline');
  });

  it('writes an HTML page whose charts hold a line per scenario and a bar per region and scenario', async () => {
    const html = await renderReport(doc, 'html');
    const lines = html.slice(html.indexOf('id="chart-surplus"'), html.indexOf('id="chart-annual"'));
    expect(lines.match(/class="mark-line role-mark[^"]*"/g)?.length).toBeGreaterThanOrEqual(1);
    const drawn = lines.match(/<path aria-label="[^"]*Scenario: [^"]*"[^>]*aria-roledescription="line mark" d="M[^"]*L/g) ?? [];
    expect(drawn.map((p) => /Scenario: ([^"]*)"/.exec(p)?.[1])).toEqual(['baseline', 'us-flat']);
    const bars = html.slice(html.indexOf('id="chart-regions"'), html.indexOf('</figure>', html.indexOf('id="chart-regions"')));
    expect((bars.match(/<path [^>]*d="M[^"]+"/g) ?? []).length).toBeGreaterThanOrEqual(28);
  });
});
