/**
 * A frame builder that gives the same string as Ink 6's `Output.get()` but remembers work between frames.
 *
 * Ink builds each frame from scratch: every line it is given is split into styled characters again, every
 * character measured again, a grid of fresh objects made, and every row turned back into a string, one escape
 * code diff per character. Its caches live on the `Output`, which is new each frame. A nudge changes a few lines
 * of the screen, so nearly all of that repeats the last frame. This builder keeps, across frames:
 * - the styled characters of each line (immutable, so cells can share them) and each character's width;
 * - each row's string, reused when the row holds the very same character objects as the row before it did
 *   (cells nobody wrote share one blank, so an unchanged row compares equal cell by cell).
 * Everything else, clipping and transformers included, follows Ink's `get()` step for step
 * (ink 6.8.0, build/output.js); `frame-builder.test.ts` checks the two agree byte for byte.
 */
import type { AnsiCode, Clip, InkInternals, InkOutput, StyledChar } from './ink-internals.js';

export interface Frame {
  output: string;
  height: number;
}

/** What a cell holds until something is written there: Ink's blank, shared (nothing mutates cells). */
const BLANK: StyledChar = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: [] }) as StyledChar;

/**
 * A map that forgets what has not been used lately: when the current generation fills up it becomes the previous
 * one, and what is read from the previous generation moves to the current. So what every frame uses stays, and
 * text that scrolled away or changed is dropped after a generation or two.
 */
export class RecentMap<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

/**
 * Lines remembered per generation. A frame of the app writes about 100 distinct lines of about 14 characters
 * (measured over 300 nudges in bench/app), and a styled character takes about 350 bytes, so two generations of
 * 512 hold about 5 MB of the app's lines, and 36 MB at most if every line were 100 characters long.
 */
const LINES_PER_GENERATION = 512;
/** Widths are of single characters, mostly: a small map. */
const WIDTHS_PER_GENERATION = 4096;

/** Returns a `get` for Ink's `Output` (call it with the output as `this`), with its own caches. */
export function createFrameBuilder(ink: InkInternals): (this: InkOutput) => Frame {
  const styledLines = new RecentMap<string, StyledChar[]>(LINES_PER_GENERATION);
  const widths = new RecentMap<string, number>(WIDTHS_PER_GENERATION);
  // The empty cells after a wide character, one per character object so that unchanged rows stay identical.
  const fillers = new WeakMap<StyledChar, StyledChar>();
  let lastRows: StyledChar[][] = [];
  let lastStrings: string[] = [];

  const styledChars = (line: string): StyledChar[] => {
    let chars = styledLines.get(line);
    if (chars === undefined) {
      chars = ink.styledCharsFromTokens(ink.tokenize(line));
      styledLines.set(line, chars);
    }
    return chars;
  };
  const widthOf = (text: string): number => {
    let width = widths.get(text);
    if (width === undefined) {
      width = ink.stringWidth(text);
      widths.set(text, width);
    }
    return width;
  };
  const widestLine = (text: string): number => {
    let widest = 0;
    for (const line of text.split('\n')) widest = Math.max(widest, widthOf(line));
    return widest;
  };
  const fillerFor = (character: StyledChar): StyledChar => {
    let filler = fillers.get(character);
    if (filler === undefined) {
      filler = Object.freeze({ type: 'char', value: '', fullWidth: false, styles: character.styles }) as StyledChar;
      fillers.set(character, filler);
    }
    return filler;
  };
  // Ink's styledCharsToString, but without diffing the styles of neighbours that have the same ones (most do:
  // a run of one colour, or blanks), which is where it spent its time; the diff of equal styles is empty.
  const rowString = (row: StyledChar[], width: number): string => {
    // Writes past the right edge lengthen a row and can leave holes, which Ink drops before joining.
    const cells = row.length === width ? row : row.filter((cell) => cell !== undefined);
    let text = '';
    let styles: AnsiCode[] = [];
    for (const cell of cells) {
      if (!sameStyles(styles, cell.styles)) text += ink.ansiCodesToString(ink.diffAnsiCodes(styles, cell.styles));
      text += cell.value;
      styles = cell.styles;
    }
    if (styles.length > 0) text += ink.ansiCodesToString(ink.diffAnsiCodes(styles, []));
    return text.trimEnd();
  };

  return function get(this: InkOutput): Frame {
    const { width, height } = this;
    const rows: StyledChar[][] = [];
    for (let y = 0; y < height; y++) rows.push(new Array<StyledChar>(width).fill(BLANK));

    const clips: Clip[] = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') {
        clips.push(operation.clip);
        continue;
      }
      if (operation.type === 'unclip') {
        clips.pop();
        continue;
      }
      const { text, transformers } = operation;
      let { x, y } = operation;
      let lines = text.split('\n');
      const clip = clips.at(-1);
      if (clip) {
        const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
        const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
        if (clipHorizontally && (x + widestLine(text) < clip.x1! || x > clip.x2!)) continue;
        if (clipVertically && (y + lines.length < clip.y1! || y > clip.y2!)) continue;
        if (clipHorizontally) {
          const { x1, x2 } = clip as Required<Clip>;
          lines = lines.map((line) => {
            const from = x < x1 ? x1 - x : 0;
            const lineWidth = widthOf(line);
            const to = x + lineWidth > x2 ? x2 - x : lineWidth;
            return ink.sliceAnsi(line, from, to);
          });
          if (x < x1) x = x1;
        }
        if (clipVertically) {
          const { y1, y2 } = clip as Required<Clip>;
          const from = y < y1 ? y1 - y : 0;
          const to = y + lines.length > y2 ? y2 - y : lines.length;
          lines = lines.slice(from, to);
          if (y < y1) y = y1;
        }
      }
      let offsetY = 0;
      for (let index = 0; index < lines.length; index++) {
        const row = rows[y + offsetY];
        // As in Ink: a line below the frame (or above it) is dropped without moving on.
        if (!row) continue;
        let line = lines[index]!;
        for (const transformer of transformers) line = transformer(line, index);
        let offsetX = x;
        for (const character of styledChars(line)) {
          row[offsetX] = character;
          const characterWidth = Math.max(1, widthOf(character.value));
          for (let fill = 1; fill < characterWidth; fill++) row[offsetX + fill] = fillerFor(character);
          offsetX += characterWidth;
        }
        offsetY++;
      }
    }

    const strings = rows.map((row, y) => {
      const before = lastRows[y];
      return before !== undefined && sameCells(before, row) ? lastStrings[y]! : rowString(row, width);
    });
    lastRows = rows;
    lastStrings = strings;
    return { output: strings.join('\n'), height: rows.length };
  };
}

function sameStyles(a: AnsiCode[], b: AnsiCode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.code !== b[i]!.code || a[i]!.endCode !== b[i]!.endCode) return false;
  return true;
}

function sameCells(a: StyledChar[], b: StyledChar[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
