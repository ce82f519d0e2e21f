import { CellError, isCellError } from '../errors.js';
import { IndexScratch, KernelNode, Scratch, type Scalar, type SourceCells } from './kernel.js';

export type Aggregation = 'sum' | 'mean' | 'min' | 'max';

/**
 * Aggregates its argument over one or more dimensions. The argument is evaluated over a child space that binds the
 * aggregated dimensions; `expansion[p * width + j]` is the child point for parent point p and the j-th combination
 * of aggregated members.
 */
export class AggregateNode extends KernelNode {
  private readonly values = new Scratch();
  private readonly points = new IndexScratch();

  constructor(
    readonly fn: Aggregation,
    readonly arg: KernelNode,
    readonly expansion: Int32Array,
    readonly width: number,
  ) {
    super();
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    const width = this.width;
    const total = n * width;
    const points = this.points.get(total);
    for (let k = 0; k < n; k++) {
      const from = sel[k]! * width;
      points.set(this.expansion.subarray(from, from + width), k * width);
    }
    const values = this.values.get(total);
    this.arg.eval(t, points, total, values);
    for (let k = 0; k < n; k++) out[k] = reduce(this.fn, values, k * width, width);
  }

  scalar(t: number, point: number): Scalar {
    if (this.width === 0) return new CellError('#VALUE!', `${this.fn}(…) over no members`);
    const items: number[] = [];
    for (let j = 0; j < this.width; j++) {
      const value = this.arg.scalar(t, this.expansion[point * this.width + j]!);
      if (isCellError(value)) return value;
      items.push(value);
    }
    const result = reduce(this.fn, Float64Array.from(items), 0, items.length);
    return result === result ? result : new CellError('#NUM!', `${this.fn}(…) is not a real number`);
  }

  forEachRead(point: number, visit: (source: SourceCells, member: number, latest: number) => void): void {
    for (let j = 0; j < this.width; j++) this.arg.forEachRead(this.expansion[point * this.width + j]!, visit);
  }
}

function reduce(fn: Aggregation, values: Float64Array, from: number, width: number): number {
  if (width === 0) return NaN;
  const to = from + width;
  switch (fn) {
    case 'sum':
    case 'mean': {
      let total = 0;
      for (let i = from; i < to; i++) total += values[i]!;
      return fn === 'sum' ? total : total / width;
    }
    case 'min': {
      let best = Infinity;
      for (let i = from; i < to; i++) {
        const v = values[i]!;
        if (v !== v) return NaN;
        if (v < best) best = v;
      }
      return best;
    }
    case 'max': {
      let best = -Infinity;
      for (let i = from; i < to; i++) {
        const v = values[i]!;
        if (v !== v) return NaN;
        if (v > best) best = v;
      }
      return best;
    }
  }
}
