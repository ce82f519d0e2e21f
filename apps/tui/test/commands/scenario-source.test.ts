import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScenarioDefinition } from '@tradesheet/core';
import { describe, expect, it } from 'vitest';
import { resolveScenario, scenarioEdits, type ScenarioSources } from '../../src/commands/scenario-source.js';

/** Scenario files in these tests hold JSON, read by a stand-in loader: the resolution rules are under test here. */
function sources(): ScenarioSources & { root: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'tradesheet-scn-'));
  mkdirSync(path.join(root, 'scenarios'));
  mkdirSync(path.join(root, 'library'));
  const shipped = path.join(root, 'library', 'eu-slowdown.yaml');
  save(shipped, { name: 'eu-slowdown', description: 'EU demand cools', edits: [{ kind: 'setInput', variable: 'export_growth', member: 'eu', value: 0 }] });
  return {
    root,
    cwd: root,
    dir: path.join(root, 'scenarios'),
    library: [{ name: 'eu-slowdown', description: 'EU demand cools', file: shipped }],
    loadFile: (file) => JSON.parse(readFileSync(file, 'utf8')) as ScenarioDefinition,
  };
}

function save(file: string, definition: ScenarioDefinition): void {
  writeFileSync(file, JSON.stringify(definition));
}

describe('resolveScenario', () => {
  it('finds a scenario of the model library by name', () => {
    const s = sources();
    expect(resolveScenario('eu-slowdown', s)).toMatchObject({ name: 'eu-slowdown', origin: 'library' });
  });

  it('loads a file path relative to the working folder', () => {
    const s = sources();
    save(path.join(s.root, 'mine.yaml'), { name: 'mine', edits: [] });
    expect(resolveScenario('mine.yaml', s)).toMatchObject({ name: 'mine', file: path.join(s.root, 'mine.yaml') });
  });

  it('finds a scenario saved in the --dir folder by its file name', () => {
    const s = sources();
    save(path.join(s.dir, 'saved-in-app.yaml'), { name: 'Saved in app', edits: [] });
    expect(resolveScenario('saved-in-app', s)).toMatchObject({ name: 'Saved in app' });
  });

  it('names the flag, the known scenarios and the folder when nothing matches', () => {
    const s = sources();
    expect(() => resolveScenario('nope', s)).toThrow(/^--scenario nope: no scenario of that name in the model \(eu-slowdown\) nor a file nope\.yaml in /);
  });

  it('says the file is missing when a path does not exist', () => {
    const s = sources();
    expect(() => resolveScenario('./missing.yaml', s)).toThrow(/^--scenario \.\/missing\.yaml: no such file /);
  });
});

describe('scenarioEdits', () => {
  it('puts the edits of the base before the scenario’s own', () => {
    const s = sources();
    save(path.join(s.root, 'more.yaml'), {
      name: 'more',
      base: 'eu-slowdown',
      edits: [{ kind: 'setInput', variable: 'import_growth', value: 1 }],
    });
    const edits = scenarioEdits(resolveScenario('more.yaml', s), s);
    expect(edits.map((e) => ('variable' in e ? e.variable : e.kind))).toEqual(['export_growth', 'import_growth']);
  });

  it('names the scenario whose base cannot be found', () => {
    const s = sources();
    save(path.join(s.root, 'orphan.yaml'), { name: 'orphan', base: 'gone', edits: [] });
    expect(() => scenarioEdits(resolveScenario('orphan.yaml', s), s)).toThrow(/^scenario orphan: base gone: no scenario of that name/);
  });

  it('refuses bases that loop', () => {
    const s = sources();
    save(path.join(s.root, 'a.yaml'), { name: 'a', base: 'b.yaml', edits: [] });
    save(path.join(s.root, 'b.yaml'), { name: 'b', base: 'a.yaml', edits: [] });
    expect(() => scenarioEdits(resolveScenario('a.yaml', s), s)).toThrow(/its bases loop: a -> b -> a/);
  });
});
