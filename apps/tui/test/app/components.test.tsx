import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { Footer, fitFooter } from '../../src/app/components/Footer.js';
import { Header } from '../../src/app/components/Header.js';
import { HelpOverlay } from '../../src/app/components/HelpOverlay.js';
import { Prompt, type PromptError } from '../../src/app/components/Prompt.js';
import { LineChart } from '../../src/app/components/LineChart.js';
import { makeTheme } from '../../src/app/theme.js';
import { plain as withoutCodes } from './frames.js';

const plain = makeTheme({ NO_COLOR: '1' });
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('Footer', () => {
  it('keeps quit and help and drops the least important keys at 80 columns', () => {
    const keys = fitFooter('assumptions', 80).map((b) => b.action);
    expect(keys).toContain('quit');
    expect(keys).toContain('help');
    expect(keys).toContain('nudge-up');
    expect(keys.length).toBeLessThan(fitFooter('assumptions', 200).length);
  });

  it('shows the status line and the keys of the view', () => {
    const { lastFrame } = render(<Footer scope="scenarios" status={{ text: 'Saved x', kind: 'info' }} width={100} theme={plain} />);
    // Without the emphasis codes: the keys are drawn bold and inverse even under NO_COLOR.
    const frame = withoutCodes(lastFrame());
    expect(frame).toContain('Saved x');
    expect(frame).toMatch(/Enter open/);
    expect(frame).toMatch(/q quit/);
  });
});

describe('Header', () => {
  it('shows the scenario, the as-of month, the unsaved mark and the current view', () => {
    const { lastFrame } = render(
      <Header model="China trade" scenario="eu-zero" asOf="2025-12" dirty view="sheet" width={100} theme={plain} />,
    );
    const frame = lastFrame()!;
    expect(frame).toContain('eu-zero');
    expect(frame).toContain('unsaved');
    expect(frame).toContain('2025-12');
    expect(frame).toContain('2 Sheet');
  });

  it('has no unsaved mark when the work is saved', () => {
    const { lastFrame } = render(<Header model="m" scenario="s" asOf={undefined} dirty={false} view="assumptions" width={100} theme={plain} />);
    expect(lastFrame()).not.toContain('unsaved');
  });
});

describe('HelpOverlay', () => {
  it("lists the view's keys and the global ones from the keymap", () => {
    const { lastFrame } = render(<HelpOverlay scope="assumptions" theme={plain} />);
    const frame = lastFrame()!;
    expect(frame).toContain('nudge the rate by 0.5 pp');
    expect(frame).toContain('redo (also Ctrl+Y)');
    expect(frame).not.toContain('delete the scenario file');
  });
});

describe('Prompt', () => {
  it('shows the error and its position and keeps the text when the input is refused', async () => {
    const submitted: string[] = [];
    const onSubmit = (text: string): PromptError | undefined => {
      submitted.push(text);
      return text.includes('(') ? { message: 'unexpected end', position: 4 } : undefined;
    };
    const { lastFrame, stdin } = render(
      <Prompt label="x =" initial="1 +" onSubmit={onSubmit} onCancel={() => {}} isActive width={60} theme={plain} />,
    );
    await tick();
    stdin.write(' (');
    await tick();
    stdin.write('\r');
    await tick();
    expect(submitted).toEqual(['1 + (']);
    const lines = lastFrame()!.split('\n');
    expect(lines[0]).toContain('x = 1 + (');
    // The caret sits under the offending character: label, a space, then position 4.
    expect(lines[1]!.indexOf('^')).toBe('x = '.length + 4);
    expect(lastFrame()).toContain('unexpected end');
  });

  it('erases with backspace and cancels with Esc', async () => {
    let cancelled = false;
    const { lastFrame, stdin } = render(
      <Prompt label="name:" initial="abc" onSubmit={() => undefined} onCancel={() => (cancelled = true)} isActive width={60} theme={plain} />,
    );
    await tick();
    stdin.write('\u007F');
    await tick();
    expect(lastFrame()).toContain('name: ab');
    expect(lastFrame()).not.toContain('abc');
    stdin.write('\u001B');
    await tick();
    expect(cancelled).toBe(true);
  });
});

describe('LineChart', () => {
  it('draws two series with a legend, the range and year ticks', () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const { lastFrame } = render(
      <LineChart
        title="Monthly surplus"
        series={[
          { label: 'baseline', role: 'baseline', values: months.map((_, i) => 80 + i) },
          { label: 'scenario', role: 'scenario', values: months.map((_, i) => 80 + i * 2) },
        ]}
        xLabels={months}
        width={40}
        height={8}
        theme={plain}
      />,
    );
    const frame = lastFrame()!;
    expect(frame).toContain('baseline');
    expect(frame).toContain('126');
    expect(frame).toContain('80.0');
    expect(frame).toMatch(/2024\s+2025/);
    expect(frame).toMatch(/[\u2801-\u28FF]/);
  });
});
