/**
 * The app shell: header, the current view, any overlay (help, a prompt, a question) and the footer. It only wires:
 * state lives in `use-workbook`, app-wide keys in `use-commands`, and each screen listens to keys only while it
 * has the focus (no overlay open).
 */
import { Box } from 'ink';
import { useMemo, useState } from 'react';
import { Workbook, type ModelDefinition } from '@tradesheet/core';
import { Header, type View } from './components/Header.js';
import { Footer } from './components/Footer.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { Prompt } from './components/Prompt.js';
import { Confirm } from './components/Confirm.js';
import { AssumptionsScreen } from './screens/AssumptionsScreen.js';
import { SheetScreen } from './screens/SheetScreen.js';
import { ScenariosScreen } from './screens/ScenariosScreen.js';
import { useWorkbook } from './hooks/use-workbook.js';
import { useCommands } from './hooks/use-commands.js';
import { useTerminalSize, type TerminalSize } from './hooks/use-terminal-size.js';
import { useAnyKey } from './hooks/use-any-key.js';
import { Session, type OpenScenario } from './session.js';
import type { ScenarioStore } from './scenario-store.js';
import { makeTheme } from './theme.js';

export interface AppProps {
  model: ModelDefinition;
  store: ScenarioStore;
  /** The scenario to open; the model itself when omitted. */
  initial?: OpenScenario;
  /** Where relative report paths start. */
  cwd: string;
  /** A fixed size instead of the terminal's (tests). */
  size?: TerminalSize;
  env?: NodeJS.ProcessEnv;
}

const HEADER_LINES = 1;
const FOOTER_LINES = 2;

export function App({ model, store, initial, cwd, size: fixedSize, env }: AppProps) {
  const theme = useMemo(() => makeTheme(env), [env]);
  const size = useTerminalSize(fixedSize);
  const state = useWorkbook(() => new Session(model, initial ?? { name: 'baseline', edits: [] }));
  const [view, setView] = useState<View>('assumptions');
  const [listVersion, setListVersion] = useState(0);
  const entries = useMemo(() => store.list(), [store, listVersion]);
  const commands = useCommands({ state, model, store, cwd, setView, refresh: () => setListVersion((v) => v + 1) });
  const { overlay, setOverlay, status } = commands;
  const session = state.session;

  // Ink redraws the whole screen when output reaches the last row; one spare row keeps redraws incremental.
  const rows = Math.max(10, size.rows - 1);
  const promptLines = overlay?.kind === 'prompt' ? 3 : overlay?.kind === 'confirm' ? 1 : 0;
  const bodyHeight = Math.max(4, rows - HEADER_LINES - FOOTER_LINES - promptLines);
  const focused = overlay === undefined;
  useAnyKey(() => setOverlay(undefined), overlay?.kind === 'help');

  const screen = { state, isActive: focused, width: size.columns, height: bodyHeight, theme, onGlobal: commands.run };
  const onStatus = commands.setStatus;

  return (
    <Box flexDirection="column" width={size.columns} height={rows}>
      <Header
        model={model.title ?? model.name}
        scenario={session.scenario.name}
        asOf={session.wb.calendar.asOf}
        dirty={session.dirty}
        view={view}
        width={size.columns}
        theme={theme}
      />
      {/* No overflow clipping: the screens size themselves to bodyHeight, and clipping makes Ink slice every line. */}
      <Box height={bodyHeight} flexShrink={0}>
        {overlay?.kind === 'help' ? (
          <HelpOverlay scope={view} theme={theme} width={size.columns} />
        ) : view === 'assumptions' ? (
          <AssumptionsScreen {...screen} onStatus={onStatus} />
        ) : view === 'sheet' ? (
          <SheetScreen {...screen} onStatus={onStatus} />
        ) : (
          <ScenariosScreen
            entries={entries}
            current={session.scenario}
            isActive={focused}
            width={size.columns}
            height={bodyHeight}
            theme={theme}
            onOpen={commands.open}
            onDelete={commands.remove}
            workbookOf={(entry) => {
              const wb = Workbook.fromModel(model);
              const edits = store.open(entry).edits;
              if (edits.length > 0) wb.apply(edits);
              return wb;
            }}
            onGlobal={commands.run}
            onError={(text) => onStatus({ text, kind: 'error' })}
          />
        )}
      </Box>
      {overlay?.kind === 'prompt' ? (
        <Prompt
          key={overlay.label}
          label={overlay.label}
          initial={overlay.initial}
          hint={overlay.hint}
          onSubmit={overlay.onSubmit}
          onCancel={() => setOverlay(undefined)}
          isActive
          width={size.columns}
          theme={theme}
        />
      ) : null}
      {overlay?.kind === 'confirm' ? (
        <Confirm
          question={overlay.question}
          isActive
          theme={theme}
          onNo={() => setOverlay(undefined)}
          onYes={() => {
            setOverlay(undefined);
            overlay.onYes();
          }}
        />
      ) : null}
      <Footer scope={view} status={status} width={size.columns} theme={theme} />
    </Box>
  );
}
