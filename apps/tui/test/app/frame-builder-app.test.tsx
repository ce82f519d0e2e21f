import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { render } from 'ink-testing-library';
import { App } from '../../src/app/app.js';
import { loadInkInternals } from '../../src/app/ink-output/ink-internals.js';
import { inksOwnFrameBuilder } from '../../src/app/ink-output/install.js';
import { chinaModel, tempStore } from './fixtures.js';
import { frameMatching } from './frames.js';

vi.setConfig({ testTimeout: 90_000 });

const ink = await loadInkInternals();
const inksOwn = inksOwnFrameBuilder(ink);
const installed = ink.Output.prototype.get;
afterEach(() => {
  ink.Output.prototype.get = installed;
});

it("draws the app's own frames, in colour, byte for byte as Ink would: nudges, moves, every view, help", async () => {
  const differences: string[] = [];
  let frames = 0;
  ink.Output.prototype.get = function (this) {
    const ours = installed.call(this);
    const inks = inksOwn.call(this);
    frames++;
    if (ours.output !== inks.output || ours.height !== inks.height) differences.push(inks.output);
    return ours;
  };
  const store = tempStore();
  const { lastFrame, stdin } = render(
    <App model={chinaModel()} store={store} cwd={path.dirname(store.dir)} size={{ columns: 100, rows: 30 }} env={{}} />,
  );
  await frameMatching(lastFrame, 'Monthly surplus');
  const keys = ['+', '+', ']', 'j', '-', 'j', 'j', '[', 'l', '+', 'u', '\t', 'l', 'l', 'j', '\t', 'j', '\t', '?'];
  for (const key of keys) {
    stdin.write(key);
    await new Promise((r) => setTimeout(r, 30));
  }
  await frameMatching(lastFrame, (frame) => frame.length > 0);
  expect(frames).toBeGreaterThanOrEqual(10);
  expect(differences).toEqual([]);
});
