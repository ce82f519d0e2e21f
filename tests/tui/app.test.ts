/**
 * The interactive app in a real terminal (tmux): the built app as a user starts it with `tradesheet`, keys sent
 * as a user types them, and the screen read back. Needs `npx turbo run build --filter=@tradesheet/tui...` first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shellQuote, TmuxSession } from './tmux.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'apps/tui/dist/cli.js');
const sessions: TmuxSession[] = [];
let cwd = '';

function start(columns = 100, rows = 30, command = `node ${shellQuote(cli)}`): TmuxSession {
  const s = TmuxSession.start({ columns, rows, cwd, command, env: { NO_COLOR: '1' } });
  sessions.push(s);
  return s;
}

/** The 2026 surplus as the results panel shows it: the first number on the row that starts with 2026. */
function surplus2026(screen: string): string {
  const line = screen.split('\n').find((l) => /\b2026\s+-?[\d,]+/.test(l) && !l.includes('Region'));
  const match = line ? /\b2026\s+(-?[\d,]+)/.exec(line.slice(line.indexOf('2026'))) : null;
  if (!match) throw new Error(`no 2026 row on screen:\n${screen}`);
  return match[1]!;
}

/** What `tradesheet run` prints for the 2026 surplus of its what-if, formatted as the app shows it. */
function cliSurplus2026(args: string[], scenario = 'custom'): string {
  const out = execFileSync('node', [cli, 'run', ...args, '--format', 'json'], { cwd, encoding: 'utf8' });
  const doc = JSON.parse(out) as { years: number[]; rows: { figure: string; scenario: string; kind: string; values: (number | null)[] }[] };
  const row = doc.rows.find((r) => r.figure === 'surplus' && r.scenario === scenario && r.kind === 'value');
  const value = row?.values[doc.years.indexOf(2026)];
  if (typeof value !== 'number') throw new Error(`no 2026 surplus for ${scenario} in:\n${out}`);
  return Math.round(value).toLocaleString('en-US');
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (npx turbo run build --filter=@tradesheet/tui...)`);
});

afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
  if (cwd) rmSync(cwd, { recursive: true, force: true });
});

describe('tradesheet (the interactive app)', () => {
  it('edits EU export growth, refuses a bad formula, undoes, saves, and the CLI loads the file the same', async () => {
    cwd = mkdtempSync(path.join(tmpdir(), 'tradesheet-e2e-'));
    const app = start();
    const first = await app.waitFor(/European Uni/);
    const baseline = surplus2026(first);
    expect(baseline).toBe(cliSurplus2026([], 'baseline'));

    // EU is the second region; its export growth is the first column. Typing 0 and Enter sets it to zero.
    app.send('j');
    app.send('0', { literal: true });
    app.send('Enter');
    const edited = await app.waitFor(/European Uni\S*\s+0\.0\*/);
    const expected = cliSurplus2026(['--set', 'export_growth.eu=0']);
    expect(expected).not.toBe(baseline);
    await app.waitFor((s) => surplus2026(s) === expected);
    expect(edited).toContain('unsaved');

    // A formula that does not parse: the error shows, and nothing changes.
    app.send('=', { literal: true });
    await app.waitFor('Enter applies');
    app.send(' * (', { literal: true });
    app.send('Enter');
    const refused = await app.waitFor(/\^/);
    expect(refused).toMatch(/position/i);
    expect(surplus2026(refused)).toBe(expected);
    app.send('Escape');
    await app.waitFor((s) => !s.includes('position'));

    // Undo brings the baseline back; redo the edit again.
    app.send('u');
    await app.waitFor((s) => surplus2026(s) === baseline);
    app.send('C-r');
    await app.waitFor((s) => surplus2026(s) === expected);

    // Save (a new scenario asks for a name), quit, and load the file with the CLI.
    app.send('s');
    await app.waitFor('Save as:');
    app.send('Enter');
    await app.waitFor('Saved my-scenario');
    const file = path.join(cwd, 'scenarios', 'my-scenario.yaml');
    expect(readFileSync(file, 'utf8')).toContain('export_growth');
    app.send('q');
    await app.waitFor(() => app.exited());
    expect(cliSurplus2026(['--scenario', file], 'my-scenario')).toBe(expected);
  });

  it('asks before quitting with unsaved work', async () => {
    cwd = mkdtempSync(path.join(tmpdir(), 'tradesheet-e2e-'));
    const app = start();
    await app.waitFor(/European Uni/);
    app.send('+', { literal: true });
    await app.waitFor('unsaved');
    app.send('q');
    await app.waitFor('Quit without saving?');
    app.send('n');
    await app.waitFor((s) => !s.includes('Quit without saving?'));
    expect(app.exited()).toBe(false);
    app.send('q');
    await app.waitFor('Quit without saving?');
    app.send('y');
    await app.waitFor(() => app.exited());
  });

  it('fits an 80x24 terminal: header, every region, the results and the keys', async () => {
    cwd = mkdtempSync(path.join(tmpdir(), 'tradesheet-e2e-'));
    const app = start(80, 24);
    const screen = await app.waitFor(/Rest of world/);
    expect(screen).toContain('United States');
    expect(screen).toMatch(/2030\s+[\d,]+/);
    expect(screen).toMatch(/q quit/);
    expect(screen).toContain('China');
  });

  it('gives the terminal back after Ctrl+C', async () => {
    cwd = mkdtempSync(path.join(tmpdir(), 'tradesheet-e2e-'));
    const shell = start(100, 30, "env PS1='ready> ' bash --norc --noprofile");
    await shell.waitFor('ready>');
    shell.send(`node ${shellQuote(cli)}`, { literal: true });
    shell.send('Enter');
    await shell.waitFor(/European Uni/);
    shell.send('C-c');
    await shell.waitFor((s) => !s.includes('European Uni'));
    shell.send('echo usable-$((40+2))', { literal: true });
    shell.send('Enter');
    const after = await shell.waitFor('usable-42');
    // The typed command echoed back: the terminal is in cooked mode again.
    expect(after).toContain('echo usable-$((40+2))');
  });

  it('prints a usage and exits 2 when stdout is not a terminal', () => {
    cwd = mkdtempSync(path.join(tmpdir(), 'tradesheet-e2e-'));
    const result = spawnSync('node', [cli], { cwd, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    expect(result.status).toBe(2);
    expect(result.stderr + result.stdout).toMatch(/tradesheet run/);
  });
});
