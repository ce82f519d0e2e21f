/**
 * What the app-wide keys do: switch views, undo/redo, save, save as, report, help, quit; and opening and deleting
 * scenarios from the list. Questions and inputs these need are returned as an `overlay` the app draws.
 */
import { useApp } from 'ink';
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import type { ModelDefinition } from '@tradesheet/core';
import type { Action } from '../keymap.js';
import type { WorkbookState } from './use-workbook.js';
import type { Status } from '../components/Footer.js';
import type { PromptError } from '../components/Prompt.js';
import { VIEWS, type View } from '../components/Header.js';
import { SCENARIO_NAME, type ScenarioEntry, type ScenarioStore } from '../scenario-store.js';
import { Session } from '../session.js';
import { defaultReportPath, reportFormatOf, REPORT_EXTENSIONS, writeReport } from '../report-writer.js';
import { promptError } from '../edit-errors.js';

export type Overlay =
  | { kind: 'help' }
  | { kind: 'prompt'; label: string; initial: string; hint: string; onSubmit(text: string): PromptError | undefined }
  | { kind: 'confirm'; question: string; onYes(): void };

export interface CommandsDeps {
  state: WorkbookState;
  model: ModelDefinition;
  store: ScenarioStore;
  cwd: string;
  setView: Dispatch<SetStateAction<View>>;
  /** Re-reads the scenario list (after a save or a delete). */
  refresh(): void;
}

export function useCommands({ state, model, store, cwd, setView, refresh }: CommandsDeps) {
  const { exit } = useApp();
  const [overlay, setOverlay] = useState<Overlay | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const session = state.session;
  const info = (text: string) => setStatus({ text, kind: 'info' });
  const fail = (error: unknown) => setStatus({ text: promptError(error).message, kind: 'error' });

  const saveTo = (name: string, file: string) => {
    try {
      store.save(session.toScenario(name), file);
      session.markSaved(file, name);
      state.touch();
      refresh();
      info(`Saved ${name} to ${file}`);
    } catch (error) {
      fail(error);
    }
  };

  const saveAs = () =>
    setOverlay({
      kind: 'prompt',
      label: 'Save as:',
      initial: session.scenario.name === 'baseline' ? 'my-scenario' : `${session.scenario.name}-copy`,
      hint: `a name (letters, digits, - or _); saved as NAME.yaml in ${store.dir}`,
      onSubmit: (name) => {
        if (!SCENARIO_NAME.test(name)) return { message: `"${name}": use letters, digits, - and _ (starting with a letter or digit)` };
        const file = store.fileFor(name);
        if (store.list().some((e) => e.file === file) && file !== session.scenario.file) {
          return { message: `${file} exists: choose another name, or open it and press s` };
        }
        setOverlay(undefined);
        saveTo(name, file);
        return undefined;
      },
    });

  const report = () =>
    setOverlay({
      kind: 'prompt',
      label: 'Report file:',
      initial: defaultReportPath(cwd, session.scenario.name),
      hint: `format from the extension: ${REPORT_EXTENSIONS.map((e) => `.${e}`).join(' ')}`,
      onSubmit: (file) => {
        if (!reportFormatOf(file)) return { message: `name the format by the extension: ${REPORT_EXTENSIONS.map((e) => `.${e}`).join(' ')}` };
        setOverlay(undefined);
        info(`Writing ${reportFormatOf(file)} report…`);
        writeReport(session, model, file, cwd).then((written) => info(`Report (${reportFormatOf(file)}) written to ${written}`), fail);
        return undefined;
      },
    });

  // Asks before throwing away unsaved work; runs `then` at once when there is none.
  const unlessDirty = (question: string, then: () => void) => {
    if (!session.dirty) return then();
    setOverlay({ kind: 'confirm', question, onYes: then });
  };

  const run = useCallback(
    (action: Action) => {
      // Functional: two Tabs pressed before a redraw move two views on.
      const step = (by: number) => (current: View) => VIEWS[(VIEWS.findIndex((v) => v.id === current) + by + VIEWS.length) % VIEWS.length]!.id;
      switch (action) {
        case 'next-view': return setView(step(1));
        case 'prev-view': return setView(step(-1));
        case 'view-assumptions': return setView('assumptions');
        case 'view-sheet': return setView('sheet');
        case 'view-scenarios': return setView('scenarios');
        case 'help': return setOverlay({ kind: 'help' });
        case 'undo': return state.undo() ? info('Undone') : info('Nothing to undo');
        case 'redo': return state.redo() ? info('Redone') : info('Nothing to redo');
        case 'save': {
          const file = session.scenario.file;
          return file ? saveTo(session.scenario.name, file) : saveAs();
        }
        case 'save-as': return saveAs();
        case 'report': return report();
        case 'quit': return unlessDirty(`Unsaved changes to ${session.scenario.name}. Quit without saving?`, () => exit());
        default: return undefined;
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, session],
  );

  const open = (entry: ScenarioEntry) =>
    unlessDirty(`Unsaved changes to ${session.scenario.name}. Open ${entry.name} and discard them?`, () => {
      try {
        state.replace(new Session(model, store.open(entry), session.baseline));
        setOverlay(undefined);
        setView('assumptions');
        info(`Opened ${entry.name}`);
      } catch (error) {
        setOverlay(undefined);
        fail(error);
      }
    });

  const remove = (entry: ScenarioEntry) => {
    if (entry.origin !== 'file') return setStatus({ text: `${entry.name} is part of the model: it cannot be deleted`, kind: 'error' });
    setOverlay({
      kind: 'confirm',
      question: `Delete ${entry.file}?`,
      onYes: () => {
        try {
          store.remove(entry);
          info(`Deleted ${entry.file}`);
        } catch (error) {
          fail(error);
        }
        setOverlay(undefined);
        refresh();
      },
    });
  };

  return { overlay, setOverlay, status, setStatus, run, open, remove };
}
