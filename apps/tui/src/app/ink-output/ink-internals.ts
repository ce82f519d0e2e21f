/**
 * Ink's frame builder (`build/output.js`) and the helpers it draws with, loaded from Ink's own install.
 *
 * Ink's package exports only its entry, so these are imported by file URL, the same URL Ink's renderer imports,
 * which makes them the very module instances Ink uses: patching `Output.prototype` here patches Ink's frames.
 * The helpers are resolved from Ink's folder, not ours, so a faster frame builder uses exactly the versions Ink
 * does (Ink has its own `string-width`, newer than the one at the top of node_modules) and draws the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface AnsiCode {
  type: 'ansi';
  code: string;
  endCode: string;
}

export interface StyledChar {
  type: 'char';
  value: string;
  fullWidth: boolean;
  styles: AnsiCode[];
}

export type Transformer = (line: string, index: number) => string;

export interface Clip {
  x1?: number;
  x2?: number;
  y1?: number;
  y2?: number;
}

export type Operation =
  | { type: 'write'; x: number; y: number; text: string; transformers: Transformer[] }
  | { type: 'clip'; clip: Clip }
  | { type: 'unclip' };

/** What Ink's `Output` holds by the time the renderer calls `get()`. */
export interface InkOutput {
  width: number;
  height: number;
  operations: Operation[];
  write(x: number, y: number, text: string, options: { transformers: Transformer[] }): void;
  clip(clip: Clip): void;
  unclip(): void;
  get(): { output: string; height: number };
}

export interface InkOutputClass {
  new (options: { width: number; height: number }): InkOutput;
  prototype: InkOutput;
}

export interface InkInternals {
  /** Ink's version, from its package.json. */
  version: string;
  /** SHA-256 of Ink's `build/output.js`, the code a replacement frame builder has to match. */
  outputSourceHash: string;
  Output: InkOutputClass;
  tokenize(text: string): unknown[];
  styledCharsFromTokens(tokens: unknown[]): StyledChar[];
  styledCharsToString(chars: StyledChar[]): string;
  ansiCodesToString(codes: AnsiCode[]): string;
  diffAnsiCodes(from: AnsiCode[], to: AnsiCode[]): AnsiCode[];
  stringWidth(text: string): number;
  sliceAnsi(text: string, from: number, to?: number): string;
}

let loaded: Promise<InkInternals> | undefined;

/** Loads once; rejects if Ink's layout is not the one this was written against (the caller then leaves Ink alone). */
export function loadInkInternals(): Promise<InkInternals> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<InkInternals> {
  const entry = createRequire(import.meta.url).resolve('ink');
  const build = path.dirname(entry);
  const { version } = JSON.parse(readFileSync(path.join(build, '..', 'package.json'), 'utf8')) as { version: string };
  const outputFile = path.join(build, 'output.js');
  const outputSourceHash = createHash('sha256').update(readFileSync(outputFile)).digest('hex');
  const importFromInk = (specifier: string) => import(pathToFileURL(resolveFrom(entry, specifier)).href);
  const [output, tokenizer, stringWidth, sliceAnsi] = await Promise.all([
    import(pathToFileURL(outputFile).href),
    importFromInk('@alcalzone/ansi-tokenize'),
    importFromInk('string-width'),
    importFromInk('slice-ansi'),
  ]);
  const internals: InkInternals = {
    version,
    outputSourceHash,
    Output: output.default,
    tokenize: tokenizer.tokenize,
    styledCharsFromTokens: tokenizer.styledCharsFromTokens,
    styledCharsToString: tokenizer.styledCharsToString,
    ansiCodesToString: tokenizer.ansiCodesToString,
    diffAnsiCodes: tokenizer.diffAnsiCodes,
    stringWidth: stringWidth.default,
    sliceAnsi: sliceAnsi.default,
  };
  const missing = Object.entries(internals).filter(([, value]) => value === undefined).map(([key]) => key);
  if (missing.length > 0 || typeof internals.Output.prototype.get !== 'function') {
    throw new Error(`ink ${version}: its frame builder is not laid out as expected (missing ${missing.join(', ') || 'Output.get'})`);
  }
  return internals;
}

/**
 * Where Node would find an ES module package imported from `parent`: the first `node_modules/<name>` up the
 * tree, then its `exports` entry. `require.resolve` cannot do it (some of these packages export only `import`),
 * and `import.meta.resolve` takes a parent only behind a flag on Node 20.
 */
function resolveFrom(parent: string, specifier: string): string {
  for (const folder of createRequire(parent).resolve.paths(specifier) ?? []) {
    const root = path.join(folder, specifier);
    let manifest: PackageManifest;
    try {
      manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageManifest;
    } catch {
      continue;
    }
    return path.join(root, mainEntry(manifest));
  }
  throw new Error(`cannot find ${specifier} from ${parent}`);
}

interface PackageManifest {
  main?: string;
  exports?: string | Record<string, unknown>;
}

function mainEntry({ exports, main }: PackageManifest): string {
  const dot = typeof exports === 'object' && '.' in exports ? exports['.'] : exports;
  if (typeof dot === 'string') return dot;
  if (dot && typeof dot === 'object') {
    const { import: forImport, default: fallback } = dot as Record<string, unknown>;
    if (typeof forImport === 'string') return forImport;
    if (typeof fallback === 'string') return fallback;
  }
  return main ?? 'index.js';
}
