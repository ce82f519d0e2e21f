import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/commands/errors.js';
import { parseSet } from '../../src/commands/parse-set.js';

function failure(arg: string): CliError {
  try {
    parseSet(arg);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`parseSet(${arg}) did not fail`);
}

describe('parseSet', () => {
  it('makes a setInput edit for one member when VALUE is a number', () => {
    expect(parseSet('export_growth.eu=0').edit).toEqual({ kind: 'setInput', variable: 'export_growth', member: 'eu', value: 0 });
  });

  it('makes a setInput edit for every member when no member is named', () => {
    expect(parseSet('import_growth=-2.5').edit).toEqual({ kind: 'setInput', variable: 'import_growth', value: -2.5 });
  });

  it('reads scientific notation and a leading plus as numbers', () => {
    expect(parseSet('x=1e3').edit).toMatchObject({ kind: 'setInput', value: 1000 });
    expect(parseSet('x=+4').edit).toMatchObject({ kind: 'setInput', value: 4 });
  });

  it('makes a setFormula edit when VALUE is not a number', () => {
    expect(parseSet('import_growth=export_growth / 2').edit).toEqual({
      kind: 'setFormula',
      variable: 'import_growth',
      formula: 'export_growth / 2',
    });
  });

  it('keeps everything after the first "=" as the formula', () => {
    expect(parseSet('flag=year() == 2026').edit).toMatchObject({ kind: 'setFormula', formula: 'year() == 2026' });
  });

  it('treats hexadecimal and other number-like text as a formula, not a number', () => {
    expect(parseSet('x=0x10').edit.kind).toBe('setFormula');
    expect(parseSet('x=Infinity').edit.kind).toBe('setFormula');
  });

  it('accepts a two-dimension member key', () => {
    expect(parseSet('flows.us.cars=3').edit).toMatchObject({ variable: 'flows', member: 'us.cars' });
  });

  it('refuses an argument without "=" and names the flag', () => {
    const error = failure('export_growth.eu');
    expect(error.code).toBe('CLI_BAD_SET');
    expect(error.message).toMatch(/^--set export_growth\.eu: expected VAR\[\.MEMBER\]=VALUE/);
  });

  it('refuses an empty value and an empty or malformed name', () => {
    expect(failure('x=').message).toContain('no value after "="');
    expect(failure('=3').message).toContain('no variable before "="');
    expect(failure('9lives=3').message).toContain('"9lives" is not a VAR or VAR.MEMBER name');
  });

  it('quotes an argument with spaces in the message as a shell would', () => {
    expect(failure('bad name=3').message).toMatch(/^--set 'bad name=3':/);
  });
});
