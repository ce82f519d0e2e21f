import type { MathNode } from 'mathjs';
import { FormulaError } from '../errors.js';
import type { BinaryOp, FormulaAst } from './ast.js';
import { FUNCTIONS } from './functions.js';
import { locateAssignment, locateFirst, locateMember, locateName } from './locate.js';

const BINARY: Record<string, BinaryOp> = {
  add: 'add',
  subtract: 'subtract',
  multiply: 'multiply',
  divide: 'divide',
  pow: 'pow',
  mod: 'mod',
  smaller: 'smaller',
  smallerEq: 'smallerEq',
  larger: 'larger',
  largerEq: 'largerEq',
  equal: 'equal',
  unequal: 'unequal',
  and: 'and',
  or: 'or',
};

/** Names that must never be reached, even as a variable: they lead to JavaScript's object machinery. */
const FORBIDDEN_NAMES = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'toString', 'valueOf', 'hasOwnProperty']);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Turns a mathjs tree into the formula language's own tree, refusing everything outside the allow-list with the
 * position of the offending construct. The result holds only plain data.
 */
export function checkFormula(root: MathNode, text: string, variable?: string): FormulaAst {
  const refuse = (code: string, reason: string, position: number): never => {
    throw new FormulaError(code, reason, text, position, variable);
  };

  const checkName = (name: string, position: number): void => {
    if (FORBIDDEN_NAMES.has(name) || !IDENTIFIER.test(name)) {
      refuse('FORMULA_NOT_ALLOWED', `"${name}" is not allowed as a name`, position);
    }
  };

  const visit = (node: MathNode): FormulaAst => {
    const n = node as MathNode & Record<string, unknown>;
    switch (node.type) {
      case 'ConstantNode': {
        const value = n.value;
        if (typeof value === 'boolean') return { kind: 'number', value: value ? 1 : 0 };
        if (typeof value === 'number') return { kind: 'number', value };
        return refuse('FORMULA_NOT_ALLOWED', 'text values are not allowed in formulas', locateFirst(text, `"'`));
      }
      case 'ParenthesisNode':
        return visit(n.content as MathNode);
      case 'SymbolNode': {
        const name = n.name as string;
        const position = locateName(text, name);
        checkName(name, position);
        return { kind: 'ref', name, members: [], position };
      }
      case 'AccessorNode':
        return visitAccessor(n);
      case 'OperatorNode':
        return visitOperator(n);
      case 'RelationalNode': {
        // `a < b <= c` is a chain of comparisons, all of which must hold.
        const params = (n.params as MathNode[]).map(visit);
        const chain = (n.conditionals as string[]).map((fn, i): FormulaAst => {
          const op = BINARY[fn];
          if (!op) return refuse('FORMULA_NOT_ALLOWED', `the comparison "${fn}" is not allowed`, 0);
          return { kind: 'binary', op, left: params[i]!, right: params[i + 1]! };
        });
        return chain.reduce((left, right) => ({ kind: 'binary', op: 'and', left, right }));
      }
      case 'ConditionalNode':
        return {
          kind: 'conditional',
          test: visit(n.condition as MathNode),
          then: visit(n.trueExpr as MathNode),
          otherwise: visit(n.falseExpr as MathNode),
        };
      case 'FunctionNode':
        return visitCall(n);
      case 'AssignmentNode':
        return refuse('FORMULA_NOT_ALLOWED', 'assignment is not allowed in a formula', locateAssignment(text));
      case 'FunctionAssignmentNode':
        return refuse('FORMULA_NOT_ALLOWED', 'defining a function is not allowed in a formula', locateAssignment(text));
      case 'ArrayNode':
      case 'IndexNode':
        return refuse('FORMULA_NOT_ALLOWED', 'matrices and brackets are not allowed; use exports.us for a member', locateFirst(text, '['));
      case 'ObjectNode':
        return refuse('FORMULA_NOT_ALLOWED', 'objects are not allowed in a formula', locateFirst(text, '{'));
      case 'RangeNode':
        return refuse('FORMULA_NOT_ALLOWED', 'ranges are not allowed in a formula', locateFirst(text, ':'));
      case 'BlockNode':
        return refuse('FORMULA_NOT_ALLOWED', 'a formula is one expression: no ";" or line breaks', locateFirst(text, ';\n'));
      default:
        return refuse('FORMULA_NOT_ALLOWED', `${node.type} is not allowed in a formula`, 0);
    }
  };

  const visitAccessor = (n: Record<string, unknown>): FormulaAst => {
    const index = n.index as MathNode & Record<string, unknown>;
    const dimensions = (index.dimensions as Array<MathNode & Record<string, unknown>>) ?? [];
    const key = dimensions[0];
    if (!index.dotNotation || dimensions.length !== 1 || key?.type !== 'ConstantNode' || typeof key.value !== 'string') {
      return refuse('FORMULA_NOT_ALLOWED', 'only member access like exports.us is allowed, not brackets', locateFirst(text, '['));
    }
    const member = key.value;
    const position = locateMember(text, member);
    checkName(member, position);
    const object = n.object as MathNode;
    if (object.type !== 'SymbolNode' && object.type !== 'AccessorNode') {
      return refuse('FORMULA_NOT_ALLOWED', `".${member}" can only follow a variable name`, position);
    }
    const base = visit(object);
    if (base.kind !== 'ref') return refuse('FORMULA_NOT_ALLOWED', `".${member}" can only follow a variable name`, position);
    return { ...base, members: [...base.members, member] };
  };

  const visitOperator = (n: Record<string, unknown>): FormulaAst => {
    const fn = n.fn as string;
    const args = (n.args as MathNode[]).map(visit);
    if (fn === 'unaryMinus') return { kind: 'unary', op: 'negate', arg: args[0]! };
    if (fn === 'unaryPlus') return args[0]!;
    if (fn === 'not') return { kind: 'unary', op: 'not', arg: args[0]! };
    const op = BINARY[fn];
    if (!op || args.length !== 2) {
      const symbol = (n.op as string) ?? fn;
      return refuse('FORMULA_NOT_ALLOWED', `the operator "${symbol}" is not allowed in a formula`, locateOperator(text, symbol));
    }
    return { kind: 'binary', op, left: args[0]!, right: args[1]! };
  };

  const visitCall = (n: Record<string, unknown>): FormulaAst => {
    const callee = n.fn as MathNode & Record<string, unknown>;
    if (callee.type !== 'SymbolNode') {
      return refuse('FORMULA_NOT_ALLOWED', 'only named functions can be called', locateFirst(text, '('));
    }
    const name = callee.name as string;
    const position = locateName(text, name);
    const spec = FUNCTIONS.get(name);
    if (!spec) {
      checkName(name, position);
      return refuse('FORMULA_UNKNOWN_FUNCTION', `"${name}" is not a function a formula may call (see the formula language in the README)`, position);
    }
    const rawArgs = n.args as MathNode[];
    if (rawArgs.length < spec.minArgs || rawArgs.length > spec.maxArgs) {
      const expected = spec.minArgs === spec.maxArgs ? `${spec.minArgs}` : `${spec.minArgs} to ${spec.maxArgs}`;
      return refuse('FORMULA_ARITY', `${spec.syntax} takes ${expected} argument(s), not ${rawArgs.length}`, position);
    }
    const args = rawArgs.map(visit);
    if (name === 'lag') {
      const months = args[1]!;
      if (months.kind !== 'number' || !Number.isInteger(months.value) || months.value < 1 || months.value > 1200) {
        return refuse('FORMULA_BAD_ARGUMENT', 'lag(x, n) needs n to be a whole number of months from 1 to 1200', position);
      }
    }
    return { kind: 'call', fn: name, args, position };
  };

  return visit(root);
}

function locateOperator(text: string, symbol: string): number {
  const at = text.indexOf(symbol);
  return at >= 0 ? at : 0;
}
