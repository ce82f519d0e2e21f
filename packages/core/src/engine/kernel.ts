import { CellError } from '../errors.js';

/**
 * Compiled formulas are trees of kernel nodes. `eval` computes a whole batch of points for one month into a
 * Float64Array (the fast path: plain arithmetic, any failure shows as NaN); `scalar` recomputes one point with error
 * values (the slow path, run only for points whose fast result was not a finite number, to say which error and why).
 * Both paths must agree on which points fail.
 */

export type Scalar = number | CellError;

/** The cells a reference reads: a variable's live value and error storage. */
export interface SourceCells {
  readonly name: string;
  readonly memberCount: number;
  values: Float64Array;
  errors: Map<number, CellError>;
  /** Human name of a member, for messages. */
  memberLabel(member: number): string;
}

export abstract class KernelNode {
  /** Writes this node's value for month `t` at points `sel[0..n)` into `out[0..n)`. */
  abstract eval(t: number, sel: Int32Array, n: number, out: Float64Array): void;
  /** This node's value for month `t` at one point, with errors as values. */
  abstract scalar(t: number, point: number): Scalar;
  /** Calls `visit` for every source member this node reads at `point`, with the latest month offset of the read. */
  abstract forEachRead(point: number, visit: (source: SourceCells, member: number, latest: number) => void): void;
}

/** A scratch buffer per node, grown on demand, so evaluation allocates nothing in steady state. */
export class Scratch {
  private buffer = new Float64Array(0);

  get(n: number): Float64Array {
    if (this.buffer.length < n) this.buffer = new Float64Array(Math.max(n, this.buffer.length * 2, 16));
    return this.buffer;
  }
}

export class IndexScratch {
  private buffer = new Int32Array(0);

  get(n: number): Int32Array {
    if (this.buffer.length < n) this.buffer = new Int32Array(Math.max(n, this.buffer.length * 2, 16));
    return this.buffer;
  }
}

export class ConstantNode extends KernelNode {
  constructor(readonly value: number) {
    super();
  }

  eval(_t: number, _sel: Int32Array, n: number, out: Float64Array): void {
    out.fill(this.value, 0, n);
  }

  scalar(): Scalar {
    return this.value;
  }

  forEachRead(): void {}
}

/** A whole formula that cannot compute (an unknown name, a dimension mismatch, a cycle): every point is the error. */
export class ErrorNode extends KernelNode {
  constructor(readonly error: CellError) {
    super();
  }

  eval(_t: number, _sel: Int32Array, n: number, out: Float64Array): void {
    out.fill(NaN, 0, n);
  }

  scalar(): Scalar {
    return this.error;
  }

  forEachRead(): void {}
}

/** A reference to another variable's cells; `map` takes a point of the evaluation space to the source's member. */
export class RefNode extends KernelNode {
  constructor(
    readonly source: SourceCells,
    readonly map: Int32Array,
    readonly months: number,
    readonly calendarStart: string,
    readonly calendarEnd: string,
    /** The latest month offset, relative to the computed month, at which this reference is read. */
    readonly latest: number,
  ) {
    super();
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    if (t < 0 || t >= this.months) {
      out.fill(NaN, 0, n);
      return;
    }
    const values = this.source.values;
    const map = this.map;
    const base = t * this.source.memberCount;
    for (let k = 0; k < n; k++) out[k] = values[base + map[sel[k]!]!]!;
  }

  scalar(t: number, point: number): Scalar {
    if (t < 0) return new CellError('#REF!', `${this.source.name} is needed before the calendar's start (${this.calendarStart})`);
    if (t >= this.months) return new CellError('#REF!', `${this.source.name} is needed after the calendar's end (${this.calendarEnd})`);
    const index = t * this.source.memberCount + this.map[point]!;
    const value = this.source.values[index]!;
    if (value === value) return value;
    return (
      this.source.errors.get(index) ??
      new CellError('#REF!', `${this.source.name}${this.source.memberLabel(this.map[point]!)} has no value`)
    );
  }

  forEachRead(point: number, visit: (source: SourceCells, member: number, latest: number) => void): void {
    visit(this.source, this.map[point]!, this.latest);
  }
}

/** The calendar year or month-of-year of the cell being computed. */
export class CalendarNode extends KernelNode {
  /** `startOrdinal`: months since year 0 of the calendar's first month (year × 12 + month − 1). */
  constructor(
    readonly kind: 'year' | 'month',
    readonly startOrdinal: number,
  ) {
    super();
  }

  valueAt(t: number): number {
    const ordinal = this.startOrdinal + t;
    return this.kind === 'year' ? Math.floor(ordinal / 12) : (ordinal % 12) + 1;
  }

  eval(t: number, _sel: Int32Array, n: number, out: Float64Array): void {
    out.fill(this.valueAt(t), 0, n);
  }

  scalar(t: number): Scalar {
    return this.valueAt(t);
  }

  forEachRead(): void {}
}

/**
 * A subtree that varies over fewer dimensions than the space it is used in (`1 + export_growth / 100` inside a
 * partner × product formula), compiled over its own smaller space; `projection` takes a point of the outer space to
 * the subtree's point. Generated kernels compute it once per inner point and month instead of once per outer point.
 */
export class BroadcastNode extends KernelNode {
  private readonly points = new IndexScratch();

  constructor(
    readonly arg: KernelNode,
    readonly projection: Int32Array,
    readonly size: number,
  ) {
    super();
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    const points = this.points.get(n);
    for (let k = 0; k < n; k++) points[k] = this.projection[sel[k]!]!;
    this.arg.eval(t, points, n, out);
  }

  scalar(t: number, point: number): Scalar {
    return this.arg.scalar(t, this.projection[point]!);
  }

  forEachRead(point: number, visit: (source: SourceCells, member: number, latest: number) => void): void {
    this.arg.forEachRead(this.projection[point]!, visit);
  }
}
