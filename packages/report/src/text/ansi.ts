/**
 * Plain ANSI colour codes for the text report. The report only colours when its caller asks (the command asks
 * when stdout is a terminal), so a painter that does nothing is the default.
 */

export type Colour = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan';

const CODES: Record<Colour, [open: number, close: number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
};

export type Paint = (text: string, colour: Colour) => string;

export function painter(enabled: boolean): Paint {
  if (!enabled) return (text) => text;
  return (text, colour) => {
    if (text === '') return text;
    const [open, close] = CODES[colour];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}

/** The text without colour codes, e.g. to measure it. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[\d+m/g, '');
}
