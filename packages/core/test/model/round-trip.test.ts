import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModel, parseScenario } from '../../src/model/load.js';
import { modelToYaml, scenarioToYaml } from '../../src/model/save.js';
import type { ModelDefinition, ScenarioDefinition, ScenarioEdit, SeriesInput } from '../../src/model/types.js';
import { smallModel } from './fixtures.js';

const month = fc
  .tuple(fc.integer({ min: 2024, max: 2025 }), fc.integer({ min: 1, max: 12 }))
  .map(([year, m]) => `${year}-${String(m).padStart(2, '0')}`);
const number = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((n) => (Object.is(n, -0) ? 0 : n));
/** Text people write in a `why`: quotes, colons, #, leading dashes, things that look like numbers or months. */
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('1', 'null', 'true', '2025-11', '- a', 'a: b', '# not a comment', "it's \"quoted\"", 'line\nbreak', ' padded '),
);
const series: fc.Arbitrary<SeriesInput> = fc.oneof(
  number,
  fc.array(fc.option(number, { nil: null }), { maxLength: 20 }),
  fc.record({ from: month, values: fc.array(fc.option(number, { nil: null }), { maxLength: 3 }) }),
);
const target = fc.record({ variable: fc.constantFrom('exports', 'Export_growth', '_x1'), member: fc.constantFrom(undefined, 'us', 'us.cars') });

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

const edit: fc.Arbitrary<ScenarioEdit> = fc
  .oneof(
    fc.tuple(target, fc.option(month, { nil: undefined }), number).map(([t, m, value]) => ({ kind: 'setInput' as const, ...t, month: m, value })),
    fc.tuple(target, fc.option(series, { nil: null })).map(([t, values]) => ({ kind: 'setValues' as const, ...t, values })),
    fc.tuple(target, fc.option(text, { nil: null })).map(([t, formula]) => ({ kind: 'setFormula' as const, ...t, formula })),
    fc.option(month, { nil: null }).map((m) => ({ kind: 'setAsOf' as const, month: m })),
    fc.tuple(series, fc.option(text, { nil: undefined })).map(([values, unit]) => ({
      kind: 'addVariable' as const,
      definition: compact({ name: 'added', unit, values }),
    })),
    fc.constant({ kind: 'removeVariable' as const, variable: 'added' }),
  )
  .chain((e) => fc.option(text, { nil: undefined }).map((why) => compact({ ...e, why }) as ScenarioEdit))
  .map((e) => compact(e));

describe('scenario files', () => {
  it('load back to the scenario that was saved, whatever the edits and texts', () => {
    const scenario = fc.record({
      name: fc.constantFrom('us-decline', 'b2', 'X_y'),
      description: fc.option(text, { nil: undefined }),
      base: fc.option(fc.constantFrom('baseline', 'truce'), { nil: undefined }),
      edits: fc.array(edit, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const definition = compact(s) as ScenarioDefinition;
        expect(parseScenario(scenarioToYaml(definition), 'x.yaml')).toEqual(definition);
      }),
      { numRuns: 150 },
    );
  });

  it('load back equal when saved over an older version of themselves', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 5 }), fc.array(edit, { maxLength: 5 }), (older, newer) => {
        const previous = scenarioToYaml({ name: 's', edits: older });
        const next: ScenarioDefinition = { name: 's', edits: newer };
        expect(parseScenario(scenarioToYaml(next, previous), 'x.yaml')).toEqual(next);
      }),
      { numRuns: 100 },
    );
  });
});

describe('model files', () => {
  it('load back equal with any series as the input values', () => {
    const withinCalendar = series.filter((s) => typeof s === 'number' || (Array.isArray(s) ? s.length <= 24 : s.values.length <= 1));
    fc.assert(
      fc.property(withinCalendar, withinCalendar, text, (us, eu, description) => {
        const model: ModelDefinition = {
          ...smallModel,
          description,
          variables: [{ name: 'v', dims: ['region'], values: { us, eu } }],
        };
        expect(parseModel(modelToYaml(model), 'x.yaml')).toEqual(model);
      }),
      { numRuns: 100 },
    );
  });
});
