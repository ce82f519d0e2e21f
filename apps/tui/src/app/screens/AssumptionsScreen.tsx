/**
 * The what-if workbench: regional assumptions on the left, live results and the monthly surplus chart on the
 * right. Moves, nudges, typed values and formula edits are handled here; everything else goes to the app.
 */
import { Box, type Key } from 'ink';
import { useMemo, useState } from 'react';
import { useKeys } from '../hooks/use-keys.js';
import { useRefState } from '../hooks/use-ref-state.js';
import { actionFor, type Action } from '../keymap.js';
import type { WorkbookState } from '../hooks/use-workbook.js';
import {
  assumptionColumns, assumptionValue, nudgeAssumption, regions, scalarAssumptions, setAssumption,
} from '../assumptions.js';
import { AssumptionTable, CELL_WIDTH, cellTarget, type AssumptionRow } from '../components/AssumptionTable.js';
import { ResultsPanel } from '../components/ResultsPanel.js';
import { LineChart } from '../components/LineChart.js';
import { Prompt } from '../components/Prompt.js';
import { AssumptionDetail } from '../components/AssumptionDetail.js';
import { DriversPanel } from '../components/DriversPanel.js';
import { monthlySeries, projectedYears } from '../results.js';
import { parseTyped, promptError } from '../edit-errors.js';
import type { Status } from '../components/Footer.js';
import type { Theme } from '../theme.js';

export interface ScreenProps {
  state: WorkbookState;
  isActive: boolean;
  width: number;
  height: number;
  theme: Theme;
  onGlobal(action: Action): void;
  onStatus(status: Status): void;
}

const NUDGE: Partial<Record<Action, number>> = { 'nudge-up': 0.5, 'nudge-down': -0.5, 'nudge-up-big': 5, 'nudge-down-big': -5 };
const NAME_WIDTH = 14;

export function AssumptionsScreen({ state, isActive, width, height, theme, onGlobal, onStatus }: ScreenProps) {
  const { session, version, changed } = state;
  const wb = session.wb;
  const columns = useMemo(() => assumptionColumns(wb), [wb]);
  const rows = useMemo<AssumptionRow[]>(
    () => [
      ...regions(wb).map((r) => ({ kind: 'region' as const, member: r.id, name: r.name })),
      ...scalarAssumptions(wb).map((s) => ({ kind: 'scalar' as const, variable: s.variable, name: s.title })),
    ],
    [wb],
  );
  // Selection, typed text and the editing flag as of the last key handled, ahead of the redraw: a nudge right
  // after a move edits the new cell, and Enter right after a digit sets the value.
  const [sel, setSel, selRef] = useRefState({ row: 0, col: 0 });
  const [typing, setTyping, typingRef] = useRefState<string | undefined>(undefined);
  const [editing, setEditing, editingRef] = useRefState(false);
  const [showBaseline, setShowBaseline] = useState(false);
  const target = cellTarget(rows[sel.row], sel.col, columns);
  const currentTarget = () => cellTarget(rows[selRef.current.row], selRef.current.col, columns);

  const apply = (edit: Parameters<WorkbookState['apply']>[0], what: string) => {
    try {
      const changes = state.apply(edit);
      onStatus({ text: `${what} · ${changes.count} cells recomputed`, kind: 'info' });
    } catch (error) {
      onStatus({ text: promptError(error).message, kind: 'error' });
    }
  };

  const move = (dr: number, dc: number) => {
    const prev = selRef.current;
    const row = Math.max(0, Math.min(rows.length - 1, prev.row + dr));
    const maxCol = rows[row]?.kind === 'scalar' ? 0 : columns.length - 1;
    setSel({ row, col: Math.max(0, Math.min(maxCol, prev.col + dc)) });
  };

  const labelOf = (t: typeof target) => (t ? `${t.variable}${t.member ? `.${t.member}` : ''}` : '');
  const label = labelOf(target);

  const onTypingKey = (input: string, key: Key) => {
    const text = typingRef.current ?? '';
    if (key.escape) return setTyping(undefined);
    if (key.backspace || key.delete) return setTyping((t) => (t !== undefined && t.length > 1 ? t.slice(0, -1) : undefined));
    if (key.return) {
      const value = parseTyped(text);
      const t = currentTarget();
      setTyping(undefined);
      if (value === undefined || !t) return onStatus({ text: `"${text}" is not a number`, kind: 'error' });
      return apply(setAssumption(t.variable, t.member, value), `${labelOf(t)} = ${value}`);
    }
    // A minus while typing flips the sign, since `-` on its own nudges.
    if (input === '-') return setTyping((t = '') => (t.startsWith('-') ? t.slice(1) : `-${t}`));
    if (/^[0-9.]+$/.test(input)) setTyping((t = '') => t + input);
  };

  useKeys(
    (input, key) => {
      if (editingRef.current) return;
      if (typingRef.current !== undefined) return onTypingKey(input, key);
      const action = actionFor(input, key, 'assumptions');
      if (!action) return;
      const delta = NUDGE[action];
      const t = currentTarget();
      if (delta !== undefined) {
        if (!t) return;
        const edit = nudgeAssumption(wb, t.variable, t.member, delta);
        if (edit) apply(edit, `${labelOf(t)} ${delta > 0 ? '+' : ''}${delta} pp`);
        return;
      }
      switch (action) {
        case 'up': return move(-1, 0);
        case 'down': return move(1, 0);
        case 'left': return move(0, -1);
        case 'right': return move(0, 1);
        case 'type-value': return t ? setTyping((x = '') => x + input) : undefined;
        case 'edit-formula': return t ? setEditing(true) : undefined;
        case 'toggle-baseline': return setShowBaseline((b) => !b);
        default: return onGlobal(action);
      }
    },
    isActive && !editing,
  );

  const leftWidth = NAME_WIDTH + columns.length * (CELL_WIDTH + (showBaseline ? 7 : 0));
  const rightWidth = Math.max(20, width - leftWidth - 1);
  const resultsHeight = projectedYears(wb).length + 1;
  // The chart is the costliest thing to draw (braille lines take Ink's slow text path), so it stops growing at
  // 14 rows; a tall terminal's remaining rows list the regions driving the difference from baseline.
  const room = Math.max(4, height - resultsHeight - 1);
  const chartHeight = Math.min(room, 14);
  const driverRows = room - chartHeight - 2;
  const series = useMemo(
    () => [
      { label: 'baseline', role: 'baseline' as const, values: monthlySeries(session.baseline) },
      { label: 'scenario', role: 'scenario' as const, values: monthlySeries(wb) },
    ],
    [wb, session.baseline, version],
  );

  return (
    <Box flexDirection="row" width={width} height={height}>
      <Box flexDirection="column" width={leftWidth} marginRight={1}>
        <AssumptionTable
          wb={wb} baseline={session.baseline} rows={rows} columns={columns} selected={sel} typing={typing}
          showBaseline={showBaseline} changed={changed} nameWidth={NAME_WIDTH} theme={theme}
        />
        {editing && target ? (
          <Prompt
            label={`${label} =`}
            initial={currentFormula(state, target.variable, target.member)}
            hint="formula or number; Enter applies, Esc cancels"
            isActive={isActive}
            width={leftWidth}
            theme={theme}
            onCancel={() => setEditing(false)}
            onSubmit={(formula) => {
              try {
                state.apply({ kind: 'setFormula', variable: target.variable, member: target.member, formula });
              } catch (error) {
                return promptError(error);
              }
              setEditing(false);
              onStatus({ text: `${label} = ${formula}`, kind: 'info' });
              return undefined;
            }}
          />
        ) : (
          <AssumptionDetail state={state} target={target} theme={theme} width={leftWidth} />
        )}
      </Box>
      <Box flexDirection="column" width={rightWidth}>
        <ResultsPanel wb={wb} baseline={session.baseline} changed={changed} width={rightWidth} theme={theme} />
        <Box marginTop={1}>
          <LineChart
            title="Monthly surplus $bn"
            series={series}
            xLabels={wb.calendar.months}
            width={rightWidth}
            height={chartHeight}
            theme={theme}
          />
        </Box>
        {driverRows > 0 ? (
          <DriversPanel wb={wb} baseline={session.baseline} rows={driverRows} width={rightWidth} theme={theme} />
        ) : null}
      </Box>
    </Box>
  );
}

function currentFormula(state: WorkbookState, variable: string, member: string | undefined): string {
  const def = state.session.wb.variable(variable)?.definition;
  const own = member === undefined ? undefined : def?.memberFormulas?.[member];
  if (own ?? def?.formula) return (own ?? def?.formula)!;
  const v = assumptionValue(state.session.wb, variable, member);
  return typeof v === 'number' ? String(v) : '';
}

