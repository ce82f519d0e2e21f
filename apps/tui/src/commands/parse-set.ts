/**
 * `--set VAR[.MEMBER]=VALUE`: one ad-hoc edit. A VALUE that reads as a number sets the input everywhere (every
 * month, and every member unless one is named); anything else is a formula, checked by the engine exactly as one
 * typed in the app, so `--set 'x=1+'` fails at once with the position of the mistake.
 */
import { CliError, quoteArg } from './errors.js';

export type SetEdit =
  | { kind: 'setInput'; variable: string; member?: string; value: number }
  | { kind: 'setFormula'; variable: string; member?: string; formula: string };

export interface ParsedSet {
  /** The argument as the user typed it, for messages. */
  arg: string;
  edit: SetEdit;
}

const TARGET = /^([A-Za-z][A-Za-z0-9_]*)(?:\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*))?$/;
// Plain decimal or scientific notation only: `Number('0x10')` or `Number('')` would accept things no one means.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function parseSet(arg: string): ParsedSet {
  const equals = arg.indexOf('=');
  if (equals < 0) {
    throw new CliError('CLI_BAD_SET', `--set ${quoteArg(arg)}: expected VAR[.MEMBER]=VALUE, e.g. export_growth.eu=0`);
  }
  const target = arg.slice(0, equals).trim();
  const value = arg.slice(equals + 1).trim();
  const match = TARGET.exec(target);
  if (!match) {
    throw new CliError(
      'CLI_BAD_SET',
      `--set ${quoteArg(arg)}: ${target === '' ? 'no variable before "="' : `"${target}" is not a VAR or VAR.MEMBER name`}`,
    );
  }
  if (value === '') throw new CliError('CLI_BAD_SET', `--set ${quoteArg(arg)}: no value after "="`);
  const variable = match[1] as string;
  const member = match[2];
  const where = member === undefined ? { variable } : { variable, member };
  if (NUMBER.test(value)) return { arg, edit: { kind: 'setInput', ...where, value: Number(value) } };
  return { arg, edit: { kind: 'setFormula', ...where, formula: value } };
}

/** The offset of a `--set` formula inside the whole argument, so an engine error position can point into it. */
export function formulaOffset(arg: string): number {
  const equals = arg.indexOf('=');
  const rest = arg.slice(equals + 1);
  return equals + 1 + (rest.length - rest.trimStart().length);
}
