/**
 * Opens an HTML file in headless Chromium (Debian's `chromium`) through its command line: a screenshot of the page
 * as loaded, and the DOM after load of a copy that records console errors, uncaught exceptions and failed resource
 * loads into the page itself (the CLI's log does not tell an error from a log line). No Chromium, no pass: the
 * caller gets an error saying how to install it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  // Lets timers and rendering settle before the dump or screenshot, however slow the machine.
  '--virtual-time-budget=5000',
];

const RECORDER = `<script>(() => {
  const seen = [];
  const keep = (text) => { seen.push(String(text)); document.documentElement.setAttribute('data-console-errors', JSON.stringify(seen)); };
  const original = console.error.bind(console);
  console.error = (...args) => { keep(args.join(' ')); original(...args); };
  addEventListener('error', (e) => keep(e.message || ('failed to load ' + (e.target && (e.target.src || e.target.href)))), true);
  addEventListener('unhandledrejection', (e) => keep('unhandled rejection: ' + e.reason));
})();</script>`;

export interface PageCheck {
  /** console.error calls, uncaught exceptions, failed loads, and any `Uncaught` line of Chromium's own log. */
  consoleErrors: string[];
  /** The DOM after load, as Chromium serialises it. */
  dom: string;
  screenshot: string;
}

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the HTML report check needs it. Install it with ` +
        '`apt-get update && apt-get install -y chromium` (.ci/run does this), or point CHROMIUM at a binary.',
    );
  }
}

function chromium(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'tradesheet-chromium-'));
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      if (error) reject(new Error(`chromium failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

export async function checkPage(htmlFile: string, screenshot: string): Promise<PageCheck> {
  requireChromium();
  const shot = await chromium(['--enable-logging=stderr', '--v=0', `--screenshot=${screenshot}`, '--window-size=1280,2000', pathToFileURL(htmlFile).href]);
  const harnessDir = mkdtempSync(path.join(tmpdir(), 'tradesheet-page-'));
  const harness = path.join(harnessDir, path.basename(htmlFile));
  const html = readFileSync(htmlFile, 'utf8');
  // The recorder goes first in <head>, so it sees everything the page does.
  writeFileSync(harness, /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (tag) => `${tag}${RECORDER}`) : RECORDER + html);
  const { stdout: dom } = await chromium(['--dump-dom', pathToFileURL(harness).href]);
  rmSync(harnessDir, { recursive: true, force: true });
  const recorded = /data-console-errors="([^"]*)"/.exec(dom)?.[1];
  const consoleErrors: string[] = recorded ? (JSON.parse(recorded.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as string[]) : [];
  for (const line of shot.stderr.split('\n')) if (/CONSOLE.*Uncaught/.test(line)) consoleErrors.push(line);
  return { consoleErrors, dom, screenshot };
}

/** Drawn marks per chart: `<path>`, `<line>`, `<rect>` inside vega's `role-mark` groups of each `<figure class="chart">`. */
export function chartMarks(dom: string): Map<string, number> {
  const charts = new Map<string, number>();
  const figures = dom.split(/<figure\b/).slice(1);
  for (const figure of figures) {
    const id = /^[^>]*\bid="([^"]+)"/.exec(figure)?.[1] ?? `chart-${charts.size + 1}`;
    const body = figure.split('</figure>')[0] ?? '';
    if (!/\bclass="[^"]*\bchart\b/.test(figure.slice(0, figure.indexOf('>')))) continue;
    let marks = 0;
    for (const group of body.split(/<g\b[^>]*\brole-mark\b[^>]*>/).slice(1)) {
      const content = group.split('</g>')[0] ?? '';
      marks += (content.match(/<(path|line|rect)\b[^>]*>/g) ?? []).filter((tag) => !/\bd=""/.test(tag)).length;
    }
    charts.set(id, marks);
  }
  return charts;
}
