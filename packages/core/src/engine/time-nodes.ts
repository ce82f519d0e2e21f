import { CellError, isCellError } from '../errors.js';
import { KernelNode, Scratch, type Scalar, type SourceCells } from './kernel.js';

type ReadVisitor = (source: SourceCells, member: number, latest: number) => void;

/** What the time functions need of the calendar. */
export interface TimeAxis {
  readonly months: number;
  /** Month of the year, 1-12, of month index t. */
  monthOfYear(t: number): number;
  readonly start: string;
  readonly end: string;
}

/** Months since year 0 of the calendar's first month (year × 12 + month − 1), from `start` (`YYYY-MM`). */
export function startOrdinal(axis: TimeAxis): number {
  return Number(axis.start.slice(0, 4)) * 12 + Number(axis.start.slice(5, 7)) - 1;
}

/** `lag(x, n)`: x at month t - n; `#REF!` before the calendar's start, whatever x is. */
export class LagNode extends KernelNode {
  constructor(
    readonly arg: KernelNode,
    readonly lag: number,
    readonly axis: TimeAxis,
  ) {
    super();
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    if (t - this.lag < 0) out.fill(NaN, 0, n);
    else this.arg.eval(t - this.lag, sel, n, out);
  }

  scalar(t: number, point: number): Scalar {
    if (t - this.lag < 0) {
      return new CellError('#REF!', `lag(…, ${this.lag}) reaches before the calendar's start (${this.axis.start})`);
    }
    return this.arg.scalar(t - this.lag, point);
  }

  forEachRead(point: number, visit: ReadVisitor): void {
    this.arg.forEachRead(point, visit);
  }
}

/**
 * The sum of x over a window of months around t, given by `window(t)` as [first, last]: year to date, or the whole
 * calendar year. A window that leaves the calendar is `#REF!`.
 */
export class WindowSumNode extends KernelNode {
  private readonly scratch = new Scratch();

  constructor(
    readonly name: string,
    readonly arg: KernelNode,
    readonly axis: TimeAxis,
    readonly window: (t: number) => [number, number],
  ) {
    super();
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    const [first, last] = this.window(t);
    if (first < 0 || last >= this.axis.months) {
      out.fill(NaN, 0, n);
      return;
    }
    this.arg.eval(first, sel, n, out);
    const buffer = this.scratch.get(n);
    for (let u = first + 1; u <= last; u++) {
      this.arg.eval(u, sel, n, buffer);
      for (let k = 0; k < n; k++) out[k] = out[k]! + buffer[k]!;
    }
  }

  scalar(t: number, point: number): Scalar {
    const [first, last] = this.window(t);
    if (first < 0) return new CellError('#REF!', `${this.name}(…) needs months before the calendar's start (${this.axis.start})`);
    if (last >= this.axis.months) return new CellError('#REF!', `${this.name}(…) needs months after the calendar's end (${this.axis.end})`);
    let total = 0;
    for (let u = first; u <= last; u++) {
      const value = this.arg.scalar(u, point);
      if (isCellError(value)) return value;
      total += value;
    }
    return total;
  }

  forEachRead(point: number, visit: ReadVisitor): void {
    this.arg.forEachRead(point, visit);
  }
}

/** `year_end(x)`: x at December of t's year. */
export class YearEndNode extends KernelNode {
  constructor(
    readonly arg: KernelNode,
    readonly axis: TimeAxis,
  ) {
    super();
  }

  private december(t: number): number {
    return t + 12 - this.axis.monthOfYear(t);
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    const u = this.december(t);
    if (u >= this.axis.months) out.fill(NaN, 0, n);
    else this.arg.eval(u, sel, n, out);
  }

  scalar(t: number, point: number): Scalar {
    const u = this.december(t);
    if (u >= this.axis.months) return new CellError('#REF!', `year_end(…) needs December, after the calendar's end (${this.axis.end})`);
    return this.arg.scalar(u, point);
  }

  forEachRead(point: number, visit: ReadVisitor): void {
    this.arg.forEachRead(point, visit);
  }
}

/** `yoy(x)`: (x / lag(x, 12) - 1) * 100. */
export class YoyNode extends KernelNode {
  private readonly scratch = new Scratch();

  constructor(
    readonly arg: KernelNode,
    readonly axis: TimeAxis,
  ) {
    super();
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    if (t < 12) {
      out.fill(NaN, 0, n);
      return;
    }
    this.arg.eval(t, sel, n, out);
    const before = this.scratch.get(n);
    this.arg.eval(t - 12, sel, n, before);
    for (let k = 0; k < n; k++) out[k] = before[k] === 0 ? NaN : (out[k]! / before[k]! - 1) * 100;
  }

  scalar(t: number, point: number): Scalar {
    if (t < 12) return new CellError('#REF!', `yoy(…) needs a year earlier, before the calendar's start (${this.axis.start})`);
    const now = this.arg.scalar(t, point);
    if (isCellError(now)) return now;
    const before = this.arg.scalar(t - 12, point);
    if (isCellError(before)) return before;
    if (before === 0) return new CellError('#DIV/0!', 'yoy(…) of a value that was 0 a year earlier');
    const result = (now / before - 1) * 100;
    return result === result ? result : new CellError('#NUM!', 'yoy(…) is not a real number');
  }

  forEachRead(point: number, visit: ReadVisitor): void {
    this.arg.forEachRead(point, visit);
  }
}
