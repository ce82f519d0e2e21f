import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { actionFor, bindings, bindingsFor } from '../../src/app/keymap.js';

const noKey: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false,
  end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false,
  meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};
const key = (k: Partial<Key>): Key => ({ ...noKey, ...k });

describe('keymap', () => {
  it('moves with arrows and hjkl on the grids', () => {
    expect(actionFor('', key({ upArrow: true }), 'assumptions')).toBe('up');
    expect(actionFor('k', noKey, 'assumptions')).toBe('up');
    expect(actionFor('j', noKey, 'sheet')).toBe('down');
    expect(actionFor('h', noKey, 'sheet')).toBe('left');
    expect(actionFor('l', noKey, 'assumptions')).toBe('right');
  });

  it('nudges by 0.5 pp with +/- and by 5 pp with ]/[', () => {
    expect(actionFor('+', noKey, 'assumptions')).toBe('nudge-up');
    expect(actionFor('-', noKey, 'assumptions')).toBe('nudge-down');
    expect(actionFor(']', noKey, 'sheet')).toBe('nudge-up-big');
    expect(actionFor('[', noKey, 'sheet')).toBe('nudge-down-big');
  });

  it('types a value on a grid but switches view with a digit on the scenario list', () => {
    expect(actionFor('1', noKey, 'assumptions')).toBe('type-value');
    expect(actionFor('2', noKey, 'scenarios')).toBe('view-sheet');
    expect(actionFor('2', key({ meta: true }), 'assumptions')).toBe('view-sheet');
  });

  it('undoes with u or Ctrl+Z and redoes with Ctrl+R or Ctrl+Y', () => {
    expect(actionFor('u', noKey, 'sheet')).toBe('undo');
    expect(actionFor('z', key({ ctrl: true }), 'assumptions')).toBe('undo');
    expect(actionFor('r', key({ ctrl: true }), 'assumptions')).toBe('redo');
    expect(actionFor('y', key({ ctrl: true }), 'scenarios')).toBe('redo');
  });

  it('tells plain r (report) from Ctrl+R (redo) and s (save) from S (save as)', () => {
    expect(actionFor('r', noKey, 'assumptions')).toBe('report');
    expect(actionFor('s', noKey, 'assumptions')).toBe('save');
    expect(actionFor('S', key({ shift: true }), 'assumptions')).toBe('save-as');
  });

  it('switches views with Tab and Shift+Tab', () => {
    expect(actionFor('\t', key({ tab: true }), 'assumptions')).toBe('next-view');
    expect(actionFor('', key({ tab: true, shift: true }), 'sheet')).toBe('prev-view');
  });

  it('gives every key at most one meaning in each view', () => {
    for (const scope of ['assumptions', 'sheet', 'scenarios'] as const) {
      const seen = new Map<string, string>();
      for (const b of bindings.filter((x) => x.scopes.includes(scope))) {
        for (const k of b.keys) {
          const id = JSON.stringify(k);
          expect(seen.get(id), `${id} in ${scope}`).toBeUndefined();
          seen.set(id, b.action);
        }
      }
    }
  });

  it('lists the screen keys before the global ones, with labels, for the footer', () => {
    const footer = bindingsFor('assumptions', 'footer');
    expect(footer[0]?.action).toBe('up');
    expect(footer.map((b) => b.action)).toContain('quit');
    expect(footer.every((b) => b.label !== '')).toBe(true);
    expect(bindingsFor('scenarios').map((b) => b.action)).not.toContain('nudge-up');
  });
});
