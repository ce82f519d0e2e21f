import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workbook } from '../../src/index.js';
import { applyScenario, resolveScenarioChain, scenarioEdits } from '../../src/model/scenario.js';
import type { Edit, ModelDefinition, SeriesInput } from '../../src/model/types.js';
import {
  chinaScenarioLookup,
  listChinaScenarios,
  loadChinaModel,
  loadChinaScenario,
} from '../../src/trade/index.js';

const model = loadChinaModel();
const scenarios = listChinaScenarios();

/** Every input (variable.member) and the asOf of a model, to compare two models. */
function inputs(def: ModelDefinition): Map<string, SeriesInput | string | undefined> {
  const out = new Map<string, SeriesInput | string | undefined>([['asOf', def.calendar.asOf]]);
  for (const v of def.variables) {
    const values = v.values;
    if (values !== undefined && typeof values === 'object' && !Array.isArray(values) && !('from' in values)) {
      for (const [member, series] of Object.entries(values)) out.set(`${v.name}.${member}`, series);
    } else {
      out.set(v.name, values as SeriesInput | undefined);
    }
  }
  return out;
}

/** Expands `export_growth` to each member key, so a declared target can be matched to what changed. */
const declared = (edits: Edit[]): Set<string> =>
  new Set(
    edits.map((e) =>
      e.kind === 'setAsOf'
        ? 'asOf'
        : 'variable' in e
          ? `${e.variable}${'member' in e && e.member ? `.${e.member}` : ''}`
          : '',
    ),
  );

describe('the China scenarios', () => {
  const baseline = Workbook.fromModel(model);
  const baselineInputs = inputs(baseline.toModel());

  it('ships baseline and the stories of the source article', () => {
    expect(scenarios.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'baseline',
        'us-decline-deepens',
        'trade-truce',
        'eu-scrutiny',
        'diversification-accelerates',
      ]),
    );
    expect(scenarios[0]!.name).toBe('baseline');
    expect(scenarios.some((s) => s.base !== undefined)).toBe(true);
  });

  const entries = scenarios.map((s) => [s.name, s] as const);
  it.each(entries)('%s loads, has a description and is named as its file', (_name, s) => {
    expect(basename(s.path)).toBe(`${s.name}.yaml`);
    expect(s.description?.length ?? 0).toBeGreaterThan(40);
    expect(loadChinaScenario(s.name).edits.every((e) => (e.why ?? '').length > 10)).toBe(true);
  });

  it.each(scenarios.map((s) => [s.name] as const))('%s differs from baseline exactly in what it declares', (name) => {
    const edits = scenarioEdits(resolveScenarioChain(name, chinaScenarioLookup));
    const book = Workbook.fromModel(model);
    applyScenario(book, name, chinaScenarioLookup);
    const after = inputs(book.toModel());
    const changed = [...after.keys()].filter(
      (key) => JSON.stringify(after.get(key)) !== JSON.stringify(baselineInputs.get(key)),
    );
    expect(new Set(changed)).toEqual(declared(edits));
    const surplus2030 = (wb: Workbook) => wb.value('annual_surplus', undefined, '2030-12');
    if (edits.some((e) => e.kind === 'setInput')) expect(surplus2030(book)).not.toEqual(surplus2030(baseline));
  });

  it('has baseline change nothing', () => {
    expect(loadChinaScenario('baseline').edits).toEqual([]);
  });

  it('finds no scenario for a name that has no file', () => {
    expect(chinaScenarioLookup('no-such-scenario')).toBeUndefined();
    expect(chinaScenarioLookup('../models/china-trade')).toBeUndefined();
  });

  it('builds truce-meets-eu-scrutiny on trade-truce, so exports to the US are flat and to the EU too', () => {
    const book = Workbook.fromModel(model);
    applyScenario(book, 'truce-meets-eu-scrutiny', chinaScenarioLookup);
    expect(book.value('exports', 'us', '2027-06')).toBeCloseTo(book.value('exports', 'us', '2025-06') as number, 9);
    expect(book.value('exports', 'eu', '2027-06')).toBeCloseTo(book.value('exports', 'eu', '2025-06') as number, 9);
  });
});
