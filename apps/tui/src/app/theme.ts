/**
 * Colours by role, not by hue, so a screen says "this is changed" and the theme decides how that looks. With
 * `NO_COLOR` set (https://no-color.org) every role is uncoloured; emphasis that is not colour (bold, inverse,
 * underline) stays, so the selection and highlights still show.
 */

export type Role = 'accent' | 'muted' | 'positive' | 'negative' | 'changed' | 'error' | 'baseline' | 'scenario' | 'warning';

export interface Theme {
  color(role: Role): string | undefined;
  /**
   * `text` coloured for `role` with a raw SGR code, for one-string rows with many colour runs (the chart): one
   * Ink text node per row instead of one per run. Plain text when colours are off.
   */
  paint(role: Role, text: string): string;
  /**
   * `text` with a role's colour (when colours are on) and emphasis, as raw SGR codes like `paint`: table rows are
   * built as one string each, which Ink draws far faster than one text node per cell. Emphasis stays under NO_COLOR.
   */
  style(text: string, look: Look): string;
  /** Whether colours are on; when off, changed cells are drawn bold and underlined instead. */
  colored: boolean;
}

export interface Look {
  role?: Role | undefined;
  bold?: boolean | undefined;
  underline?: boolean | undefined;
  inverse?: boolean | undefined;
}

const palette: Record<Role, string> = {
  accent: 'cyan',
  muted: 'gray',
  positive: 'green',
  negative: 'red',
  changed: 'yellow',
  error: 'red',
  baseline: 'gray',
  scenario: 'cyan',
  warning: 'yellow',
};

const SGR: Record<string, number> = { cyan: 36, gray: 90, green: 32, red: 31, yellow: 33 };

export function makeTheme(env: NodeJS.ProcessEnv = process.env): Theme {
  const colored = env['NO_COLOR'] === undefined || env['NO_COLOR'] === '';
  const paint = (role: Role, text: string) => (colored ? `\u001B[${SGR[palette[role]] ?? 39}m${text}\u001B[39m` : text);
  return {
    colored,
    color: (role) => (colored ? palette[role] : undefined),
    paint,
    style: (text, { role, bold, underline, inverse }) => {
      let out = role === undefined ? text : paint(role, text);
      if (bold) out = `\u001B[1m${out}\u001B[22m`;
      if (underline) out = `\u001B[4m${out}\u001B[24m`;
      if (inverse) out = `\u001B[7m${out}\u001B[27m`;
      return out;
    },
  };
}
