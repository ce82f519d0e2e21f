import { AggregateNode } from './aggregate-node.js';
import { binaryFunction, mathFunction } from './kernel-functions.js';
import { BroadcastNode, CalendarNode, ConstantNode, ErrorNode, RefNode, type KernelNode } from './kernel.js';
import { BinaryNode, ConditionalNode, MathCallNode, UnaryNode } from './operator-nodes.js';
import { LagNode, startOrdinal, WindowSumNode, YearEndNode, YoyNode, type TimeAxis } from './time-nodes.js';

/**
 * A fused kernel: computes points `sel[0..n)` for months `from` to `to - 1` in one loop nest, as the node tree's
 * `eval` does in several passes, and stores results straight into `values[t * memberCount + point]`, marking cell
 * i in the bitmap `changed` (bit i & 31 of word i >>> 5, see ChangedCells) when a finite value differs and
 * counting each newly marked cell in `count[0]` (scratch bits when the caller does not track). Months run in
 * order, so a recursion in time reads the months it just wrote. Cells whose result is not a finite number are stored
 * as NaN and their indices written to `bad` (the count is returned), in order, for the checked path to explain.
 * `env` holds the workbook's arrays the kernel reads: the function itself is shared by every workbook.
 */
export type SharedKernel = (
  env: readonly unknown[],
  from: number,
  to: number,
  sel: Int32Array,
  n: number,
  values: Float64Array,
  memberCount: number,
  changed: Uint32Array,
  count: Int32Array,
  bad: Int32Array,
) => number;

/** A shared kernel and the data it runs on. */
export interface KernelCall {
  readonly kernel: SharedKernel;
  readonly env: readonly unknown[];
}

/**
 * A formula's generated kernels: `hoisted` computes broadcast subtrees once per inner point before the loop, which
 * pays only for a batch of at least `threshold` points; smaller batches (an edit of one member) use `inline`.
 */
export interface FastKernel {
  readonly hoisted: KernelCall;
  /** `hoisted` for a batch that is every point in order (`sel[k] === k`): it loops over points without `sel`. */
  readonly dense: KernelCall;
  readonly inline: KernelCall | null;
  readonly threshold: number;
}

/** The kernel for a batch of n points; `dense` when the batch is points 0 to n - 1 in order. */
export function kernelFor(fast: FastKernel, n: number, dense: boolean): KernelCall {
  if (fast.inline !== null && n < fast.threshold) return fast.inline;
  return dense ? fast.dense : fast.hoisted;
}

/**
 * Generates one JavaScript loop per formula from its checked, compiled tree. Nothing of the formula's text reaches
 * the generated source: references become numbered array parameters, constants are emitted from their numeric
 * value, operators come from a fixed table. The source is also checked against a small alphabet before it is
 * compiled, so a bug here cannot smuggle in a string, a property name or a call the engine did not write.
 * Semantics are exactly those of the tree's fast path (NaN for any failure); errors are still found by `scalar`.
 */
export function generateKernel(root: KernelNode, axis: TimeAxis): FastKernel {
  const threshold = largestBroadcast(root);
  return {
    hoisted: generate(root, axis, true, false),
    dense: generate(root, axis, true, true),
    inline: threshold === 0 ? null : generate(root, axis, false, false),
    threshold,
  };
}

function largestBroadcast(node: KernelNode): number {
  let largest = node instanceof BroadcastNode ? node.size : 0;
  for (const child of children(node)) largest = Math.max(largest, largestBroadcast(child));
  return largest;
}

function children(node: KernelNode): KernelNode[] {
  if (node instanceof BinaryNode) return [node.left, node.right];
  if (node instanceof ConditionalNode) return [node.test, node.then, node.otherwise];
  if (node instanceof MathCallNode) return node.args;
  if (node instanceof UnaryNode || node instanceof LagNode || node instanceof YearEndNode || node instanceof YoyNode) return [node.arg];
  if (node instanceof WindowSumNode || node instanceof AggregateNode || node instanceof BroadcastNode) return [node.arg];
  return [];
}

function generate(root: KernelNode, axis: TimeAxis, hoist: boolean, dense: boolean): KernelCall {
  const emitter = new Emitter(axis, hoist, dense);
  const body: string[] = [];
  const expression = emitter.expression(root, 'p', 't', body);
  const source = [
    'return function kernel(env, from, to, sel, n, values, memberCount, changed, count, bad) {',
    emitter.params.length > 0 ? `const ${emitter.params.map((_, i) => `a${i} = env[${i}]`).join(', ')};` : '',
    emitter.temps.length > 0 ? `let ${emitter.temps.join(', ')};` : '',
    'let failed = 0;',
    'let c = count[0];',
    'let w = 0;',
    'let b = 0;',
    'for (let t = from; t < to; t++) {',
    'const base = t * memberCount;',
    ...emitter.prologue,
    ...pointLoop(dense, emitter.blockWidth),
    ...body,
    `const x = ${expression};`,
    'const i = base + p;',
    'if (x - x === 0) {',
    // Most cells of a recompute change, so the test is cheaper than it looks; an unchanged cell is not written.
    'if (values[i] !== x) {',
    'w = i >>> 5;',
    'b = 1 << (i & 31);',
    'if ((changed[w] & b) === 0) {',
    'changed[w] |= b;',
    'c++;',
    '}',
    'values[i] = x;',
    '} else if (x === 0) {',
    'values[i] = x;', // 0 and -0 are equal but not the same: the cell takes the sign, as a fresh evaluation would.
    '}',
    '} else {',
    'values[i] = NaN;',
    'bad[failed++] = i;',
    '}',
    '}',
    emitter.blockWidth > 0 ? '}' : '',
    '}',
    'count[0] = c;',
    'return failed;',
    '};',
  ].join('\n');
  if (!SAFE_SOURCE.test(source)) throw new Error('generated kernel left its alphabet');
  let shared = kernels.get(source);
  if (!shared) {
    shared = new Function(`"use strict";\n${source}`)() as SharedKernel;
    kernels.set(source, shared);
  }
  return { kernel: shared, env: emitter.params };
}

/**
 * Kernels by source text, one function per formula shape, kept for the life of the process. Every workbook of a
 * model (every rebuild, every scenario) calls the same functions with its own data, so V8's optimised code for
 * them outlives any one workbook. For the same reason `env` holds only data and module-level functions: optimised
 * code that inlined a workbook's own closure is thrown away when that workbook is collected, and a closure per
 * workbook made the next build start again in the interpreter (3-4 times slower builds, measured).
 */
const kernels = new Map<string, SharedKernel>();

/** Identifiers, numbers, operators and brackets: no quotes, backticks, backslashes or `$`. */
const SAFE_SOURCE = /^[A-Za-z0-9_\s.,;:()[\]{}+\-*/%<>=!?&|]*$/;

const BINARY_INLINE: Partial<Record<string, string>> = { add: '+', subtract: '-', multiply: '*' };

class Emitter {
  readonly params: unknown[] = [];
  readonly temps: string[] = [];
  /** Statements run once per call, before the loop: what depends on the month but not on the point. */
  readonly prologue: string[] = [];
  /** Month expressions that do not change inside the loop (the computed month, and months derived from it). */
  private readonly invariant = new Set<string>(['t']);
  /**
   * Month variables known to lie within the calendar where they are read: a window sum's month, once the window
   * is checked. A reference at such a month needs no test of its own; the test inside the window's loop made
   * V8's code for a year-to-date sum 2.6 times slower (measured on the benchmark's kernel).
   */
  private readonly inCalendar = new Set<string>();
  private readonly bases = new Map<string, string>();
  private readonly rowBase = new Map<string, string>();
  /** Months since year 0 of the calendar's first month, so the month of the year is arithmetic, not a call. */
  private readonly startOrdinal: number;

  /** Points per block when the loop runs over blocks of points (`bq` the block), else 0. */
  blockWidth = 0;

  constructor(
    private readonly axis: TimeAxis,
    private readonly hoist: boolean,
    private readonly dense: boolean,
  ) {
    this.startOrdinal = startOrdinal(axis);
  }

  /** The month of the year (1-12) of month expression `month`. */
  private monthOfYear(month: string): string {
    return `((${this.startOrdinal} + ${month}) % 12 + 1)`;
  }

  param(value: unknown): string {
    this.params.push(value);
    return `a${this.params.length - 1}`;
  }

  temp(): string {
    const name = `v${this.temps.length}`;
    this.temps.push(name);
    return name;
  }

  /** A JS expression for `node` at point `point` and month `month`; statements it needs go into `pre`. */
  expression(node: KernelNode, point: string, month: string, pre: string[]): string {
    if (node instanceof ConstantNode) return number(node.value);
    if (node instanceof ErrorNode) return 'NaN';
    if (node instanceof RefNode) return this.ref(node, point, month);
    if (node instanceof CalendarNode) {
      return node.kind === 'month' ? this.monthOfYear(month) : `Math.floor((${node.startOrdinal} + ${month}) / 12)`;
    }
    if (node instanceof UnaryNode) {
      const arg = this.expression(node.arg, point, month, pre);
      if (node.op === 'negate') return `(-${arg})`;
      const x = this.temp();
      return `((${x} = ${arg}) !== ${x} ? NaN : ${x} === 0 ? 1 : 0)`;
    }
    if (node instanceof BinaryNode) {
      const left = this.expression(node.left, point, month, pre);
      const right = this.expression(node.right, point, month, pre);
      const inline = BINARY_INLINE[node.op];
      if (inline) return `(${left} ${inline} ${right})`;
      if (node.op === 'divide') {
        if (node.right instanceof ConstantNode && node.right.value !== 0) return `(${left} / ${right})`;
        const b = this.temp();
        return `((${b} = ${right}) === 0 ? NaN : ${left} / ${b})`;
      }
      return `${this.param(binaryFunction(node.op))}(${left}, ${right})`;
    }
    if (node instanceof ConditionalNode) {
      const test = this.temp();
      const testExpr = this.expression(node.test, point, month, pre);
      const then = this.expression(node.then, point, month, pre);
      const otherwise = this.expression(node.otherwise, point, month, pre);
      return `((${test} = ${testExpr}) !== ${test} ? NaN : ${test} !== 0 ? ${then} : ${otherwise})`;
    }
    if (node instanceof MathCallNode) {
      const args = node.args.map((arg) => this.expression(arg, point, month, pre));
      return `${this.param(mathFunction(node.name, args.length))}(${args.join(', ')})`;
    }
    if (node instanceof LagNode) {
      const shifted = this.derivedMonth(`${month} - ${node.lag}`, month, pre);
      const arg = this.expression(node.arg, point, shifted, pre);
      // A reference is NaN before the calendar's start by itself; anything else needs the test.
      return node.arg instanceof RefNode ? arg : `(${shifted} < 0 ? NaN : ${arg})`;
    }
    if (node instanceof YearEndNode) {
      const december = this.derivedMonth(`${month} + 12 - ${this.monthOfYear(month)}`, month, pre);
      return `(${december} >= ${this.axis.months} ? NaN : ${this.expression(node.arg, point, december, pre)})`;
    }
    if (node instanceof YoyNode) {
      const before = this.derivedMonth(`${month} - 12`, month, pre);
      const now = this.temp();
      const nowExpr = this.expression(node.arg, point, month, pre);
      const beforeExpr = this.expression(node.arg, point, before, pre);
      const b = this.temp();
      return `(${before} < 0 ? NaN : ((${now} = ${nowExpr}), (${b} = ${beforeExpr}) === 0 ? NaN : (${now} / ${b} - 1) * 100))`;
    }
    if (node instanceof BroadcastNode) return this.broadcast(node, point, month, pre);
    if (node instanceof WindowSumNode) return this.windowSum(node, point, month, pre);
    if (node instanceof AggregateNode) return this.aggregate(node, point, month, pre);
    throw new Error(`no kernel for ${node.constructor.name}`);
  }

  /** A month computed from another; hoisted out of the loop when the month it comes from is. */
  private derivedMonth(expression: string, from: string, pre: string[]): string {
    const name = this.temp();
    if (this.invariant.has(from)) {
      this.prologue.push(`${name} = ${expression};`);
      this.invariant.add(name);
    } else {
      pre.push(`${name} = ${expression};`);
    }
    return name;
  }

  private ref(node: RefNode, point: string, month: string): string {
    const values = this.param(node.source.values);
    const M = node.source.memberCount;
    const identity = node.map.every((member, i) => member === i);
    const member = identity ? point : `${this.param(node.map)}[${point}]`;
    if (this.invariant.has(month)) {
      // Once per call: the month's row, or a row of NaN off the calendar, so the loop reads without a test.
      const key = `${month}|${values}`;
      let row = this.bases.get(key);
      if (!row) {
        row = this.temp();
        const base = this.temp();
        this.bases.set(key, row);
        const nanRow = this.param(new Float64Array(M).fill(NaN));
        this.prologue.push(
          `if (${month} < 0 || ${month} >= ${node.months}) { ${row} = ${nanRow}; ${base} = 0; } else { ${row} = ${values}; ${base} = ${month} * ${M}; }`,
        );
        this.rowBase.set(row, base);
      }
      return `${row}[${this.rowBase.get(row)} + ${member}]`;
    }
    if (this.inCalendar.has(month) && node.months === this.axis.months) return `${values}[${month} * ${M} + ${member}]`;
    return `(${month} < 0 || ${month} >= ${node.months} ? NaN : ${values}[${month} * ${M} + ${member}])`;
  }

  private broadcast(node: BroadcastNode, point: string, month: string, pre: string[]): string {
    const projection = this.param(node.projection);
    if (this.hoist && this.invariant.has(month)) {
      const table = this.param(new Float64Array(node.size));
      const q = this.temp();
      const inner: string[] = [];
      const child = this.expression(node.arg, q, month, inner);
      this.prologue.push(`for (${q} = 0; ${q} < ${node.size}; ${q}++) { ${inner.join(' ')} ${table}[${q}] = ${child}; }`);
      // Over every point in order, a projection that maps consecutive blocks of points to one inner point each
      // (partner × product onto partner) becomes a loop over blocks: no lookup per point.
      const width = node.projection.length / node.size;
      if (this.dense && point === 'p' && (this.blockWidth === 0 || this.blockWidth === width) && isBlocked(node.projection, width)) {
        this.blockWidth = width;
        return `${table}[bq]`;
      }
      return `${table}[${projection}[${point}]]`;
    }
    const q = this.temp();
    pre.push(`${q} = ${projection}[${point}];`);
    return this.expression(node.arg, q, month, pre);
  }

  private windowSum(node: WindowSumNode, point: string, month: string, pre: string[]): string {
    const first = this.temp();
    const last = this.temp();
    const total = this.temp();
    const u = this.temp();
    pre.push(`${first} = ${month} - ${this.monthOfYear(month)} + 1;`);
    pre.push(node.name === 'ytd' ? `${last} = ${month};` : `${last} = ${first} + 11;`);
    const inner: string[] = [];
    // Inside the loop, u runs from first to last, both checked to lie within the calendar.
    this.inCalendar.add(u);
    const child = this.expression(node.arg, point, u, inner);
    pre.push(
      `if (${first} < 0 || ${last} >= ${this.axis.months}) { ${total} = NaN; } else { ${total} = 0; for (${u} = ${first}; ${u} <= ${last}; ${u}++) { ${inner.join(' ')} ${total} += ${child}; } }`,
    );
    return total;
  }

  private aggregate(node: AggregateNode, point: string, month: string, pre: string[]): string {
    const expansion = this.param(node.expansion);
    const width = node.width;
    const total = this.temp();
    const j = this.temp();
    const childPoint = this.temp();
    const value = this.temp();
    const inner: string[] = [];
    const contiguous = isContiguous(node.expansion, width);
    const child = this.expression(node.arg, childPoint, month, inner);
    const step =
      node.fn === 'sum' || node.fn === 'mean'
        ? `${total} += ${child};`
        : `${value} = ${child}; if (${value} !== ${value}) { ${total} = NaN; break; } if (${value} ${node.fn === 'min' ? '<' : '>'} ${total}) ${total} = ${value};`;
    const start = node.fn === 'min' ? 'Infinity' : node.fn === 'max' ? '-Infinity' : '0';
    const first = this.temp();
    const pointOf = contiguous ? `${first} + ${j}` : `${expansion}[${point} * ${width} + ${j}]`;
    pre.push(
      `${total} = ${width === 0 ? 'NaN' : start}; ${first} = ${expansion}[${point} * ${width}]; for (${j} = 0; ${j} < ${width}; ${j}++) { ${childPoint} = ${pointOf}; ${inner.join(' ')} ${step} }`,
    );
    if (node.fn === 'mean') pre.push(`${total} = ${total} / ${width};`);
    return total;
  }
}

/** The loop header over points: `sel[k]`, every point in order, or every point in blocks of `width`. */
function pointLoop(dense: boolean, width: number): string[] {
  if (!dense) return ['for (let k = 0; k < n; k++) {', 'const p = sel[k];'];
  if (width === 0) return ['for (let p = 0; p < n; p++) {'];
  return ['for (let bq = 0, p = 0; p < n; bq++) {', `const pe = p + ${width};`, 'for (; p < pe; p++) {'];
}

/** Whether `projection` maps points [q × width, (q + 1) × width) to q, for every q. */
function isBlocked(projection: Int32Array, width: number): boolean {
  if (!Number.isInteger(width) || width < 1) return false;
  for (let p = 0; p < projection.length; p++) if (projection[p] !== Math.floor(p / width)) return false;
  return true;
}

/** Whether each parent's child points are consecutive, so the generated loop can count instead of look up. */
function isContiguous(expansion: Int32Array, width: number): boolean {
  for (let i = 0; i < expansion.length; i++) if (expansion[i] !== expansion[i - (i % width)]! + (i % width)) return false;
  return true;
}

function number(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '(-Infinity)';
  if (Object.is(value, -0)) return '(-0)';
  return value < 0 ? `(${String(value)})` : String(value);
}
