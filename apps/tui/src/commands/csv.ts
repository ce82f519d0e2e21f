/**
 * CSV as RFC 4180 writes it: a field with a comma, quote or line break is quoted, quotes doubled, CRLF-free.
 * Small enough to keep here rather than add a dependency to the command for one table.
 */
export function stringifyCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\n') + '\n';
}

function field(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
