import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartMarks, checkPage } from './chromium.js';
import { outputDir } from './run-cli.js';

// The HTML report check must be able to fail: the same checks on pages that are broken on purpose.
describe('checkPage', () => {
  it('catches console errors, uncaught exceptions and failed loads', async () => {
    const dir = outputDir('cli', 'chromium-check');
    const file = path.join(dir, 'broken.html');
    writeFileSync(
      file,
      '<!doctype html><html><head><title>x</title></head><body><img src="missing.png">' +
        '<script>console.error("drawn wrong"); undefinedFunction();</script></body></html>',
    );
    const page = await checkPage(file, path.join(dir, 'broken.png'));
    expect(page.consoleErrors).toContainEqual(expect.stringContaining('drawn wrong'));
    expect(page.consoleErrors).toContainEqual(expect.stringContaining('undefinedFunction'));
    expect(page.consoleErrors).toContainEqual(expect.stringContaining('missing.png'));
  });
});

describe('chartMarks', () => {
  it('counts marks per chart and finds a chart with none', () => {
    const dom =
      '<figure class="chart" id="a"><svg><g class="mark-line role-mark"><path d="M0,0L1,1"></path><path d="M1,1L2,2"></path></g>' +
      '<g class="mark-text role-axis-label"><text>1</text></g></svg></figure>' +
      '<figure class="chart" id="b"><svg><g class="mark-rect role-mark"></g></svg></figure>' +
      '<figure class="photo" id="c"><svg><g class="mark-rect role-mark"><path d="M0,0"></path></g></svg></figure>';
    expect([...chartMarks(dom)]).toEqual([
      ['a', 2],
      ['b', 0],
    ]);
  });
});
