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
