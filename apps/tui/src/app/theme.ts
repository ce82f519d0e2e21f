/**
 * Colours by role, not by hue, so a screen says "this is changed" and the theme decides how that looks. With
 * `NO_COLOR` set (https://no-color.org) every role is uncoloured; emphasis that is not colour (bold, inverse,
 * underline) stays, so the selection and highlights still show.
 */

export type Role = 'accent' | 'muted' | 'positive' | 'negative' | 'changed' | 'error' | 'baseline' | 'scenario' | 'warning';

export interface Theme {
  color(role: Role): string | undefined;
  /** Whether colours are on; when off, changed cells are drawn bold and underlined instead. */
  colored: boolean;
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

export function makeTheme(env: NodeJS.ProcessEnv = process.env): Theme {
  const colored = env['NO_COLOR'] === undefined || env['NO_COLOR'] === '';
  return { colored, color: (role) => (colored ? palette[role] : undefined) };
}
