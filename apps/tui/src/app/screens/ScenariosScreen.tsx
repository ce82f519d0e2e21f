/**
 * The scenario list: the model, its library and the user's files, with descriptions. Enter opens one, `d` deletes
 * a file (after asking), `c` marks one and `c` on another compares them; `S` (save as) forks the open one.
 */
import { useKeys } from '../hooks/use-keys.js';
import { Box, Text } from 'ink';
import { useMemo, useRef, useState } from 'react';
import type { Workbook } from '@tradesheet/core';
import { actionFor, type Action } from '../keymap.js';
import type { ScenarioEntry } from '../scenario-store.js';
import { Comparison } from '../components/Comparison.js';
import { padRight } from '../format.js';
import { projectedYears } from '../results.js';
import type { Theme } from '../theme.js';

export interface ScenariosScreenProps {
  entries: readonly ScenarioEntry[];
  /** Name and file of the scenario being edited, to mark it in the list. */
  current: { name: string; file?: string };
  isActive: boolean;
  width: number;
  height: number;
  theme: Theme;
  onOpen(entry: ScenarioEntry): void;
  onDelete(entry: ScenarioEntry): void;
  /** Builds the workbook of a scenario for a comparison (throws what loading throws). */
  workbookOf(entry: ScenarioEntry): Workbook;
  onGlobal(action: Action): void;
  onError(message: string): void;
}

const isCurrent = (e: ScenarioEntry, current: { name: string; file?: string }) =>
  current.file !== undefined ? e.file === current.file : e.origin !== 'file' && e.name === current.name;

export function ScenariosScreen(props: ScenariosScreenProps) {
  const { entries, current, isActive, width, height, theme } = props;
  const [sel, setSelState] = useState(0);
  // The selection as of the last key, ahead of the redraw, so `c` right after a move picks the new row.
  const selRef = useRef(0);
  const setSel = (update: (s: number) => number) => {
    selRef.current = update(selRef.current);
    setSelState(selRef.current);
  };
  const [mark, setMark] = useState<number | undefined>();
  const [compare, setCompare] = useState<{ a: number; b: number; year: number } | undefined>();

  const pair = useMemo(() => {
    if (!compare) return undefined;
    const ea = entries[compare.a];
    const eb = entries[compare.b];
    if (!ea || !eb) return undefined;
    try {
      return { a: { name: ea.name, wb: props.workbookOf(ea) }, b: { name: eb.name, wb: props.workbookOf(eb) } };
    } catch (error) {
      props.onError(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [compare?.a, compare?.b, entries]);
  const years = pair ? projectedYears(pair.a.wb) : [];

  useKeys(
    (input, key) => {
      const sel = selRef.current;
      const selected = entries[Math.min(sel, entries.length - 1)];
      const action = actionFor(input, key, 'scenarios');
      if (!action) return;
      if (compare && (action === 'left' || action === 'right')) {
        const i = years.indexOf(compare.year) + (action === 'left' ? -1 : 1);
        if (years[i] !== undefined) setCompare({ ...compare, year: years[i]! });
        return;
      }
      switch (action) {
        case 'up': return setSel((s) => Math.max(0, s - 1));
        case 'down': return setSel((s) => Math.min(entries.length - 1, s + 1));
        case 'left':
        case 'right': return;
        case 'back': setCompare(undefined); return setMark(undefined);
        case 'open': return selected ? props.onOpen(selected) : undefined;
        case 'delete': return selected ? props.onDelete(selected) : undefined;
        case 'compare': {
          if (mark === undefined || mark === sel) return setMark(sel);
          const first = entries[mark];
          const wbYears = first ? projectedYears(props.workbookOf(first)) : [];
          setCompare({ a: mark, b: sel, year: wbYears[0] ?? 0 });
          return setMark(undefined);
        }
        default: return props.onGlobal(action);
      }
    },
    isActive,
  );

  const listHeight = compare ? Math.min(entries.length, Math.max(3, height - 15)) : height;
  const top = Math.max(0, Math.min(sel - Math.floor(listHeight / 2), entries.length - listHeight));
  return (
    <Box flexDirection="column" width={width} height={height}>
      {entries.slice(top, top + listHeight).map((e, i) => {
        const index = top + i;
        return (
          <Text key={`${e.origin}:${e.file ?? e.name}`} wrap="truncate">
            <Text inverse={index === sel}>
              {index === mark ? '◆ ' : isCurrent(e, current) ? '▸ ' : '  '}
              {padRight(e.name, 22)}
            </Text>
            <Text color={theme.color('muted')}>
              {' '}
              {padRight(e.origin === 'file' ? 'file' : e.origin, 8)}
              {e.description ?? ''}
            </Text>
          </Text>
        );
      })}
      {mark !== undefined && !compare ? (
        <Text color={theme.color('accent')}>Marked {entries[mark]?.name}: move to another scenario and press c to compare.</Text>
      ) : null}
      {pair && compare ? (
        <Box marginTop={1}>
          <Comparison a={pair.a} b={pair.b} year={compare.year} years={years} width={width} theme={theme} />
        </Box>
      ) : null}
    </Box>
  );
}
