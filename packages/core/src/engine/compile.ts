import { CellError } from '../errors.js';
import type { FormulaAst } from '../formula/ast.js';
import { CONSTANTS, FUNCTIONS } from '../formula/functions.js';
import { suggest } from '../formula/suggest.js';
import { AggregateNode, type Aggregation } from './aggregate-node.js';
import { generateKernel, type FastKernel } from './codegen.js';
import { BroadcastNode, CalendarNode, ConstantNode, ErrorNode, KernelNode, RefNode, type SourceCells } from './kernel.js';
import { BinaryNode, ConditionalNode, MathCallNode, UnaryNode } from './operator-nodes.js';
import { Space, type DimensionInfo } from './space.js';
import { LagNode, startOrdinal, WindowSumNode, YearEndNode, YoyNode, type TimeAxis } from './time-nodes.js';

/** A variable as the compiler sees it: its cells and the space of its members. */
export interface CompileSource extends SourceCells {
  readonly space: Space;
}

export interface SymbolTable {
  variable(name: string): CompileSource | undefined;
  dimension(name: string): DimensionInfo | undefined;
  /** Every name a formula could mean, for "did you mean" suggestions. */
  names(): Iterable<string>;
}

/** Months relative to the computed month that a formula reads of one source: [earliest, latest]. */
export interface ReadWindow {
  source: CompileSource;
  earliest: number;
  latest: number;
}

export interface CompiledFormula {
  root: KernelNode;
  /** The same computation as `root.eval`, fused into one generated loop. */
  fast?: FastKernel;
  /** Set when the whole formula is an error value (unknown name, dimension mismatch). */
  error?: CellError;
  reads: ReadWindow[];
}

class CompileProblem {
  constructor(readonly error: CellError) {}
}

/** Compiles a checked formula for a variable whose members form `space`. Never throws for a problem of meaning:
 * those become an ErrorNode with the error value. */
export function compileFormula(ast: FormulaAst, space: Space, symbols: SymbolTable, axis: TimeAxis, owner: string): CompiledFormula {
  const reads = new Map<string, ReadWindow>();
  try {
    const root = new Compiler(symbols, axis, reads, owner).node(ast, space, 0, 0);
    return { root, fast: generateKernel(root, axis), reads: [...reads.values()] };
  } catch (problem) {
    if (!(problem instanceof CompileProblem)) throw problem;
    return { root: new ErrorNode(problem.error), error: problem.error, reads: [] };
  }
}

class Compiler {
  constructor(
    private readonly symbols: SymbolTable,
    private readonly axis: TimeAxis,
    private readonly reads: Map<string, ReadWindow>,
    private readonly owner: string,
  ) {}

  /** `earliest`/`latest`: the month offsets this subtree is evaluated at, relative to the computed month. */
  node(ast: FormulaAst, space: Space, earliest: number, latest: number): KernelNode {
    if (ast.kind !== 'number' && ast.kind !== 'ref' && space.dims.length > 0) {
      // A subtree that varies over fewer dimensions than its space is computed over those alone, then broadcast.
      const natural = new Set(this.naturalDims(ast).map((dim) => dim.name));
      const inner = new Space(space.dims.filter((dim) => natural.has(dim.name)));
      if (inner.size * 4 <= space.size) {
        return new BroadcastNode(this.direct(ast, inner, earliest, latest), space.projectionTo(inner), inner.size);
      }
    }
    return this.direct(ast, space, earliest, latest);
  }

  private direct(ast: FormulaAst, space: Space, earliest: number, latest: number): KernelNode {
    switch (ast.kind) {
      case 'number':
        return new ConstantNode(ast.value);
      case 'ref':
        return this.ref(ast, space, earliest, latest);
      case 'unary':
        return new UnaryNode(ast.op, this.node(ast.arg, space, earliest, latest));
      case 'binary':
        return new BinaryNode(ast.op, this.node(ast.left, space, earliest, latest), this.node(ast.right, space, earliest, latest));
      case 'conditional':
        return new ConditionalNode(
          this.node(ast.test, space, earliest, latest),
          this.node(ast.then, space, earliest, latest),
          this.node(ast.otherwise, space, earliest, latest),
        );
      case 'call':
        return this.call(ast, space, earliest, latest);
    }
  }

  private ref(ast: Extract<FormulaAst, { kind: 'ref' }>, space: Space, earliest: number, latest: number): KernelNode {
    const source = this.symbols.variable(ast.name);
    if (!source) {
      if (ast.members.length === 0 && CONSTANTS.has(ast.name)) return new ConstantNode(CONSTANTS.get(ast.name)!);
      if (this.symbols.dimension(ast.name)) {
        throw new CompileProblem(new CellError('#VALUE!', `"${ast.name}" is a dimension, not a value: use it as in sum(x, ${ast.name})`));
      }
      const hint = suggest(ast.name, this.symbols.names());
      throw new CompileProblem(new CellError('#NAME?', `unknown name "${ast.name}"${hint ? ` (did you mean "${hint}"?)` : ''}`));
    }
    const fixed = new Map<string, number>();
    for (const member of ast.members) {
      const dims = source.space.dims.filter((dim) => dim.indexOf.has(member) && !fixed.has(dim.name));
      if (dims.length === 0) {
        const all = source.space.dims.flatMap((dim) => dim.memberIds);
        const hint = suggest(member, all);
        const what = source.space.dims.length === 0 ? `${ast.name} has no members` : `${ast.name} has no member "${member}"`;
        throw new CompileProblem(new CellError('#NAME?', `${what}${hint ? ` (did you mean "${hint}"?)` : ''}`));
      }
      if (dims.length > 1) {
        throw new CompileProblem(new CellError('#VALUE!', `"${member}" is a member of several dimensions of ${ast.name}`));
      }
      fixed.set(dims[0]!.name, dims[0]!.indexOf.get(member)!);
    }
    for (const dim of source.space.dims) {
      if (!fixed.has(dim.name) && !space.has(dim.name)) {
        throw new CompileProblem(
          new CellError(
            '#VALUE!',
            `${ast.name} varies by ${dim.name} but ${this.owner} does not: pick a member (${ast.name}.${dim.memberIds[0]}) or aggregate (sum(${ast.name}, ${dim.name}))`,
          ),
        );
      }
    }
    const window = this.reads.get(source.name);
    if (window) {
      window.earliest = Math.min(window.earliest, earliest);
      window.latest = Math.max(window.latest, latest);
    } else {
      this.reads.set(source.name, { source, earliest, latest });
    }
    return new RefNode(source, space.projectionTo(source.space, fixed), this.axis.months, this.axis.start, this.axis.end, latest);
  }

  private call(ast: Extract<FormulaAst, { kind: 'call' }>, space: Space, earliest: number, latest: number): KernelNode {
    const spec = FUNCTIONS.get(ast.fn)!;
    const arg = (i: number, from = earliest, to = latest) => this.node(ast.args[i]!, space, from, to);
    switch (ast.fn) {
      case 'lag': {
        const lag = (ast.args[1] as { value: number }).value;
        return new LagNode(arg(0, earliest - lag, latest - lag), lag, this.axis);
      }
      case 'ytd':
        return new WindowSumNode('ytd', arg(0, earliest - 11, latest), this.axis, (t) => [t - this.axis.monthOfYear(t) + 1, t]);
      case 'year_sum':
        return new WindowSumNode('year_sum', arg(0, earliest - 11, latest + 11), this.axis, (t) => {
          const first = t - this.axis.monthOfYear(t) + 1;
          return [first, first + 11];
        });
      case 'year_end':
        return new YearEndNode(arg(0, earliest, latest + 11), this.axis);
      case 'yoy':
        return new YoyNode(arg(0, earliest - 12, latest), this.axis);
      case 'year':
        return new CalendarNode('year', startOrdinal(this.axis));
      case 'month':
        return new CalendarNode('month', startOrdinal(this.axis));
    }
    if (spec.kind === 'aggregate') {
      const dimension = this.aggregationDimension(ast);
      if (dimension !== undefined || ast.args.length === 1) {
        return this.aggregate(ast.fn as Aggregation, ast.args[0]!, dimension, space, earliest, latest);
      }
      if (ast.fn === 'sum' || ast.fn === 'mean') {
        throw new CompileProblem(new CellError('#VALUE!', `${ast.fn}(x, dim) needs a dimension as its second argument`));
      }
    }
    return new MathCallNode(ast.fn, ast.args.map((_, i) => arg(i)));
  }

  /** The dimension named by an aggregation's second argument, if that is what it is. */
  private aggregationDimension(ast: Extract<FormulaAst, { kind: 'call' }>): DimensionInfo | undefined {
    if (ast.args.length !== 2) return undefined;
    const second = ast.args[1]!;
    if (second.kind !== 'ref' || second.members.length > 0) return undefined;
    return this.symbols.dimension(second.name);
  }

  private aggregate(fn: Aggregation, argument: FormulaAst, dimension: DimensionInfo | undefined, space: Space, earliest: number, latest: number): KernelNode {
    const over = dimension ? [dimension] : this.naturalDims(argument);
    const names = new Set(over.map((dim) => dim.name));
    const child = new Space([...space.dims.filter((dim) => !names.has(dim.name)), ...over]);
    const aggregated = new Space(over);
    const width = aggregated.size;
    const expansion = new Int32Array(space.size * width);
    const toChild = space.projectionTo(new Space(child.dims.slice(0, child.dims.length - over.length)));
    for (let p = 0; p < space.size; p++) {
      // Child points are row-major with the aggregated dims last, so a parent point's children are contiguous.
      const base = toChild[p]! * width;
      for (let j = 0; j < width; j++) expansion[p * width + j] = base + j;
    }
    return new AggregateNode(fn, this.node(argument, child, earliest, latest), expansion, width);
  }

  /** The dimensions an expression varies by, in the model's order of first appearance. */
  private naturalDims(ast: FormulaAst): DimensionInfo[] {
    const found = new Map<string, DimensionInfo>();
    const visit = (node: FormulaAst, bound: ReadonlySet<string>): void => {
      switch (node.kind) {
        case 'number':
          return;
        case 'ref': {
          const source = this.symbols.variable(node.name);
          if (!source) return;
          const sliced = new Set(node.members);
          for (const dim of source.space.dims) {
            if (!bound.has(dim.name) && !dim.memberIds.some((id) => sliced.has(id))) found.set(dim.name, dim);
          }
          return;
        }
        case 'unary':
          return visit(node.arg, bound);
        case 'binary':
          visit(node.left, bound);
          return visit(node.right, bound);
        case 'conditional':
          visit(node.test, bound);
          visit(node.then, bound);
          return visit(node.otherwise, bound);
        case 'call': {
          if (node.fn === 'lag') return visit(node.args[0]!, bound);
          const spec = FUNCTIONS.get(node.fn)!;
          if (spec.kind === 'aggregate') {
            const dimension = this.aggregationDimension(node);
            if (dimension) return visit(node.args[0]!, new Set([...bound, dimension.name]));
            if (node.args.length === 1) return;
          }
          for (const arg of node.args) visit(arg, bound);
        }
      }
    };
    visit(ast, new Set());
    return [...found.values()];
  }
}
