import { isCellError } from '../errors.js';
import type { BinaryOp, UnaryOp } from '../formula/ast.js';
import { applyBinary, binaryError, MATH_FUNCTIONS, mathError, type MathFunction } from './arithmetic.js';
import { KernelNode, Scratch, type Scalar, type SourceCells } from './kernel.js';

type ReadVisitor = (source: SourceCells, member: number, latest: number) => void;

export class UnaryNode extends KernelNode {
  constructor(
    readonly op: UnaryOp,
    readonly arg: KernelNode,
  ) {
    super();
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    this.arg.eval(t, sel, n, out);
    if (this.op === 'negate') for (let k = 0; k < n; k++) out[k] = -out[k]!;
    else for (let k = 0; k < n; k++) out[k] = out[k] !== out[k] ? NaN : out[k] === 0 ? 1 : 0;
  }

  scalar(t: number, point: number): Scalar {
    const value = this.arg.scalar(t, point);
    if (isCellError(value)) return value;
    return this.op === 'negate' ? -value : value === 0 ? 1 : 0;
  }

  forEachRead(point: number, visit: ReadVisitor): void {
    this.arg.forEachRead(point, visit);
  }
}

export class BinaryNode extends KernelNode {
  private readonly scratch = new Scratch();

  constructor(
    readonly op: BinaryOp,
    readonly left: KernelNode,
    readonly right: KernelNode,
  ) {
    super();
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    this.left.eval(t, sel, n, out);
    const b = this.scratch.get(n);
    this.right.eval(t, sel, n, b);
    // The hot operators get their own loops; the rest share the checked scalar function.
    switch (this.op) {
      case 'add':
        for (let k = 0; k < n; k++) out[k] = out[k]! + b[k]!;
        return;
      case 'subtract':
        for (let k = 0; k < n; k++) out[k] = out[k]! - b[k]!;
        return;
      case 'multiply':
        for (let k = 0; k < n; k++) out[k] = out[k]! * b[k]!;
        return;
      case 'divide':
        for (let k = 0; k < n; k++) out[k] = b[k] === 0 ? NaN : out[k]! / b[k]!;
        return;
      default:
        for (let k = 0; k < n; k++) out[k] = applyBinary(this.op, out[k]!, b[k]!);
    }
  }

  scalar(t: number, point: number): Scalar {
    const a = this.left.scalar(t, point);
    if (isCellError(a)) return a;
    const b = this.right.scalar(t, point);
    if (isCellError(b)) return b;
    const result = applyBinary(this.op, a, b);
    return binaryError(this.op, a, b, result) ?? result;
  }

  forEachRead(point: number, visit: ReadVisitor): void {
    this.left.forEachRead(point, visit);
    this.right.forEachRead(point, visit);
  }
}

/** `test ? then : otherwise`; only the chosen branch's errors matter, as in a spreadsheet's IF. */
export class ConditionalNode extends KernelNode {
  private readonly thenScratch = new Scratch();
  private readonly otherwiseScratch = new Scratch();

  constructor(
    readonly test: KernelNode,
    readonly then: KernelNode,
    readonly otherwise: KernelNode,
  ) {
    super();
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    this.test.eval(t, sel, n, out);
    const a = this.thenScratch.get(n);
    const b = this.otherwiseScratch.get(n);
    this.then.eval(t, sel, n, a);
    this.otherwise.eval(t, sel, n, b);
    for (let k = 0; k < n; k++) {
      const test = out[k]!;
      out[k] = test !== test ? NaN : test !== 0 ? a[k]! : b[k]!;
    }
  }

  scalar(t: number, point: number): Scalar {
    const test = this.test.scalar(t, point);
    if (isCellError(test)) return test;
    return test !== 0 ? this.then.scalar(t, point) : this.otherwise.scalar(t, point);
  }

  forEachRead(point: number, visit: ReadVisitor): void {
    this.test.forEachRead(point, visit);
    this.then.forEachRead(point, visit);
    this.otherwise.forEachRead(point, visit);
  }
}

/** An element-wise math function of one or more arguments. */
export class MathCallNode extends KernelNode {
  private readonly scratches: Scratch[];
  private readonly fn: MathFunction;

  constructor(
    readonly name: string,
    readonly args: KernelNode[],
  ) {
    super();
    this.fn = MATH_FUNCTIONS[name]!;
    this.scratches = args.map(() => new Scratch());
  }

  eval(t: number, sel: Int32Array, n: number, out: Float64Array): void {
    const buffers = this.args.map((arg, i) => {
      const buffer = this.scratches[i]!.get(n);
      arg.eval(t, sel, n, buffer);
      return buffer;
    });
    const values = new Array<number>(buffers.length);
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < buffers.length; i++) values[i] = buffers[i]![k]!;
      out[k] = this.fn(values);
    }
  }

  scalar(t: number, point: number): Scalar {
    const values: number[] = [];
    for (const arg of this.args) {
      const value = arg.scalar(t, point);
      if (isCellError(value)) return value;
      values.push(value);
    }
    const result = this.fn(values);
    return result === result ? result : mathError(this.name, values);
  }

  forEachRead(point: number, visit: ReadVisitor): void {
    for (const arg of this.args) arg.forEachRead(point, visit);
  }
}

