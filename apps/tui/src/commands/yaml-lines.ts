/**
 * Lines of a scenario file's parts, for messages of problems the engine finds after the file has loaded (it knows
 * the edit and the formula, not where they were written). Plain text scanning of the block style that the app and
 * people write; a file in another style falls back to less precise lines, never to wrong ones elsewhere.
 */

/** 1-based line of each item of the top-level `edits:` list, in order. */
export function editLines(text: string): number[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^edits\s*:/.test(line));
  if (start < 0) return [];
  const items: number[] = [];
  let indent: number | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\S/.test(line) && !line.startsWith('#')) break; // the next top-level key
    const item = /^(\s*)- /.exec(line);
    if (!item) continue;
    const width = item[1]?.length ?? 0;
    indent ??= width;
    if (width === indent) items.push(i + 1);
  }
  return items;
}

/**
 * Line and column (1-based) of character `position` of `formula`: the first line holding the formula's text at or
 * after `fallbackLine` (the edit's own line), else anywhere in the file, else `fallbackLine` itself.
 */
export function formulaLocation(text: string, formula: string, position: number, fallbackLine: number): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  const holds = (i: number) => formula !== '' && (lines[i] ?? '').includes(formula);
  const order = [...lines.keys()].sort((a, b) => Number(a < fallbackLine - 1) - Number(b < fallbackLine - 1) || a - b);
  const index = order.find(holds);
  if (index === undefined) return { line: fallbackLine, column: 1 };
  return { line: index + 1, column: (lines[index] ?? '').indexOf(formula) + position + 1 };
}
