/**
 * A small workbook, and one of each object an edit makes and drops, kept for the life of the process. V8 keeps an
 * object layout (a hidden class) alive only while some object has it, and throws away the optimised code of every
 * function specialised to a layout that dies. Without this, collecting the last workbook made the next one run the
 * engine in V8's interpreter again: its build and first recomputes were 3-5 times slower (measured on a model of
 * 129,300 cells, building a fresh workbook after a full garbage collection).
 */
import type { Edit, ModelDefinition } from '../model/types.js';
import { ChangedCells } from './changed-cells.js';
import { DirtyMembers } from './dirty.js';

/** What a workbook must do for the keeper: be built, and take edits (whose change sets are read at once). */
interface Editable {
  apply(edits: Edit | readonly Edit[]): { changed: ReadonlyMap<string, Int32Array> };
}

let kept: unknown[] | undefined;

/** Builds the keeper once per process (`build`: the Workbook constructor, which this module cannot reach). */
export function keepShapesAlive(build: (model: ModelDefinition) => Editable): void {
  if (kept !== undefined) return;
  kept = [];
  const workbook = build(KEEPER_MODEL);
  // Each change set read at once, as the app does (making its lists of cells), before the next edit.
  for (const edit of KEEPER_EDITS) {
    const change = workbook.apply(edit);
    change.changed.get('flows');
    kept.push(change);
  }
  const dirty = new DirtyMembers(4);
  dirty.add(0);
  kept.push(workbook, dirty, new ChangedCells(64));
}

const KEEPER_EDITS: (Edit | Edit[])[] = [
  [
    { kind: 'setInput', variable: 'growth', value: 2 },
    { kind: 'setInput', variable: 'gdp', value: 50 },
  ],
  { kind: 'setInput', variable: 'growth', member: 'a', value: 3 },
];

const KEEPER_MODEL: ModelDefinition = {
  name: 'shape-keeper',
  calendar: { start: '2000-01', end: '2001-12', asOf: '2000-12' },
  dimensions: [
    { name: 'partner', members: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] },
    { name: 'product', members: [{ id: 'x', name: 'X' }, { id: 'y', name: 'Y' }] },
  ],
  variables: [
    { name: 'growth', dims: ['partner'], values: { a: 1, b: 2 } },
    { name: 'flows', dims: ['partner', 'product'], values: { 'a.x': [1], 'a.y': [2], 'b.x': [3], 'b.y': [4] }, formula: 'lag(flows, 12) * (1 + growth / 100)' },
    { name: 'balance', dims: ['partner'], formula: 'sum(flows, product)' },
    { name: 'total', formula: 'sum(balance, partner)' },
    { name: 'to_date', formula: 'ytd(total)' },
    { name: 'annual', formula: 'year_sum(total)' },
    { name: 'gdp', values: 100 },
    { name: 'share', formula: '(annual - lag(annual, 12)) / lag(gdp, 12) * 100' },
  ],
};
