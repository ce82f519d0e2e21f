import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TradesheetError, Workbook, isCellError, type Edit } from '../../src/index.js';
import { allCells, expectSameCells, forEachCell } from './helpers.js';
import { concreteEdit, editStepsArb, modelArb, type EditSeed, type WorkbookView } from './random-model.js';

const RUNS = { seed: 20261128, numRuns: 120 } as const;
/** No wall-clock limit: a property's work is bounded by numRuns, and a loaded machine must not fail it. */
const NO_TIME_LIMIT = { timeout: 0 };

function view(wb: Workbook, acyclic: boolean): WorkbookView {
  return {
    acyclic,
    names: wb.variableNames(),
    dimsOf: (name) => wb.variable(name)?.dims ?? [],
    memberKeysOf: (name) => wb.variable(name)?.memberKeys ?? [],
    months: wb.calendar.months,
  };
}

/** Every cell, exactly (numbers as they are, errors with their message), for checking what a ChangeSet reports. */
function exactCells(wb: Workbook): Map<string, number | string> {
  const cells = new Map<string, number | string>();
  forEachCell(wb, (name, member, t, value) => {
    cells.set(`${name}|${member ?? ''}|${t}`, isCellError(value) ? `${value.code} ${value.message}` : value);
  });
  return cells;
}

interface Applied {
  edits: Edit[];
  accepted: boolean;
}

/**
 * Applies the steps, checking that a refused one changes nothing; returns what happened for the failure message.
 * `batched`, when given, gets every step as a batch (a single edit as a batch of one, which takes the general path)
 * and must accept and refuse the same steps.
 */
function applySteps(wb: Workbook, steps: EditSeed[][], acyclic: boolean, batched?: Workbook): Applied[] {
  const log: Applied[] = [];
  for (const step of steps) {
    const edits = step.map((seed) => concreteEdit(seed, view(wb, acyclic)));
    const model = JSON.stringify(wb.toModel());
    const cells = allCells(wb);
    try {
      // A step of one edit is applied alone, as the app applies a keypress: a single setInput has its own path.
      wb.apply(edits.length === 1 ? edits[0]! : edits);
      log.push({ edits, accepted: true });
      batched?.apply(edits);
    } catch (error) {
      if (!(error instanceof TradesheetError)) throw error;
      log.push({ edits, accepted: false });
      if (batched) expect(() => batched.apply(edits), `${JSON.stringify(edits)} refused alone, not as a batch`).toThrow(TradesheetError);
      expect(JSON.stringify(wb.toModel()), `refused ${JSON.stringify(edits)} changed the model`).toBe(model);
      expect(allCells(wb), `refused ${JSON.stringify(edits)} changed cells`).toEqual(cells);
    }
  }
  return log;
}

/**
 * Each property runs twice: on models whose formulas read only earlier variables (and themselves through lag), so
 * no same-month cycle can arise, and on models that may read any variable, cycles included. A failure of only the
 * second kind points at cycle handling.
 */
describe.each([
  ['models without same-month cycles', true],
  ['models with cycles', false],
])('incremental recalculation on %s (property)', (_, acyclic) => {
  it('gives the same cells as a fresh evaluation of the edited model after any sequence of edits', NO_TIME_LIMIT, () => {
    fc.assert(
      fc.property(modelArb(acyclic), editStepsArb, (model, steps) => {
        const wb = Workbook.fromModel(model);
        const batched = Workbook.fromModel(model);
        const log = applySteps(wb, steps, acyclic, batched);
        const context = `model ${JSON.stringify(model)}\nedits ${JSON.stringify(log)}`;
        expectSameCells(wb, Workbook.fromModel(wb.toModel()), context);
        // Edits applied alone end where the same edits as batches do: none was lost on a shortcut.
        expect(JSON.stringify(wb.toModel()), context).toBe(JSON.stringify(batched.toModel()));
      }),
      RUNS,
    );
  });

  it('restores every cell and the model when every step is undone, and the edited state when redone', NO_TIME_LIMIT, () => {
    fc.assert(
      fc.property(modelArb(acyclic), editStepsArb, (model, steps) => {
        const wb = Workbook.fromModel(model);
        const original = Workbook.fromModel(model);
        const originalModel = JSON.stringify(original.toModel());
        const log = applySteps(wb, steps, acyclic);
        const edited = allCells(wb);
        const context = `model ${JSON.stringify(model)}\nedits ${JSON.stringify(log)}`;
        while (wb.canUndo) wb.undo();
        expectSameCells(wb, original, context);
        expect(JSON.stringify(wb.toModel()), context).toBe(originalModel);
        while (wb.canRedo) wb.redo();
        expect(allCells(wb), context).toEqual(edited);
      }),
      RUNS,
    );
  });

  it('reports in the ChangeSet exactly the cells whose value or error changed', NO_TIME_LIMIT, () => {
    fc.assert(
      fc.property(modelArb(acyclic), editStepsArb, (model, steps) => {
        const wb = Workbook.fromModel(model);
        for (const step of steps) {
          const edits = step.map((seed) => concreteEdit(seed, view(wb, acyclic)));
          const before = exactCells(wb);
          const dimsBefore = new Map(wb.variableNames().map((n) => [n, wb.variable(n)!.dims.join(',')]));
          let change;
          try {
            change = wb.apply(edits.length === 1 ? edits[0]! : edits);
          } catch (error) {
            if (error instanceof TradesheetError) continue;
            throw error;
          }
          const after = exactCells(wb);
          // Only variables that exist before and after with the same dims have comparable cells.
          const comparable = (key: string) => {
            const name = key.slice(0, key.indexOf('|'));
            return dimsBefore.get(name) !== undefined && dimsBefore.get(name) === wb.variable(name)?.dims.join(',');
          };
          const differing = [...after.keys()].filter((key) => comparable(key) && before.get(key) !== after.get(key)).sort();
          const reported: string[] = [];
          for (const [name, indices] of change.changed) {
            const info = wb.variable(name)!;
            for (const index of indices) {
              const { member, month } = wb.cellAddress(name, index);
              const key = `${name}|${info.dims.length === 0 ? '' : member}|${wb.calendar.months.indexOf(month)}`;
              if (comparable(key)) reported.push(key);
            }
          }
          expect(reported.sort(), `after ${JSON.stringify(edits)} on ${JSON.stringify(model)}`).toEqual(differing);
        }
      }),
      { ...RUNS, numRuns: 80 },
    );
  });
});
