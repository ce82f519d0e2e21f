import { describe, expect, it } from 'vitest';
import { makeTheme, withoutTrailingCodes } from '../../src/app/theme.js';

describe('makeTheme', () => {
  it('gives every role a colour by default', () => {
    const theme = makeTheme({});
    expect(theme.colored).toBe(true);
    expect(theme.color('error')).toBe('red');
    expect(theme.color('changed')).toBeDefined();
  });

  it('uses no colour at all when NO_COLOR is set', () => {
    const theme = makeTheme({ NO_COLOR: '1' });
    expect(theme.colored).toBe(false);
    for (const role of ['accent', 'muted', 'positive', 'negative', 'changed', 'error', 'baseline', 'scenario', 'warning'] as const) {
      expect(theme.color(role)).toBeUndefined();
    }
  });
});

describe('Theme.paint', () => {
  it('wraps text in a colour code for its role, and leaves it plain under NO_COLOR', () => {
    expect(makeTheme({}).paint('error', 'x')).toBe('\u001B[31mx\u001B[39m');
    expect(makeTheme({ NO_COLOR: '1' }).paint('error', 'x')).toBe('x');
  });
});

describe('Theme.style', () => {
  it('opens and closes all of a look with one code each', () => {
    expect(makeTheme({}).style('x', { role: 'changed', bold: true, inverse: true })).toBe('\u001B[7;1;33mx\u001B[39;22;27m');
  });

  it('keeps emphasis but drops the colour under NO_COLOR', () => {
    expect(makeTheme({ NO_COLOR: '1' }).style('x', { role: 'changed', bold: true })).toBe('\u001B[1mx\u001B[22m');
    expect(makeTheme({ NO_COLOR: '1' }).style('x', { role: 'changed' })).toBe('x');
  });
});

describe('Theme.line', () => {
  it('changes the look with one code where it changes, and closes nothing at the end', () => {
    const line = makeTheme({}).line([['+/-', { bold: true, inverse: true }], [' nudge  ', { role: 'muted' }], ['u', { bold: true, inverse: true }], [' undo']]);
    expect(line).toBe('\u001B[7;1m+/-\u001B[27;22;90m nudge  \u001B[39;7;1mu\u001B[27;22m undo');
  });

  it('keeps emphasis and drops colours under NO_COLOR', () => {
    expect(makeTheme({ NO_COLOR: '1' }).line([['a', { bold: true, role: 'accent' }], [' b', { role: 'muted' }]])).toBe('\u001B[1ma\u001B[22m b');
  });
});

describe('withoutTrailingCodes', () => {
  it('drops the codes after the last character and keeps the rest', () => {
    expect(withoutTrailingCodes('\u001B[1;33m1,431\u001B[39;22m')).toBe('\u001B[1;33m1,431');
    expect(withoutTrailingCodes('a\u001B[32mb\u001B[39m\u001B[22m')).toBe('a\u001B[32mb');
    expect(withoutTrailingCodes('Kingdom')).toBe('Kingdom');
  });
});
