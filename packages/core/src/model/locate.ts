/**
 * Finds where a data path (`['variables', 'exports', 'dims', 0]`) is written in a parsed YAML document. When the
 * path goes further than the file (a missing field), the deepest node that exists is used: the map that lacks it.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DataPath } from './errors.js';

export interface Location {
  line: number;
  column: number;
}

export function locate(doc: Document, lineCounter: LineCounter, path: DataPath, at?: 'key'): Location {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (pair === undefined) break;
      const keyStart = rangeStart(pair.key);
      const valueStart = rangeStart(pair.value);
      if ((last && at === 'key') || valueStart === undefined) {
        offset = keyStart ?? offset;
        if (valueStart === undefined) break;
      } else {
        offset = valueStart;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      const start = rangeStart(item);
      if (start === undefined) break;
      offset = start;
      node = item;
    } else {
      break;
    }
    if (last && at === 'key') break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/**
 * Where a data path is written in a file's text, for problems found after loading (e.g. the engine refusing
 * `variables.exports.formula`): `locateInText(text, ['variables', 'exports', 'formula'])` → `{ line: 14, column: 14 }`.
 */
export function locateInText(text: string, path: DataPath, at?: 'key'): Location {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return locate(doc, lineCounter, path, at);
}
