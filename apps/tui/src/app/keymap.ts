/**
 * Every key binding of the app, in one place: screens ask `actionFor(input, key, scope)` what a keypress means, and
 * the footer and the `?` help read `bindingsFor(scope)`, so what the help says is what the keys do.
 */
import type { Key } from 'ink';

export type Scope = 'global' | 'assumptions' | 'sheet' | 'scenarios';

export type Action =
  | 'up' | 'down' | 'left' | 'right' | 'page-up' | 'page-down' | 'home' | 'end'
  | 'nudge-up' | 'nudge-down' | 'nudge-up-big' | 'nudge-down-big' | 'type-value'
  | 'edit-formula' | 'show-detail' | 'toggle-baseline' | 'toggle-period'
  | 'undo' | 'redo' | 'save' | 'save-as' | 'report' | 'quit' | 'help'
  | 'next-view' | 'prev-view' | 'view-assumptions' | 'view-sheet' | 'view-scenarios'
  | 'open' | 'delete' | 'compare' | 'back';

/** A key as the user presses it: a character, or a named key with modifiers. */
type KeySpec =
  | { char: string }
  | { name: 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'tab' | 'escape' }
  | { name: 'tab'; shift: true }
  | { ctrl: string }
  | { alt: string }
  | { digit: true };

export interface Binding {
  action: Action;
  scopes: Scope[];
  keys: KeySpec[];
  /** How the keys are written in the footer and help, e.g. `+/-`. */
  label: string;
  description: string;
  /**
   * Shown in the footer (the help shows every binding): `text` is the short description, and when the terminal
   * is narrow the footer keeps the lowest `priority` numbers first.
   */
  footer?: { priority: number; text: string };
}

const grid: Scope[] = ['assumptions', 'sheet', 'scenarios'];
const cells: Scope[] = ['assumptions', 'sheet'];

export const bindings: readonly Binding[] = [
  { action: 'up', scopes: grid, keys: [{ name: 'up' }, { char: 'k' }], label: '↑↓←→ hjkl', description: 'move', footer: { priority: 9, text: 'move' } },
  { action: 'down', scopes: grid, keys: [{ name: 'down' }, { char: 'j' }], label: '', description: '' },
  { action: 'left', scopes: grid, keys: [{ name: 'left' }, { char: 'h' }], label: '', description: '' },
  { action: 'right', scopes: grid, keys: [{ name: 'right' }, { char: 'l' }], label: '', description: '' },
  { action: 'page-up', scopes: ['sheet'], keys: [{ name: 'pageUp' }], label: 'PgUp/PgDn', description: 'scroll a page' },
  { action: 'page-down', scopes: ['sheet'], keys: [{ name: 'pageDown' }], label: '', description: '' },
  { action: 'home', scopes: ['sheet'], keys: [{ name: 'home' }], label: 'Home/End', description: 'first / last column' },
  { action: 'end', scopes: ['sheet'], keys: [{ name: 'end' }], label: '', description: '' },
  { action: 'nudge-up', scopes: cells, keys: [{ char: '+' }], label: '+/-', description: 'nudge the rate by 0.5 pp', footer: { priority: 3, text: 'nudge' } },
  { action: 'nudge-down', scopes: cells, keys: [{ char: '-' }], label: '', description: '' },
  { action: 'nudge-up-big', scopes: cells, keys: [{ char: ']' }], label: ']/[', description: 'nudge the rate by 5 pp' },
  { action: 'nudge-down-big', scopes: cells, keys: [{ char: '[' }], label: '', description: '' },
  { action: 'type-value', scopes: cells, keys: [{ digit: true }, { char: '.' }], label: '0-9', description: 'type a value (15 = 15%), Enter', footer: { priority: 8, text: 'type value' } },
  { action: 'edit-formula', scopes: cells, keys: [{ char: '=' }], label: '=', description: 'edit the formula', footer: { priority: 4, text: 'formula' } },
  { action: 'show-detail', scopes: ['sheet'], keys: [{ name: 'return' }], label: 'Enter', description: "why a cell is an error" },
  { action: 'toggle-baseline', scopes: ['assumptions'], keys: [{ char: 'b' }], label: 'b', description: 'baseline values beside' },
  { action: 'toggle-period', scopes: ['sheet'], keys: [{ char: 'y' }], label: 'y', description: 'months / years' },
  { action: 'open', scopes: ['scenarios'], keys: [{ name: 'return' }, { char: 'o' }], label: 'Enter', description: 'open the scenario', footer: { priority: 3, text: 'open' } },
  { action: 'delete', scopes: ['scenarios'], keys: [{ char: 'd' }], label: 'd', description: 'delete the scenario file', footer: { priority: 5, text: 'delete' } },
  { action: 'compare', scopes: ['scenarios'], keys: [{ char: 'c' }], label: 'c', description: 'compare: mark one, pick another', footer: { priority: 4, text: 'compare' } },
  { action: 'back', scopes: ['scenarios'], keys: [{ name: 'escape' }], label: 'Esc', description: 'close the comparison' },
  { action: 'undo', scopes: ['global'], keys: [{ char: 'u' }, { ctrl: 'z' }], label: 'u', description: 'undo (also Ctrl+Z)', footer: { priority: 5, text: 'undo' } },
  { action: 'redo', scopes: ['global'], keys: [{ ctrl: 'r' }, { ctrl: 'y' }], label: '^R', description: 'redo (also Ctrl+Y)' },
  { action: 'save', scopes: ['global'], keys: [{ char: 's' }], label: 's', description: 'save the scenario', footer: { priority: 6, text: 'save' } },
  { action: 'save-as', scopes: ['global'], keys: [{ char: 'S' }], label: 'S', description: 'save as a new scenario (fork)' },
  { action: 'report', scopes: ['global'], keys: [{ char: 'r' }], label: 'r', description: 'write a report', footer: { priority: 7, text: 'report' } },
  { action: 'next-view', scopes: ['global'], keys: [{ name: 'tab' }], label: 'Tab', description: 'next view (Shift+Tab: back)', footer: { priority: 7, text: 'view' } },
  { action: 'prev-view', scopes: ['global'], keys: [{ name: 'tab', shift: true }], label: '', description: '' },
  // Digits type values on the grids, so there the views are on Alt+1..3; plain 1..3 work on the scenario list.
  { action: 'view-assumptions', scopes: ['global'], keys: [{ char: '1' }, { alt: '1' }], label: '1 2 3', description: 'views (Alt+1..3 on the grids)' },
  { action: 'view-sheet', scopes: ['global'], keys: [{ char: '2' }, { alt: '2' }], label: '', description: '' },
  { action: 'view-scenarios', scopes: ['global'], keys: [{ char: '3' }, { alt: '3' }], label: '', description: '' },
  { action: 'help', scopes: ['global'], keys: [{ char: '?' }], label: '?', description: 'help: every key', footer: { priority: 1, text: 'help' } },
  { action: 'quit', scopes: ['global'], keys: [{ char: 'q' }], label: 'q', description: 'quit (asks if unsaved)', footer: { priority: 0, text: 'quit' } },
];

function matches(spec: KeySpec, input: string, key: Key): boolean {
  // A pasted or fast-typed number can arrive as one chunk (`15`).
  if ('digit' in spec) return !key.ctrl && !key.meta && /^[0-9][0-9.]*$/.test(input);
  if ('ctrl' in spec) return key.ctrl && input === spec.ctrl;
  if ('alt' in spec) return key.meta && input === spec.alt;
  if ('char' in spec) return !key.ctrl && !key.meta && input === spec.char;
  if (spec.name === 'tab') return key.tab && ('shift' in spec ? key.shift : !key.shift);
  const flag: Record<string, boolean> = {
    up: key.upArrow, down: key.downArrow, left: key.leftArrow, right: key.rightArrow, pageUp: key.pageUp,
    pageDown: key.pageDown, home: key.home, end: key.end, return: key.return, tab: key.tab, escape: key.escape,
  };
  return flag[spec.name] === true;
}

/**
 * What a keypress means in a screen. The screen's own bindings win over the global ones, so digits type a value
 * on a grid screen but switch views on the scenario list.
 */
export function actionFor(input: string, key: Key, scope: Scope): Action | undefined {
  const own = bindings.find((b) => b.scopes.includes(scope) && b.keys.some((k) => matches(k, input, key)));
  if (own) return own.action;
  return bindings.find((b) => b.scopes.includes('global') && b.keys.some((k) => matches(k, input, key)))?.action;
}

/** The bindings that work in a screen, with a label: the screen's own first, then the global ones. */
export function bindingsFor(scope: Scope, only: 'footer' | 'all' = 'all'): Binding[] {
  const visible = (b: Binding) => b.label !== '' && (only === 'all' || b.footer !== undefined);
  return [
    ...bindings.filter((b) => b.scopes.includes(scope) && !b.scopes.includes('global') && visible(b)),
    ...bindings.filter((b) => b.scopes.includes('global') && visible(b)),
  ];
}
