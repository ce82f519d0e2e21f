/**
 * Number formats as analysts write them: `$1,189.0 bn`, `+5.9%`, `1.6 pp`. Every negative carries a leading minus
 * sign (never parentheses), in every format, so columns read the same way. A figure the model cannot compute is
 * shown as `n/a`.
 */

export const NOT_AVAILABLE = 'n/a';

export interface NumberFormatOptions {
  /** Show `+` before positive numbers, as for growth rates and differences. */
  signed?: boolean;
  /** Digits after the decimal point; 1 unless told. */
  digits?: number;
}

const formatters = new Map<number, Intl.NumberFormat>();

function grouped(abs: number, digits: number): string {
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(digits, f);
  }
  return f.format(abs);
}

/** The sign to print, judged on the rounded value so that -0.04 prints as `0.0`, not `-0.0`. */
function sign(value: number, digits: number, signed: boolean): string {
  const rounded = Number(Math.abs(value).toFixed(digits));
  if (rounded === 0) return '';
  if (value < 0) return '-';
  return signed ? '+' : '';
}

/** `1234.5` → `1,234.5`; `-3` → `-3.0`. */
export function formatNumber(value: number | null, options: NumberFormatOptions = {}): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE;
  const digits = options.digits ?? 1;
  return sign(value, digits, options.signed ?? false) + grouped(Math.abs(value), digits);
}

/** US$ billions: `1189` → `$1,189.0 bn`; `-12.34` → `-$12.3 bn`; signed: `+$3.0 bn`. */
export function formatMoney(value: number | null, options: NumberFormatOptions = {}): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE;
  const digits = options.digits ?? 1;
  return `${sign(value, digits, options.signed ?? false)}$${grouped(Math.abs(value), digits)} bn`;
}

/** Percent: `5.9` → `+5.9%` (signed is the default, as for growth); `{ signed: false }` for shares: `28.4%`. */
export function formatPercent(value: number | null, options: NumberFormatOptions = {}): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE;
  const digits = options.digits ?? 1;
  return `${sign(value, digits, options.signed ?? true)}${grouped(Math.abs(value), digits)}%`;
}

/** Percentage points: `1.6` → `1.6 pp`; signed (for differences): `+0.2 pp`. */
export function formatPp(value: number | null, options: NumberFormatOptions = {}): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE;
  const digits = options.digits ?? 1;
  return `${sign(value, digits, options.signed ?? false)}${grouped(Math.abs(value), digits)} pp`;
}

/** `2025-11` → `Nov 2025`. */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-');
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const name = names[Number(m) - 1];
  return name && year ? `${name} ${year}` : month;
}
