/**
 * A report table laid out for the terminal: columns aligned, two spaces apart. Columns that would overflow the
 * width are dropped from the right, and the table says so, rather than wrapping rows into an unreadable mess.
 */
import type { Table } from '../tables.js';
import type { Paint } from './ansi.js';
import { wrap } from './wrap.js';

const GAP = '  ';

/** Negative figures in red, positive differences in green: judged on the formatted cell. */
function paintCell(text: string, paint: Paint): string {
  const figure = text.trim();
  if (/^-[$\d]/.test(figure)) return paint(text, 'red');
  if (/^\+[$\d]/.test(figure)) return paint(text, 'green');
  return text;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - text.length));
  return align === 'right' ? fill + text : text + fill;
}

export function textTable(table: Table, width: number, paint: Paint): string[] {
  const lines = wrap(table.title, width).map((l) => paint(l, 'bold'));
  if (table.rows.length === 0) return [...lines, paint('  none', 'dim'), ''];
  const widths = table.columns.map((c, i) =>
    Math.max(c.header.length, ...table.rows.map((r) => (r[i] ?? '').length)),
  );
  // Keep the first column always, then as many as fit.
  let shown = 1;
  let used = widths[0] ?? 0;
  while (shown < widths.length && used + GAP.length + (widths[shown] ?? 0) <= width) {
    used += GAP.length + (widths[shown] ?? 0);
    shown++;
  }
  const cols = table.columns.slice(0, shown);
  lines.push(paint(cols.map((c, i) => pad(c.header, widths[i] ?? 0, c.align)).join(GAP).trimEnd(), 'dim'));
  for (const row of table.rows) {
    const cells = cols.map((c, i) => paintCell(pad(row[i] ?? '', widths[i] ?? 0, c.align), paint));
    lines.push(cells.join(GAP).trimEnd());
  }
  const dropped = table.columns.length - shown;
  if (dropped > 0) {
    const names = table.columns.slice(shown).map((c) => c.header).join(', ');
    const note = `(${dropped} more column${dropped > 1 ? 's' : ''} in a wider terminal: ${names})`;
    lines.push(...wrap(note, width).map((l) => paint(l, 'dim')));
  }
  if (table.note) lines.push(...wrap(table.note, width).map((l) => paint(l, 'dim')));
  lines.push('');
  return lines;
}
