/**
 * Word wrap for the text report's prose (notes, milestones, descriptions), measured without colour codes, so no
 * line passes the terminal's width. A word longer than a whole line is cut.
 */
import { stripAnsi } from './ansi.js';

export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - indent.length);
  const lines: string[] = [];
  let line = '';
  let size = 0;
  for (let word of text.split(' ')) {
    while (stripAnsi(word).length > room) {
      if (line) lines.push(line);
      lines.push(word.slice(0, room));
      word = word.slice(room);
      line = '';
      size = 0;
    }
    const length = stripAnsi(word).length;
    if (size > 0 && size + 1 + length > room) {
      lines.push(line);
      line = '';
      size = 0;
    }
    line = size > 0 ? `${line} ${word}` : word;
    size += (size > 0 ? 1 : 0) + length;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines.map((l) => indent + l);
}
