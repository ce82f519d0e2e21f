import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../../src/model/errors.js';
import { parseModel } from '../../src/model/load.js';
import { buildChinaModel, CHINA_MODEL_HEADER } from '../../src/trade/build/china-model.js';
import { renderModelYaml } from '../../src/trade/build/model-yaml.js';
import { readChinaSources } from '../../src/trade/build/read-sources.js';
import { CHINA_REGION_IDS, chinaModelPath, loadChinaModel } from '../../src/trade/index.js';

const text = readFileSync(chinaModelPath, 'utf8');
const model = loadChinaModel();

/** Parses a corrupted copy and returns the error it must throw. */
function corrupt(from: string, to: string): ModelFileError {
  expect(text).toContain(from);
  try {
    parseModel(text.replace(from, to), 'china-trade.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ModelFileError);
    return error as ModelFileError;
  }
  throw new Error('the corrupted copy loaded');
}
const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('the China model file', () => {
  it('is what the data script generates from data/china (the committed file is up to date)', () => {
    const built = buildChinaModel(readChinaSources(fileURLToPath(new URL('../../data/china/', import.meta.url))));
    expect(renderModelYaml(built.model, CHINA_MODEL_HEADER, built.comments)).toBe(text);
    expect(JSON.parse(JSON.stringify(built.model))).toEqual(JSON.parse(JSON.stringify(model)));
    expect(text).toMatch(/^# GENERATED FILE/);
  });

  it('has the 14 regions of the contract, in order, with their names', () => {
    const region = model.dimensions.find((d) => d.name === 'region')!;
    expect(region.members.map((m) => m.id)).toEqual([...CHINA_REGION_IDS]);
    expect(region.members[0]).toEqual({ id: 'us', name: 'United States' });
    expect(region.members[13]).toEqual({ id: 'rest', name: 'Rest of world' });
  });

  it('runs from January 2024 to December 2030 with actuals through December 2025', () => {
    expect(model.calendar).toEqual({ start: '2024-01', end: '2030-12', asOf: '2025-12' });
  });

  it('gives every input a source and a confidence, per region where regions differ', () => {
    for (const variable of model.variables.filter((v) => v.values !== undefined)) {
      expect(variable.source, variable.name).toBeTruthy();
      expect(variable.confidence, variable.name).toBeTruthy();
    }
    for (const name of ['exports', 'imports', 'export_growth']) {
      const sources = model.variables.find((v) => v.name === name)!.memberSources ?? {};
      expect(Object.keys(sources).sort(), name).toEqual([...CHINA_REGION_IDS].sort());
    }
  });

  it('labels the export growth of destinations without a November rate as an assumption', () => {
    const growth = model.variables.find((v) => v.name === 'export_growth')!;
    expect(growth.memberSources?.['korea']).toMatchObject({ confidence: 'assumption' });
    expect(growth.memberSources?.['korea']?.source).toMatch(/9\.6/);
    expect(growth.memberSources?.['us']).toMatchObject({ confidence: 'official' });
    expect(growth.values).toMatchObject({ us: -28.6, eu: 14.8, korea: 9.6, rest: 9.6 });
  });

  it('says in the file, next to the partner series, that they are derived and not official', () => {
    const comment = text.slice(0, text.indexOf('\n  exports:'));
    expect(comment).toMatch(/DERIVED, NOT OFFICIAL/);
    expect(comment).toMatch(/2024-01 +277\.35/);
  });

  it('fails naming the line when a growth rate is not a number', () => {
    const error = corrupt('us: -28.6', 'us: minus 28.6');
    expect(error.code).toBe('SCHEMA');
    expect(error.line).toBe(lineOf('us: -28.6'));
    expect(error.message).toContain(`china-trade.yaml:${lineOf('us: -28.6')}:`);
    expect(error.message).toContain('export_growth');
  });

  it('fails naming the line when the YAML itself is broken', () => {
    const error = corrupt('\n    dims: [ region ]\n', '\n    dims: [ region\n');
    expect(error.code).toBe('YAML_SYNTAX');
    expect(error.line).toBeGreaterThanOrEqual(lineOf('dims: [ region ]'));
    expect(error.message).toMatch(/^china-trade\.yaml:\d+:\d+/);
  });

  it('fails naming the line when a variable names a dimension that does not exist', () => {
    const error = corrupt('\n    dims: [ region ]\n', '\n    dims: [ regoin ]\n');
    expect(error.line).toBe(lineOf('dims: [ region ]'));
    expect(error.message).toContain('regoin');
  });
});
