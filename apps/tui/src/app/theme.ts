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
  /**
   * A line of runs, each in its own look, with one compound code where the look changes (what ends and what
   * starts) and none after the last run: for a line drawn alone (see `withoutTrailingCodes`), such as the footer's
   * keys, where `style` per run would close and reopen codes at every run.
   */
  line(runs: readonly (readonly [text: string, look?: Look])[]): string;
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
    // One compound code to open and one to close (`\e[7;1;33m…\e[39;22;27m`) rather than one per attribute: Ink
    // reads every character of a frame's text, escape codes included, and it splits the compound codes itself.
    style: (text, { role, bold, underline, inverse }) => {
      const on: number[] = [];
      const off: number[] = [];
      if (inverse) on.push(7), off.unshift(27);
      if (underline) on.push(4), off.unshift(24);
      if (bold) on.push(1), off.unshift(22);
      if (role !== undefined && colored) on.push(SGR[palette[role]] ?? 39), off.unshift(39);
      return on.length === 0 ? text : `\u001B[${on.join(';')}m${text}\u001B[${off.join(';')}m`;
    },
    line: (runs) => {
      let out = '';
      let from = attributes({}, colored);
      for (const [text, look = {}] of runs) {
        if (text === '') continue;
        const to = attributes(look, colored);
        const codes: number[] = [];
        if (from.inverse && !to.inverse) codes.push(27);
        if (from.underline && !to.underline) codes.push(24);
        if (from.bold && !to.bold) codes.push(22);
        if (from.fg !== to.fg) codes.push(to.fg ?? 39);
        if (to.inverse && !from.inverse) codes.push(7);
        if (to.underline && !from.underline) codes.push(4);
        if (to.bold && !from.bold) codes.push(1);
        out += (codes.length > 0 ? `\u001B[${codes.join(';')}m` : '') + text;
        from = to;
      }
      return out;
    },
  };
}

function attributes({ role, bold, underline, inverse }: Look, colored: boolean) {
  return { bold: !!bold, underline: !!underline, inverse: !!inverse, fg: role !== undefined && colored ? SGR[palette[role]] : undefined };
}

const TRAILING_CODES = /(?:\u001B\[[0-9;]*m)+$/;

/**
 * `line` without the SGR codes at its end. Ink styles each line of a text on its own, from the codes before each
 * character, so codes after a line's last character style nothing; dropping them spares Ink reading them on every
 * frame. For lines drawn alone (a cell of a column, a line of a chart strip), never for a piece followed by more.
 */
export function withoutTrailingCodes(line: string): string {
  return line.endsWith('m') ? line.replace(TRAILING_CODES, '') : line;
}
