/** The printed report: a table of the measurements, then each target's ratio with PASS, FAIL or SKIP. */
import type { WorkerResult } from './protocol.js';
import type { TargetCheck } from './targets.js';

type Align = 'left' | 'right';

/** Plain-text columns, padded to the widest cell. */
export function formatColumns(header: string[], rows: string[][], align: Align[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (align[c] === 'right' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Milliseconds with three significant digits, down to microseconds. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(4);
}

export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '-';
  return ratio >= 100 ? `${ratio.toFixed(0)}×` : `${ratio.toFixed(2)}×`;
}

function agreementText(result: WorkerResult): string {
  if (result.engine === 'float64') return 'reference';
  const agreement = result.agreement;
  if (!agreement) return '-';
  if (agreement.mismatches > 0) return `NO: ${agreement.mismatches} of ${agreement.checked}`;
  return `yes, ${agreement.checked.toLocaleString('en-US')} cells`;
}

export function formatResults(results: readonly WorkerResult[], notes: readonly string[]): string {
  const rows = results.map((r) => [
    r.size,
    r.engine,
    r.cells.toLocaleString('en-US'),
    formatMs(r.buildMs),
    formatMs(r.fullMs),
    formatMs(r.editMs),
    r.peakRssMb.toFixed(1),
    agreementText(r),
  ]);
  const table = formatColumns(
    ['size', 'engine', 'cells', 'build ms', 'full ms', 'edit ms', 'peak RSS MB', 'agrees with float64'],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  return [table, ...notes].join('\n');
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  const rows = checks.map((c) => [
    c.target,
    c.size,
    c.limit.includes('rel') ? (Number.isFinite(c.ratio) ? c.ratio.toExponential(1) : '-') : formatRatio(c.ratio),
    c.limit,
    c.verdict,
    c.note ?? '',
  ]);
  return formatColumns(['target', 'size', 'ratio', 'limit', 'result', 'note'], rows, [
    'left',
    'left',
    'right',
    'left',
    'left',
    'left',
  ]);
}
