import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'ink-testing-library';
import { App } from '../../src/app/app.js';
import { Session } from '../../src/app/session.js';
import { assumptionValue } from '../../src/app/assumptions.js';
import { chinaModel, scenarioFiles, tempStore } from './fixtures.js';
import { frameMatching } from './frames.js';

vi.setConfig({ testTimeout: 90_000 });

const model = chinaModel();
const env = { NO_COLOR: '1' };

function start(size = { columns: 100, rows: 30 }) {
  const store = tempStore();
  const cwd = path.dirname(store.dir);
  const ui = render(<App model={model} store={store} cwd={cwd} size={size} env={env} />);
  return { ...ui, store, cwd };
}

/** The app with one nudge made and not yet saved, as the save, quit and report tests begin. */
async function startWithUnsavedNudge() {
  const ui = start();
  await frameMatching(ui.lastFrame, 'United States');
  ui.stdin.write('+');
  await frameMatching(ui.lastFrame, 'unsaved');
  return ui;
}

describe('App', () => {
  it('opens on the assumptions with a header, the results and the footer keys', async () => {
    const { lastFrame } = start();
    const frame = await frameMatching(lastFrame, 'Monthly surplus');
    expect(frame).toContain("China's goods trade by partner region");
    expect(frame).toContain('baseline');
    expect(frame).toContain('data to 2025-12');
    expect(frame).not.toContain('unsaved');
    expect(frame).toMatch(/q quit/);
    expect(frame).toMatch(/\? help/);
  });

  it('fits 80x24: every region, every projected year and the keys', async () => {
    const { lastFrame } = start({ columns: 80, rows: 24 });
    const frame = await frameMatching(lastFrame, 'Rest of world');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(frame).toContain('United States');
    expect(frame).toMatch(/2030\s+[\d,]+/);
    expect(frame).toMatch(/q quit/);
  });

  it('marks unsaved work, saves as a scenario file that loads back the same, and clears the mark', async () => {
    const { lastFrame, stdin, store } = start();
    await frameMatching(lastFrame, 'European Uni');
    stdin.write('j');
    stdin.write('0');
    await frameMatching(lastFrame, '0▏');
    stdin.write('\r');
    await frameMatching(lastFrame, /European Uni\S*\s+0\.0\*/);
    await frameMatching(lastFrame, 'unsaved');
    stdin.write('s');
    await frameMatching(lastFrame, 'Save as: my-scenario');
    for (let i = 0; i < 8; i++) stdin.write('\u007F');
    stdin.write('eu-zero');
    await frameMatching(lastFrame, 'Save as: my-eu-zero');
    stdin.write('\r');
    const saved = await frameMatching(lastFrame, /Saved my-eu-zero/);
    expect(saved).not.toContain('unsaved');
    expect(saved).toContain('my-eu-zero');
    const file = path.join(store.dir, 'my-eu-zero.yaml');
    expect(readFileSync(file, 'utf8')).toMatch(/export_growth\.eu/);
    const loaded = scenarioFiles.load(file);
    const again = new Session(model, { name: loaded.name, edits: loaded.edits });
    expect(assumptionValue(again.wb, 'export_growth', 'eu')).toBe(0);
  });

  it('deletes a saved scenario file from the list after asking, and never a library one', async () => {
    const { lastFrame, stdin, store } = await startWithUnsavedNudge();
    stdin.write('S');
    await frameMatching(lastFrame, 'Save as: my-scenario');
    stdin.write('\r');
    await frameMatching(lastFrame, 'Saved my-scenario');
    const file = path.join(store.dir, 'my-scenario.yaml');
    expect(existsSync(file)).toBe(true);
    stdin.write('\t');
    stdin.write('\t');
    await frameMatching(lastFrame, /my-scenario\s+file/);
    stdin.write('d');
    await frameMatching(lastFrame, 'cannot be deleted');
    for (let i = 0; i < 20; i++) stdin.write('j');
    stdin.write('d');
    await frameMatching(lastFrame, `Delete ${file}?`);
    stdin.write('y');
    await frameMatching(lastFrame, `Deleted ${file}`);
    expect(existsSync(file)).toBe(false);
  });

  it('undoes with u and Ctrl+Z and redoes with Ctrl+R', async () => {
    const { lastFrame, stdin } = start();
    await frameMatching(lastFrame, 'United States');
    stdin.write('+');
    await frameMatching(lastFrame, /United States\s+-28\.1\*/);
    stdin.write('\u001A');
    await frameMatching(lastFrame, /United States\s+-28\.6\s/);
    stdin.write('\u0012');
    await frameMatching(lastFrame, /United States\s+-28\.1\*/);
    stdin.write('u');
    const undone = await frameMatching(lastFrame, /United States\s+-28\.6\s/);
    expect(undone).not.toContain('unsaved');
  });

  it('asks before quitting with unsaved work and stays on n', async () => {
    const { lastFrame, stdin } = await startWithUnsavedNudge();
    stdin.write('q');
    await frameMatching(lastFrame, 'Quit without saving?');
    stdin.write('n');
    const stayed = await frameMatching(lastFrame, (f) => !f.includes('Quit without saving?'));
    expect(stayed).toContain('unsaved');
  });

  it('lists every key with ? and closes the help on any key', async () => {
    const { lastFrame, stdin } = start();
    await frameMatching(lastFrame, 'United States');
    stdin.write('?');
    const help = await frameMatching(lastFrame, 'Keys (any key closes this help)');
    expect(help).toContain('nudge the rate by 5 pp');
    expect(help).toContain('save as a new scenario (fork)');
    stdin.write('x');
    await frameMatching(lastFrame, 'United States');
  });

  it('switches views with Tab and Alt+digits, and lists the scenarios with descriptions', async () => {
    const { lastFrame, stdin } = start();
    await frameMatching(lastFrame, 'United States');
    stdin.write('\t');
    await frameMatching(lastFrame, /variable\s+member/);
    stdin.write('\t');
    const list = await frameMatching(lastFrame, 'trade-truce');
    expect(list).toContain('eu-scrutiny');
    expect(list).toMatch(/library\s+\S/);
    stdin.write('\u001B1');
    await frameMatching(lastFrame, 'United States');
  });

  it('opens a library scenario and compares two side by side with the regions that drive the difference', async () => {
    const { lastFrame, stdin } = start();
    await frameMatching(lastFrame, 'United States');
    stdin.write('\t');
    stdin.write('\t');
    await frameMatching(lastFrame, 'eu-scrutiny');
    // baseline is first; mark it, go to eu-scrutiny and compare.
    stdin.write('c');
    await frameMatching(lastFrame, 'Marked baseline');
    const rows = (await frameMatching(lastFrame, 'eu-scrutiny')).split('\n');
    const down = rows.findIndex((l) => l.includes('eu-scrutiny')) - rows.findIndex((l) => l.includes('baseline  '));
    for (let i = 0; i < down; i++) stdin.write('j');
    stdin.write('c');
    const compared = await frameMatching(lastFrame, 'Regions driving the difference');
    expect(compared).toMatch(/Surplus, \$bn\s+[\d,]+\s+[\d,]+\s+-[\d,]+/);
    expect(compared).toContain('European Union');
    stdin.write('\u001B');
    await frameMatching(lastFrame, (f) => !f.includes('Regions driving'));
    stdin.write('\r');
    const opened = await frameMatching(lastFrame, 'Opened eu-scrutiny');
    // The scenario's value differs from the baseline (marked *), and nothing is unsaved yet.
    expect(opened).toMatch(/European Uni\S*\s+0\.0\*/);
    expect(opened).not.toContain('unsaved');
  });

  it('writes a report in the format of the extension and shows its path', async () => {
    const { lastFrame, stdin, cwd } = await startWithUnsavedNudge();
    stdin.write('r');
    await frameMatching(lastFrame, 'Report file: reports/baseline.md');
    stdin.write('\r');
    const done = await frameMatching(lastFrame, /Report \(md\) written to/);
    const file = path.join(cwd, 'reports', 'baseline.md');
    expect(done).toContain('reports/baseline.md');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/#/);
  });
});
