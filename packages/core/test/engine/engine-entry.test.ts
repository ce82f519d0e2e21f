/**
 * `@tradesheet/core/engine` is the engine without the file formats: a program that builds its model in code
 * should not pay for YAML, the schema library or the China model. This follows the entry's runtime imports
 * (type-only imports are erased) and fails if one of them reaches those modules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/** Every module the file loads at run time, by path relative to src (and bare package names). */
function runtimeImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const relative = path.relative(src, file);
    if (seen.has(relative)) return;
    seen.add(relative);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
      else seen.add(specifier);
    }
    for (const match of text.matchAll(/createRequire\([^)]*\)\('([^']+)'\)/g)) seen.add(match[1]!);
  };
  visit(path.join(src, entry));
  return seen;
}

describe('the engine entry point', () => {
  it('loads neither YAML, the schema library, the model files nor the China model', () => {
    const loaded = [...runtimeImports('engine.ts')];
    expect(loaded.filter((m) => m.startsWith('model/') || m.startsWith('trade/'))).toEqual([]);
    expect(loaded.filter((m) => !m.includes('/') || m.startsWith('mathjs')).filter((m) => !m.endsWith('.ts')).sort()).toEqual([
      'mathjs/lib/browser/math.js',
      'node:module',
    ]);
  });

  it('builds and edits a workbook', () => {
    const wb = engine.Workbook.fromModel({
      name: 'in-code',
      calendar: { start: '2025-01', end: '2025-12' },
      dimensions: [],
      variables: [
        { name: 'a', values: 2 },
        { name: 'b', formula: 'a * 3' },
      ],
    });
    wb.apply({ kind: 'setInput', variable: 'a', value: 5 });
    expect(wb.value('b', undefined, '2025-06')).toBe(15);
  });
});
