/**
 * The formula language's own tree: what survives the allow-list check. Nothing of mathjs remains in it, so the
 * engine never hands a formula anything it could call.
 */

export type BinaryOp =
  | 'add'
  | 'subtract'
  | 'multiply'
  | 'divide'
  | 'pow'
  | 'mod'
  | 'smaller'
  | 'smallerEq'
  | 'larger'
  | 'largerEq'
  | 'equal'
  | 'unequal'
  | 'and'
  | 'or';

export type UnaryOp = 'negate' | 'not';

export type FormulaAst =
  | { kind: 'number'; value: number }
  /** A variable, optionally sliced to members (`exports.us`): `members` in written order. */
  | { kind: 'ref'; name: string; members: string[]; position: number }
  | { kind: 'unary'; op: UnaryOp; arg: FormulaAst }
  | { kind: 'binary'; op: BinaryOp; left: FormulaAst; right: FormulaAst }
  | { kind: 'conditional'; test: FormulaAst; then: FormulaAst; otherwise: FormulaAst }
  /** A call of an allowed function; `dimension` is set for aggregations over one named dimension. */
  | { kind: 'call'; fn: string; args: FormulaAst[]; dimension?: string; position: number };

/** Every name a formula mentions (variables and dimensions), so the workbook knows what to recompile when one appears. */
export function mentionedNames(ast: FormulaAst, into = new Set<string>()): Set<string> {
  switch (ast.kind) {
    case 'number':
      break;
    case 'ref':
      into.add(ast.name);
      break;
    case 'unary':
      mentionedNames(ast.arg, into);
      break;
    case 'binary':
      mentionedNames(ast.left, into);
      mentionedNames(ast.right, into);
      break;
    case 'conditional':
      mentionedNames(ast.test, into);
      mentionedNames(ast.then, into);
      mentionedNames(ast.otherwise, into);
      break;
    case 'call':
      if (ast.dimension) into.add(ast.dimension);
      for (const arg of ast.args) mentionedNames(arg, into);
      break;
  }
  return into;
}
