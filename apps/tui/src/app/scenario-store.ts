/**
 * Where scenarios come from and go: the built-in model, the model's own scenario library, and YAML files in the
 * user's scenario folder (default `./scenarios`). Saving writes `<name>.yaml` there atomically. Only files in the folder can be
 * deleted; the model and its library are read-only.
 */
import { existsSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type { ScenarioDefinition, ScenarioEdit } from '@tradesheet/core';
import type { OpenScenario } from './session.js';
import { AppError } from './app-error.js';

export interface LibraryScenario {
  name: string;
  description: string | undefined;
  path: string;
}

export interface ScenarioEntry {
  name: string;
  description: string | undefined;
  origin: 'model' | 'library' | 'file';
  /** Its absolute path (`library` and `file`). */
  file?: string;
  definition?: ScenarioDefinition;
}

/** Names as scenario files allow them: a letter or digit, then letters, digits, `_` or `-`. */
export const SCENARIO_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Reading and writing scenario files: core's `loadScenarioFile` and `saveScenarioFile` (atomic). */
export interface ScenarioFiles {
  load(file: string): ScenarioDefinition;
  save(file: string, scenario: ScenarioDefinition): void;
}

export class ScenarioStore {
  constructor(
    private readonly files: ScenarioFiles,
    /** Absolute path of the scenario folder. */
    readonly dir: string,
    /** The model's shipped scenarios (`listChinaScenarios()`), read-only. */
    private readonly library: readonly LibraryScenario[],
    private readonly modelName: string,
  ) {}

  list(): ScenarioEntry[] {
    // The library's own `baseline` (no edits) stands for the model when it has one.
    const model: ScenarioEntry[] = this.library.some((s) => s.name === 'baseline')
      ? []
      : [{ name: 'baseline', description: `The ${this.modelName} model as published, no edits`, origin: 'model' }];
    const entries: ScenarioEntry[] = [
      ...model,
      ...this.library.map((s) => ({ name: s.name, description: s.description, origin: 'library' as const, file: s.path })),
    ];
    if (!existsSync(this.dir)) return entries;
    const files = readdirSync(this.dir).filter((f) => /\.ya?ml$/i.test(f)).sort();
    for (const f of files) {
      const file = path.join(this.dir, f);
      try {
        const def = this.files.load(file);
        entries.push({ name: def.name, description: def.description, origin: 'file', file, definition: def });
      } catch (error) {
        // A broken file is listed so the user sees it, with the reason in place of a description.
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        entries.push({ name: f.replace(/\.ya?ml$/i, ''), description: `cannot load: ${reason}`, origin: 'file', file });
      }
    }
    return entries;
  }

  /** The scenario with every edit its bases make first, ready for a session. */
  open(entry: ScenarioEntry): OpenScenario {
    if (entry.origin === 'model') return { name: 'baseline', edits: [] };
    // Library scenarios open without a file: `s` then asks for a name, so the shipped files are never overwritten.
    const def = entry.definition ?? this.files.load(entry.file!);
    return {
      name: def.name,
      ...(def.description ? { description: def.description } : {}),
      ...(entry.origin === 'file' ? { file: entry.file! } : {}),
      edits: this.withBases(def, entry.file ? path.dirname(entry.file) : this.dir, [def.name]),
    };
  }

  private withBases(def: ScenarioDefinition, from: string, seen: string[]): ScenarioEdit[] {
    if (!def.base) return def.edits;
    if (seen.includes(def.base)) throw new AppError('APP_SCENARIO_BASE_CYCLE', `scenario bases loop: ${[...seen, def.base].join(' -> ')}`);
    const lib = this.library.find((s) => s.name === def.base)?.path;
    const file = lib ?? [path.join(from, `${def.base}.yaml`), path.join(from, `${def.base}.yml`)].find((f) => existsSync(f));
    const base = file ? this.files.load(file) : undefined;
    if (!base) throw new AppError('APP_SCENARIO_BASE_MISSING', `scenario ${def.name}: base "${def.base}" not found`);
    return [...this.withBases(base, file ? path.dirname(file) : from, [...seen, def.base]), ...def.edits];
  }

  fileFor(name: string): string {
    return path.join(this.dir, `${name}.yaml`);
  }

  save(def: ScenarioDefinition, file = this.fileFor(def.name)): string {
    mkdirSync(path.dirname(file), { recursive: true });
    // Core writes atomically (a temporary file renamed over the target), keeping an old file's comments.
    this.files.save(file, def);
    return file;
  }

  remove(entry: ScenarioEntry): void {
    if (entry.origin !== 'file' || !entry.file) {
      throw new AppError('APP_READ_ONLY', `${entry.name} is part of the model and cannot be deleted`);
    }
    unlinkSync(entry.file);
  }
}
