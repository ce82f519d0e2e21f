import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workbook } from '../../src/engine/workbook.js';
import { loadModelFile } from '../../src/model/load.js';
import { saveModelFile } from '../../src/model/save.js';
import {
  applyScenario,
  resolveScenarioChain,
  scenarioEdits,
  scenarioFromEdits,
  type ScenarioLookup,
} from '../../src/model/scenario.js';
import type { ScenarioDefinition } from '../../src/model/types.js';
import { smallModel } from './fixtures.js';

function lookupOf(...scenarios: ScenarioDefinition[]): ScenarioLookup {
  return (name) => scenarios.find((scenario) => scenario.name === name);
}

const truce: ScenarioDefinition = {
  name: 'truce',
  edits: [{ kind: 'setInput', variable: 'export_growth', member: 'us', value: 0, why: 'tensions ease' }],
};
const truceAndEu: ScenarioDefinition = {
  name: 'truce-and-eu',
  base: 'truce',
  edits: [{ kind: 'setInput', variable: 'export_growth', member: 'eu', value: 0 }],
};

describe('resolveScenarioChain', () => {
  it('returns the chain base first', () => {
    const chain = resolveScenarioChain('truce-and-eu', lookupOf(truce, truceAndEu));
    expect(chain.map((scenario) => scenario.name)).toEqual(['truce', 'truce-and-eu']);
  });

  it('reports a circle of bases with its path', () => {
    const a: ScenarioDefinition = { name: 'a', base: 'b', edits: [] };
    const b: ScenarioDefinition = { name: 'b', base: 'c', edits: [] };
    const c: ScenarioDefinition = { name: 'c', base: 'b', edits: [] };
    expect(() => resolveScenarioChain('a', lookupOf(a, b, c))).toThrow(
      expect.objectContaining({ code: 'SCENARIO_BASE_CYCLE', message: 'scenarios build on each other in a circle: b → c → b' }),
    );
    const self: ScenarioDefinition = { name: 'self', base: 'self', edits: [] };
    expect(() => resolveScenarioChain(self, lookupOf())).toThrow(/self → self/);
  });

  it('names an unknown scenario and an unknown base', () => {
    expect(() => resolveScenarioChain('nope', lookupOf())).toThrow(expect.objectContaining({ code: 'SCENARIO_NOT_FOUND' }));
    expect(() => resolveScenarioChain(truceAndEu, lookupOf())).toThrow(
      expect.objectContaining({
        code: 'SCENARIO_BASE_NOT_FOUND',
        message: 'scenario "truce-and-eu" builds on "truce", which does not exist',
      }),
    );
  });
});

describe('scenarioEdits', () => {
  it('flattens the chain into edits without their reasons', () => {
    expect(scenarioEdits([truce, truceAndEu])).toEqual([
      { kind: 'setInput', variable: 'export_growth', member: 'us', value: 0 },
      { kind: 'setInput', variable: 'export_growth', member: 'eu', value: 0 },
    ]);
  });
});

describe('applyScenario', () => {
  it('applies the base chain and the scenario to a workbook as one undo step', () => {
    const workbook = Workbook.fromModel(smallModel);
    const before = workbook.value('exports', 'us', '2025-01');
    applyScenario(workbook, 'truce-and-eu', lookupOf(truce, truceAndEu));
    expect(workbook.value('export_growth', 'us', '2025-01')).toBe(0);
    expect(workbook.value('export_growth', 'eu', '2025-01')).toBe(0);
    expect(workbook.value('exports', 'us', '2025-01')).toBe(40.1);
    expect(before).not.toBe(40.1);
    workbook.undo();
    expect(workbook.canUndo).toBe(false);
    expect(workbook.value('export_growth', 'us', '2025-01')).toBe(-28.6);
  });

  it('leaves the workbook as it was when an edit of the chain is rejected', () => {
    const workbook = Workbook.fromModel(smallModel);
    const broken: ScenarioDefinition = {
      name: 'broken',
      base: 'truce',
      edits: [{ kind: 'setFormula', variable: 'total_exports', formula: 'sum(exports,' }],
    };
    expect(() => applyScenario(workbook, broken, lookupOf(truce))).toThrow();
    expect(workbook.value('export_growth', 'us', '2025-01')).toBe(-28.6);
    expect(workbook.canUndo).toBe(false);
  });

  it('gives a workbook whose model saves and loads back equal', () => {
    const workbook = Workbook.fromModel(smallModel);
    applyScenario(workbook, truce, lookupOf());
    workbook.apply({ kind: 'setValues', variable: 'exports', member: 'eu', values: { from: '2025-03', values: [1, null, 2] } });
    const dir = mkdtempSync(join(tmpdir(), 'tradesheet-scenario-'));
    try {
      const path = join(dir, 'model.yaml');
      saveModelFile(path, workbook.toModel());
      expect(loadModelFile(path)).toEqual(workbook.toModel());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scenarioFromEdits', () => {
  it('builds a scenario that owns copies of the edits', () => {
    const edits = [{ kind: 'setValues' as const, variable: 'exports', member: undefined, values: [1, 2] }];
    const scenario = scenarioFromEdits('mine', 'My story', undefined, edits);
    expect(scenario).toEqual({ name: 'mine', description: 'My story', edits: [{ kind: 'setValues', variable: 'exports', values: [1, 2] }] });
    expect('base' in scenario).toBe(false);
    edits[0]!.values.push(3);
    expect(scenario.edits[0]).toMatchObject({ values: [1, 2] });
  });
});
