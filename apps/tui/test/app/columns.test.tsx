import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { Box } from 'ink';
import { RightColumn, LeftColumn } from '../../src/app/components/TextColumn.js';
import { linePieces } from '../../src/app/components/SparseLine.js';
import { makeTheme } from '../../src/app/theme.js';

const ANSI = /\u001B\[[0-9;]*m/g;

describe('RightColumn', () => {
  it('lines up values on the right edge of the column, with blank rows left blank', () => {
    const { lastFrame } = render(
      <Box height={4}>
        <LeftColumn lines={['a', 'bb', 'c', 'd']} width={3} />
        <RightColumn lines={['1.5', '-28.6', '', '7']} width={8} />
        <RightColumn lines={['x', 'y', 'z', 'w']} width={2} />
      </Box>,
    );
    expect(lastFrame()!.split('\n')).toEqual(['a       1.5 x', 'bb    -28.6 y', 'c           z', 'd         7 w']);
  });

  it('draws the line on its own at its full width and keeps the others aligned', () => {
    const inverse = `\u001B[7m${'   15.3*'}\u001B[27m`;
    const { lastFrame } = render(<RightColumn lines={['9.6 ', inverse, '28.2 ']} width={8} breaks={[1, 2]} />);
    const lines = lastFrame()!.replace(ANSI, '').split('\n');
    expect(lines).toEqual(['    9.6', '   15.3*', '   28.2']);
    expect(lastFrame()).toContain('\u001B[7m   15.3*');
  });
});

describe('linePieces', () => {
  it('places marks after long gaps by a margin and keeps short gaps as spaces', () => {
    const pieces = linePieces([{ text: '    ab' }, { text: '  ' }, { text: 'c' }, { text: '          ' }, { text: 'd' }]);
    expect(pieces).toEqual([
      { gap: 4, text: 'ab  c' },
      { gap: 10, text: 'd' },
    ]);
  });

  it('paints a stretch of one colour as a whole, blanks between its marks included', () => {
    const paint = makeTheme({}).paint.bind(null, 'muted');
    const [piece] = linePieces([{ text: '2024    2025', paint }]);
    expect(piece).toEqual({ gap: 0, text: '\u001B[90m2024    2025\u001B[39m' });
  });
});
