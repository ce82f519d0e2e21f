import { describe, expect, it } from 'vitest';
import { makeTheme } from '../../src/app/theme.js';

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
