/**
 * mathjs nodes carry no source positions, so a refused construct is located in the text by what marks it: the first
 * use of a name as a word, or the first of the characters that only that construct uses.
 */

export function locateName(text: string, name: string, from = 0): number {
  const pattern = new RegExp(`(?<![A-Za-z0-9_$.])${escapeRegExp(name)}(?![A-Za-z0-9_$])`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (match) return match.index;
  const loose = text.indexOf(name, from);
  return loose >= 0 ? loose : 0;
}

/** Position of the `.name` in a member access such as `exports.us`. */
export function locateMember(text: string, name: string): number {
  const at = text.search(new RegExp(`\\.\\s*${escapeRegExp(name)}(?![A-Za-z0-9_$])`));
  return at >= 0 ? at + 1 : locateName(text, name);
}

/** Position of an assignment `=` (not part of `==`, `!=`, `<=`, `>=`). */
export function locateAssignment(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '=') continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (after === '=') {
      i++;
      continue;
    }
    if (before === '=' || before === '!' || before === '<' || before === '>') continue;
    return i;
  }
  return 0;
}

export function locateFirst(text: string, characters: string): number {
  for (let i = 0; i < text.length; i++) if (characters.includes(text[i]!)) return i;
  return 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
