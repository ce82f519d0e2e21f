import { describe, expect, it, vi } from 'vitest';
import { render } from 'ink-testing-library';
import { useState } from 'react';
import { Text } from 'ink';
import { AssumptionsScreen } from '../../src/app/screens/AssumptionsScreen.js';
import { SheetScreen } from '../../src/app/screens/SheetScreen.js';
import { useWorkbook } from '../../src/app/hooks/use-workbook.js';
import { Session } from '../../src/app/session.js';
import { makeTheme } from '../../src/app/theme.js';
import type { Action } from '../../src/app/keymap.js';
import { chinaModel } from './fixtures.js';
import { frameMatching } from './frames.js';

// The machine is shared and the model is big: waits poll for frames, and tests get room to finish.
vi.setConfig({ testTimeout: 60_000 });

const theme = makeTheme({ NO_COLOR: '1' });
const model = chinaModel();

function Harness({ screen, onGlobal }: { screen: 'assumptions' | 'sheet'; onGlobal?: (a: Action) => void }) {
  const state = useWorkbook(() => new Session(model, { name: 'baseline', edits: [] }));
  const [status, setStatus] = useState('');
  const props = {
    state, isActive: true, width: 100, height: 26, theme,
    onGlobal: (a: Action) => {
      if (a === 'undo') state.undo();
      onGlobal?.(a);
    },
    onStatus: (s: { text: string }) => setStatus(s.text),
  };
  return (
    <>
      {screen === 'assumptions' ? <AssumptionsScreen {...props} /> : <SheetScreen {...props} />}
      <Text>status: {status}</Text>
    </>
  );
}

/** The 2026 row of the results panel: surplus and its difference from baseline. */
function row2026(frame: string): string {
  const line = frame.split('\n').find((l) => /\b2026\s+[\d,]+/.test(l)) ?? '';
  return line.slice(line.indexOf('2026'));
}

describe('AssumptionsScreen', () => {
  it('shows the regions with their growth assumptions, the yearly results and the surplus chart', async () => {
    const { lastFrame } = render(<Harness screen="assumptions" />);
    const frame = await frameMatching(lastFrame, 'Monthly surplus');
    expect(frame).toMatch(/United States\s+-28\.6\s/);
    expect(frame).toMatch(/European Uni\S*\s+14\.8\s/);
    expect(frame).toMatch(/Year\s+Surplus/);
    for (const year of [2026, 2027, 2028, 2029, 2030]) expect(frame).toContain(String(year));
    expect(frame).toMatch(/[\u2801-\u28FF]/);
    expect(frame).toContain('source:');
  });

  it('nudges the selected rate by 0.5 pp and 5 pp and moves the results', async () => {
    const { lastFrame, stdin } = render(<Harness screen="assumptions" />);
    const before = row2026(await frameMatching(lastFrame, /European Uni\S*\s+14\.8\s/));
    stdin.write('j');
    stdin.write('+');
    await frameMatching(lastFrame, /European Uni\S*\s+15\.3\*/);
    stdin.write(']');
    const frame = await frameMatching(lastFrame, /European Uni\S*\s+20\.3\*/);
    const after = row2026(frame);
    expect(after).not.toBe(before);
    // Higher exports to the EU raise the surplus above baseline: a positive difference.
    expect(after).toMatch(/2026\s+[\d,]+\s+\+\d/);
    expect(frame).toContain('cells recomputed');
    expect(frame).toMatch(/United States\s+-28\.6\s/);
  });

  it('sets a typed number (15 means 15%) on Enter and undoes it', async () => {
    const { lastFrame, stdin } = render(<Harness screen="assumptions" />);
    await frameMatching(lastFrame, 'United States');
    stdin.write('1');
    stdin.write('5');
    await frameMatching(lastFrame, '15▏');
    stdin.write('\r');
    await frameMatching(lastFrame, /United States\s+15\.0\*/);
    stdin.write('u');
    await frameMatching(lastFrame, /United States\s+-28\.6\s/);
  });

  it('handles keys that arrive in one chunk, as a fast terminal or a paste sends them', async () => {
    const { lastFrame, stdin } = render(<Harness screen="assumptions" />);
    await frameMatching(lastFrame, 'United States');
    stdin.write('jj12.5\r');
    await frameMatching(lastFrame, /ASEAN\s+12\.5\*/);
  });

  it('shows a formula error with its position inline and changes nothing until it parses', async () => {
    const { lastFrame, stdin } = render(<Harness screen="assumptions" />);
    const before = row2026(await frameMatching(lastFrame, 'United States'));
    stdin.write('=');
    await frameMatching(lastFrame, 'export_growth.us = -28.6');
    stdin.write(' * (');
    await frameMatching(lastFrame, 'export_growth.us = -28.6 * (');
    stdin.write('\r');
    const refused = await frameMatching(lastFrame, /position/);
    expect(refused).toMatch(/\n\s*\^/);
    expect(row2026(refused)).toBe(before);
    expect(refused).toMatch(/United States\s+-28\.6\s/);
    // Fix it: erase the bad tail and enter a formula that parses.
    for (let i = 0; i < 4; i++) stdin.write('\u007F');
    await frameMatching(lastFrame, (f) => f.includes('export_growth.us = -28.6') && !f.includes('* ('));
    stdin.write(' + 10');
    await frameMatching(lastFrame, 'export_growth.us = -28.6 + 10');
    stdin.write('\r');
    const fixed = await frameMatching(lastFrame, /United States\s+-18\.6\*/);
    expect(fixed).not.toContain('Enter applies');
  });
});

describe('SheetScreen', () => {
  it('shows every variable by month with a formula bar for the selected cell', async () => {
    const { lastFrame } = render(<Harness screen="sheet" />);
    const frame = await frameMatching(lastFrame, 'export_growth.us 2026-01');
    expect(frame).toMatch(/export_growth\.us 2026-01\s+input/);
    expect(frame).toMatch(/variable\s+member\s+2025-11\s+2025-12\s+2026-01/);
    expect(frame).toMatch(/export_growth\s+us\s+-28\.6/);
  });

  it('edits a formula cell in the bar and refuses a bad formula in place', async () => {
    const { lastFrame, stdin } = render(<Harness screen="sheet" />);
    await frameMatching(lastFrame, 'export_growth.us');
    // Down past the growth assumptions and the scalar inputs to exports.us, a computed cell in 2026.
    for (let i = 0; i < 32; i++) stdin.write('j');
    const frame = await frameMatching(lastFrame, 'exports.us 2026-01');
    expect(frame).toContain('= lag(exports, 12) * (1 + export_growth / 100)');
    stdin.write('=');
    await frameMatching(lastFrame, /exports = lag/);
    stdin.write(' +* 2');
    stdin.write('\r');
    const refused = await frameMatching(lastFrame, /position/);
    expect(refused).toMatch(/\n\s*\^/);
    stdin.write('\u001B');
    await frameMatching(lastFrame, (f) => !f.includes('position'));
  });

  it('shows error cells by their code and the message on Enter', async () => {
    const { lastFrame, stdin } = render(<Harness screen="sheet" />);
    await frameMatching(lastFrame, 'export_growth.us');
    stdin.write('y');
    await frameMatching(lastFrame, 'Dec 2024');
    // export_growth_realised: full-year growth has no year before 2024, so Dec 2024 is an error value.
    const target = 14 + 14 + 4 + 14 * 3 + 4 + 3 + 14 * 3;
    for (let i = 0; i < target; i++) stdin.write('j');
    const frame = await frameMatching(lastFrame, 'export_growth_realised 2024-12');
    expect(frame).toMatch(/#REF!/);
    expect(frame).toContain('(Enter: why)');
    stdin.write('\r');
    const why = await frameMatching(lastFrame, (f) => !f.includes('(Enter: why)'));
    expect(why.split('\n').slice(0, 3).join('\n')).toMatch(/#REF!/);
  });
});
