import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartMarks, checkPage, requireChromium, type PageCheck } from './chromium.js';
import { outputDir, runCli } from './run-cli.js';

describe('tradesheet report --format html, in headless Chromium', () => {
  let page: PageCheck;

  beforeAll(async () => {
    requireChromium(); // Fails the suite with how to install it; never skips.
    const dir = outputDir('cli', 'html-report');
    const file = path.join(dir, 'report.html');
    const result = await runCli(['report', '--format', 'html', '--scenario', 'decoupling', '--set', 'export_growth.eu=0', '--out', file]);
    expect(result.stderr).toContain('wrote');
    expect(result.code).toBe(0);
    page = await checkPage(file, path.join(dir, 'report.png'));
  });

  it('loads with no console errors', () => {
    expect(page.consoleErrors).toEqual([]);
  });

  it('shows the report, with the scenarios compared', () => {
    expect(page.dom).toContain('<table');
    expect(page.dom).toContain('decoupling');
    expect(page.dom).toContain('custom');
  });

  it('draws marks in every chart', () => {
    const charts = chartMarks(page.dom);
    expect(charts.size).toBeGreaterThanOrEqual(1);
    for (const [id, marks] of charts) expect(marks, id).toBeGreaterThan(0);
  });

  it('writes a screenshot to the test output folder', () => {
    expect(existsSync(page.screenshot)).toBe(true);
    // A blank page compresses to a few KB; a page with tables and charts does not.
    expect(statSync(page.screenshot).size).toBeGreaterThan(20_000);
  });
});
