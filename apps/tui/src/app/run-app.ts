/**
 * `tradesheet` with no arguments: the full-screen app on the built-in model. It draws on the terminal's alternate
 * screen and always gives the terminal back (cursor shown, main screen restored), on `q`, Ctrl+C, or a crash.
 * When stdout or stdin is not a terminal there is nothing to draw on: it prints where to go instead and exits 2.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { listChinaScenarios, loadChinaModel, loadScenarioFile, saveScenarioFile } from '@tradesheet/core';
import { ScenarioStore } from './scenario-store.js';
import type { OpenScenario } from './session.js';
import { AppError } from './app-error.js';
import { useRememberingFrameBuilder } from './ink-output/install.js';

export interface RunAppOptions {
  /** Scenario folder: where `s` saves and the list reads files; `./scenarios` unless told. */
  dir?: string;
  /** A scenario to open: a name from the model's library or the folder, or a file path. */
  scenario?: string;
}

export const NOT_A_TERMINAL_USAGE = `tradesheet: the interactive app needs a terminal (stdin and stdout are not both a TTY).
Use a subcommand instead:
  tradesheet run --set export_growth.eu=0     headline figures of a what-if
  tradesheet report --scenario FILE           the full projection report
  tradesheet scenarios                        list the scenarios
  tradesheet --help                           every command and option
`;

const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALT_SCREEN = '\u001B[?25h\u001B[?1049l';

export async function runApp(options: RunAppOptions = {}): Promise<void> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    process.stderr.write(NOT_A_TERMINAL_USAGE);
    process.exitCode = 2;
    return;
  }
  const cwd = process.cwd();
  const model = loadChinaModel();
  const library = listChinaScenarios();
  const files = { load: loadScenarioFile, save: saveScenarioFile };
  const store = new ScenarioStore(files, path.resolve(cwd, options.dir ?? 'scenarios'), library, model.title ?? model.name);
  const initial = options.scenario === undefined ? undefined : findScenario(store, options.scenario, cwd);

  // React's development build (the default without NODE_ENV) draws each frame about twice as slowly; the app is
  // loaded only now so that the choice takes effect. NODE_ENV=development still gets the checks.
  process.env['NODE_ENV'] ??= 'production';
  const [{ createElement }, { render }, { App }] = await Promise.all([import('react'), import('ink'), import('./app.js')]);
  // Ink's frames, built remembering the last one: a nudge's frame in about half the time (ink-output/README.md).
  await useRememberingFrameBuilder();

  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.stdout.write(LEAVE_ALT_SCREEN);
  };
  process.stdout.write(ENTER_ALT_SCREEN);
  process.once('exit', restore);
  try {
    const instance = render(createElement(App, { model, store, cwd, ...(initial ? { initial } : {}) }), {
      exitOnCtrlC: true,
      maxFps: 60,
    });
    await instance.waitUntilExit();
  } finally {
    restore();
    process.removeListener('exit', restore);
  }
}

function findScenario(store: ScenarioStore, ref: string, cwd: string): OpenScenario {
  const entries = store.list();
  const asPath = path.resolve(cwd, ref);
  const entry = entries.find((e) => e.file === asPath) ?? entries.find((e) => e.name === ref);
  if (entry) return store.open(entry);
  if (existsSync(asPath)) return store.open({ name: path.basename(asPath), description: undefined, origin: 'file', file: asPath });
  throw new AppError('APP_SCENARIO_NOT_FOUND', `no scenario "${ref}" in the model's library or ${store.dir}`);
}
